package io.jisr.programme.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small, strict RFC 5545 reader for the tests. It checks: every line ends in CRLF and there is no bare CR
 * or LF; no physical line is longer than 75 octets; folded lines (starting with a space or tab) are unfolded;
 * each content line splits into a name, parameters and a value at the first colon outside quotes, with a
 * valid name; BEGIN/END nest and match; TEXT values contain only the four escapes and no unescaped ',' or ';'.
 * It fails with an AssertionError naming the line.
 */
final class StrictICalendarParser {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final List<String> TEXT_PROPERTIES = List.of("SUMMARY", "LOCATION", "DESCRIPTION");

    /** One content line after unfolding. */
    record Property(String name, Map<String, String> parameters, String value) {}

    /** One component with its properties and sub-components. */
    record Component(String name, List<Property> properties, List<Component> children) {
        List<Property> all(String property) {
            return properties.stream().filter(p -> p.name().equals(property)).toList();
        }

        String one(String property) {
            List<Property> found = all(property);
            if (found.size() != 1) {
                throw new AssertionError(name + " must have exactly one " + property + ", has " + found.size());
            }
            return found.get(0).value();
        }
    }

    private StrictICalendarParser() {}

    static Component parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("the calendar must end with CRLF");
        }
        List<String> physical = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("bare CR at character " + i);
                }
                physical.add(text.substring(start, i));
                i++;
                start = i + 1;
            } else if (c == '\n') {
                throw new AssertionError("bare LF at character " + i);
            }
        }
        List<String> logical = new ArrayList<>();
        for (int n = 0; n < physical.size(); n++) {
            String line = physical.get(n);
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            if (octets > 75) {
                throw new AssertionError("line " + (n + 1) + " has " + octets + " octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new AssertionError("line 1 is a continuation");
                }
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        if (bytes.length == 0 || logical.isEmpty()) {
            throw new AssertionError("empty calendar");
        }
        Deque<Component> open = new ArrayDeque<>();
        Component root = null;
        for (String line : logical) {
            Property p = split(line);
            if (p.name().equals("BEGIN")) {
                Component c = new Component(p.value(), new ArrayList<>(), new ArrayList<>());
                if (open.isEmpty()) {
                    if (root != null) {
                        throw new AssertionError("a second top-level component: " + line);
                    }
                    root = c;
                } else {
                    open.peek().children().add(c);
                }
                open.push(c);
            } else if (p.name().equals("END")) {
                if (open.isEmpty() || !open.peek().name().equals(p.value())) {
                    throw new AssertionError("END:" + p.value() + " does not close "
                            + (open.isEmpty() ? "anything" : open.peek().name()));
                }
                open.pop();
            } else {
                if (open.isEmpty()) {
                    throw new AssertionError("property outside any component: " + line);
                }
                if (TEXT_PROPERTIES.contains(p.name())) {
                    p = new Property(p.name(), p.parameters(), unescape(p.value()));
                }
                open.peek().properties().add(p);
            }
        }
        if (!open.isEmpty() || root == null) {
            throw new AssertionError(
                    "unclosed component " + (open.isEmpty() ? "" : open.peek().name()));
        }
        return root;
    }

    private static Property split(String line) {
        boolean quoted = false;
        int colon = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw new AssertionError("no ':' in " + line);
        }
        String[] head = line.substring(0, colon).split(";", -1);
        if (!NAME.matcher(head[0]).matches()) {
            throw new AssertionError("bad property name in " + line);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int eq = head[i].indexOf('=');
            if (eq <= 0 || !NAME.matcher(head[i].substring(0, eq)).matches()) {
                throw new AssertionError("bad parameter " + head[i] + " in " + line);
            }
            parameters.put(head[i].substring(0, eq), head[i].substring(eq + 1));
        }
        return new Property(head[0], parameters, line.substring(colon + 1));
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 >= value.length()) {
                    throw new AssertionError("dangling backslash in " + value);
                }
                char next = value.charAt(++i);
                switch (next) {
                    case '\\', ';', ',' -> out.append(next);
                    case 'n', 'N' -> out.append('\n');
                    default -> throw new AssertionError("bad escape \\" + next + " in " + value);
                }
            } else if (c == ';' || c == ',') {
                throw new AssertionError("unescaped '" + c + "' in TEXT " + value);
            } else if (c < 0x20 && c != '\t') {
                throw new AssertionError("control character in TEXT " + value);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
