package io.jisr.sar.cases;

import java.util.regex.Pattern;

/**
 * A rescue coordination centre that runs or follows a case: a nation and its node, written {@code DZA/dza-1}.
 *
 * @param nation the nation's ISO 3166-1 alpha-3 code, three upper-case letters
 * @param node the node's name: 1 to 64 lower-case letters, digits, {@code .}, {@code -} and {@code _}
 */
public record RescueCentre(String nation, String node) {
    private static final Pattern NATION = Pattern.compile("[A-Z]{3}");
    private static final Pattern NODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Checks the form of both parts. */
    public RescueCentre {
        if (nation == null || !NATION.matcher(nation).matches()) {
            throw new IllegalArgumentException(
                    "a rescue centre's nation must be three upper-case letters, was \"" + nation + "\"");
        }
        if (node == null || !NODE.matcher(node).matches()) {
            throw new IllegalArgumentException("a rescue centre's node must be 1 to 64 lower-case letters, digits,"
                    + " '.', '-' and '_', was \"" + node + "\"");
        }
    }

    /**
     * Reads {@code NAT/node}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static RescueCentre parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a rescue centre is written NATION/node, was \"" + text + "\"");
        }
        return new RescueCentre(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return nation + "/" + node;
    }
}
