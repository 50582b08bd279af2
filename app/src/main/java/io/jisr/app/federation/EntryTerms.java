package io.jisr.app.federation;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.record.ReleaseGrant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What an outbound log stores beside each record's text so that the record can be served without being read
 * back: its category and the grant that released it ({@code vessel-positions/dza-usa-maritime-2026/3/A1}).
 * The text holds no ':' (the store's block format frames fields with it) and no lone surrogate (the store keeps
 * it as UTF-8): the category and agreement ids cannot hold either; the annex id, last and free in form, has
 * '%', ':' and surrogates written as {@code %} and four hex digits.
 *
 * <p>Records of a batch mostly share one grant, so each side keeps the last terms it made or read and makes
 * them again only when they change. Not thread-safe: one per log (writing) or per read.
 */
final class EntryTerms {
    private DataCategory lastCategory;
    private ReleaseGrant lastGrant;
    private String lastText = "";
    private Optional<Terms> lastRead = Optional.empty();

    /** A record's category and grant. */
    record Terms(DataCategory category, ReleaseGrant grant) {}

    /** The text of a category and a grant. */
    String write(DataCategory category, ReleaseGrant grant) {
        if (!category.equals(lastCategory) || !grant.equals(lastGrant)) {
            lastCategory = category;
            lastGrant = grant;
            lastText = category.id()
                    + '/'
                    + grant.agreement().value()
                    + '/'
                    + grant.version()
                    + '/'
                    + escape(grant.annexId());
            lastRead = Optional.of(new Terms(category, grant));
        }
        return lastText;
    }

    /**
     * The category and grant of a text {@link #write} made; empty for an empty text (an entry stored before
     * terms were) or one not of that form (then the record itself says).
     */
    Optional<Terms> read(String text) {
        if (!text.equals(lastText)) {
            lastText = text;
            lastRead = parse(text);
            lastCategory = null;
            lastGrant = null;
        }
        return lastRead;
    }

    private static Optional<Terms> parse(String text) {
        String[] parts = text.split("/", 4);
        if (parts.length < 4) {
            return Optional.empty();
        }
        Optional<DataCategory> category = DataCategory.builtIn(parts[0]);
        try {
            int version = Integer.parseInt(parts[2]);
            String annex = unescape(parts[3]);
            return category.map(c -> new Terms(c, new ReleaseGrant(AgreementId.of(parts[1]), version, annex)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String escape(String annexId) {
        StringBuilder text = new StringBuilder(annexId.length() + 8);
        for (int i = 0; i < annexId.length(); i++) {
            char c = annexId.charAt(i);
            if (c == '%' || c == ':' || Character.isSurrogate(c)) {
                text.append('%').append(HexFormat.of().toHexDigits(c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The annex id {@link #escape} wrote; throws IllegalArgumentException when it could not have. */
    private static String unescape(String text) {
        StringBuilder annexId = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 5 > text.length()) {
                    throw new IllegalArgumentException("an escape is cut short");
                }
                annexId.append((char) HexFormat.fromHexDigits(text, i + 1, i + 5));
                i += 4;
            } else {
                annexId.append(c);
            }
        }
        return annexId.toString();
    }
}
