package io.jisr.exchange;

import java.util.Objects;

/**
 * The name of one Jisr node, as partners register it ({@code dza-navy-1}).
 *
 * @param value 1 to 64 characters: lower-case letters, digits, {@code .}, {@code -} and {@code _},
 *     starting with a letter or digit
 */
public record NodeId(String value) implements Comparable<NodeId> {

    /** Checks the node name's form. */
    public NodeId {
        Objects.requireNonNull(value, "node id must not be null");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The node with this name. */
    public static NodeId of(String value) {
        return new NodeId(value);
    }

    private static String problem(String value) {
        if (value.isEmpty() || value.length() > 64) {
            return "node id must have 1 to 64 characters, had " + value.length();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '.' && c != '-' && c != '_'))) {
                return "node id may hold only a-z, 0-9, '.', '-' and '_' and must start with a letter or digit;"
                        + " character " + (i + 1) + " of \"" + Texts.excerpt(value) + "\" is not allowed";
            }
        }
        return null;
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
