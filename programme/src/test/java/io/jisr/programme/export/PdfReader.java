package io.jisr.programme.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small PDF reader for the tests: enough of PDF 1.7 to check the structure this module writes and pull the
 * text out of its pages. It checks: the {@code %PDF-1.7} header; that {@code startxref} gives the offset of
 * the {@code xref} keyword; that the table has /Size entries of 20 bytes, entry 0 free, and every other offset
 * pointing at {@code n 0 obj}; the trailer's /Size and /Root; that the catalog points at a page tree whose
 * /Count matches its /Kids, each a /Page; that each content stream's /Length ends exactly before an EOL and
 * {@code endstream}. Text comes from the literal strings shown with Tj, decoded as WinAnsi.
 */
final class PdfReader {
    private static final Pattern STARTXREF = Pattern.compile("startxref\\n(\\d+)\\n%%EOF\\n$");
    private static final Pattern REF = Pattern.compile("(\\d+) 0 R");

    private final String file; // ISO-8859-1: one char per byte, so indices are byte offsets
    private final Map<Integer, String> objects = new HashMap<>();
    final int size;
    final List<String> pageTexts = new ArrayList<>();
    final List<String> contentStreams = new ArrayList<>();

    PdfReader(byte[] bytes) {
        file = new String(bytes, StandardCharsets.ISO_8859_1);
        check(file.startsWith("%PDF-1.7\n"), "header is not %PDF-1.7");
        Matcher start = STARTXREF.matcher(file);
        check(start.find(), "no startxref at the end");
        int xref = Integer.parseInt(start.group(1));
        check(file.startsWith("xref\n", xref), "startxref " + xref + " does not point at 'xref'");
        Matcher section = Pattern.compile("xref\\n0 (\\d+)\\n").matcher(file).region(xref, file.length());
        check(section.lookingAt(), "bad xref subsection header");
        int entries = Integer.parseInt(section.group(1));
        int at = section.end();
        check(file.substring(at, at + 20).equals("0000000000 65535 f\r\n"), "entry 0 is not the free head");
        for (int i = 1; i < entries; i++) {
            String entry = file.substring(at + 20 * i, at + 20 * i + 20);
            check(entry.matches("\\d{10} 00000 n\\r\\n"), "bad xref entry " + i + ": " + entry);
            int offset = Integer.parseInt(entry.substring(0, 10));
            String header = i + " 0 obj\n";
            check(
                    file.startsWith(header, offset),
                    "xref entry " + i + " offset " + offset + " is not '" + i + " 0 obj'");
            int end = file.indexOf("\nendobj\n", offset);
            check(end > 0, "object " + i + " has no endobj");
            objects.put(i, file.substring(offset + header.length(), end));
        }
        String trailer = file.substring(at + 20 * entries, start.start());
        check(trailer.startsWith("trailer\n"), "no trailer after the table");
        check(trailer.contains("/Size " + entries + " "), "trailer /Size is not " + entries + ": " + trailer);
        Matcher root = Pattern.compile("/Root (\\d+) 0 R").matcher(trailer);
        check(root.find(), "trailer has no /Root");
        String catalog = objects.get(Integer.parseInt(root.group(1)));
        check(catalog.contains("/Type /Catalog"), "root is not a catalog");
        Matcher pagesRef = Pattern.compile("/Pages (\\d+) 0 R").matcher(catalog);
        check(pagesRef.find(), "catalog has no /Pages");
        String pages = objects.get(Integer.parseInt(pagesRef.group(1)));
        Matcher kids = Pattern.compile("/Kids \\[([^]]*)]").matcher(pages);
        Matcher count = Pattern.compile("/Count (\\d+)").matcher(pages);
        check(kids.find() && count.find(), "page tree lacks /Kids or /Count");
        Matcher kid = REF.matcher(kids.group(1));
        int pageCount = 0;
        while (kid.find()) {
            pageCount++;
            String page = objects.get(Integer.parseInt(kid.group(1)));
            check(
                    page.contains("/Type /Page ") && page.contains("/Parent " + pagesRef.group(1) + " 0 R"),
                    "kid " + kid.group(1) + " is not a page of this tree");
            Matcher contents = Pattern.compile("/Contents (\\d+) 0 R").matcher(page);
            check(contents.find(), "page has no /Contents");
            String stream = stream(objects.get(Integer.parseInt(contents.group(1))));
            contentStreams.add(stream);
            pageTexts.add(text(stream));
        }
        check(
                pageCount == Integer.parseInt(count.group(1)),
                "/Count " + count.group(1) + " but " + pageCount + " kids");
        size = entries;
    }

    String object(int number) {
        return objects.get(number);
    }

    private static String stream(String object) {
        Matcher length = Pattern.compile("^<< /Length (\\d+) >>\\nstream\\n").matcher(object);
        check(length.find(), "content stream object lacks /Length or 'stream'");
        int n = Integer.parseInt(length.group(1));
        int start = length.end();
        check(object.startsWith("\nendstream", start + n), "/Length " + n + " does not end before EOL endstream");
        return object.substring(start, start + n);
    }

    /** Returns the strings shown by Tj, one per line, decoded. */
    private static String text(String stream) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < stream.length(); i++) {
            if (stream.charAt(i) != '(') {
                continue;
            }
            StringBuilder s = new StringBuilder();
            int j = i + 1;
            for (; stream.charAt(j) != ')'; j++) {
                char c = stream.charAt(j);
                if (c == '\\') {
                    char next = stream.charAt(++j);
                    if (next >= '0' && next <= '7') {
                        int code = Integer.parseInt(stream.substring(j, j + 3), 8);
                        j += 2;
                        s.append(code == 0x80 ? '€' : code == 0x92 ? '’' : code == 0x9C ? 'œ' : (char) code);
                    } else {
                        check(next == '(' || next == ')' || next == '\\', "unexpected escape \\" + next);
                        s.append(next);
                    }
                } else {
                    check(c >= 0x20 && c < 0x7f, "raw byte " + (int) c + " in a string");
                    s.append(c);
                }
            }
            check(stream.startsWith(" Tj", j + 1), "string not shown with Tj");
            out.append(s).append('\n');
            i = j;
        }
        return out.toString();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
