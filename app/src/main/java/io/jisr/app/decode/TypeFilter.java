package io.jisr.app.decode;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Which message types {@code jisr decode} writes: all of them, or those listed with {@code --types}. */
final class TypeFilter {
    private static final String HOW =
            "give message types 1..27 separated by commas, with ranges allowed, e.g. 1,2,3,18 or 1-5,18";

    private final boolean[] wanted = new boolean[28];

    private TypeFilter() {}

    /** Returns the filter that lets every type through. */
    static TypeFilter all() {
        TypeFilter filter = new TypeFilter();
        Arrays.fill(filter.wanted, 1, 28, true);
        return filter;
    }

    /**
     * Parses a list such as {@code 1,2,3,5} or {@code 1-3,18}.
     *
     * @throws IllegalArgumentException saying which item is wrong, when the list is not valid
     */
    static TypeFilter parse(String list) {
        TypeFilter filter = new TypeFilter();
        if (list.isBlank()) {
            throw new IllegalArgumentException("the list of types is empty; " + HOW);
        }
        for (String item : list.split(",", -1)) {
            String trimmed = item.strip();
            int dash = trimmed.indexOf('-', 1);
            int from = number(dash < 0 ? trimmed : trimmed.substring(0, dash), item);
            int to = dash < 0 ? from : number(trimmed.substring(dash + 1), item);
            if (to < from) {
                throw new IllegalArgumentException("\"" + item + "\" is an empty range; " + HOW);
            }
            Arrays.fill(filter.wanted, from, to + 1, true);
        }
        return filter;
    }

    private static int number(String text, String item) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + item + "\" is not a message type; " + HOW, e);
        }
        if (value < 1 || value > 27) {
            throw new IllegalArgumentException(
                    "message type " + value + " does not exist (AIS defines types 1..27); " + HOW);
        }
        return value;
    }

    /** Returns whether messages of this type are written. */
    boolean accepts(int messageType) {
        return messageType >= 0 && messageType < wanted.length && wanted[messageType];
    }

    /** Returns the accepted types as a comma-separated list. */
    @Override
    public String toString() {
        return IntStream.range(1, 28)
                .filter(t -> wanted[t])
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
    }

    /** Converts the {@code --types} argument for picocli, turning a bad list into a usage error. */
    static final class Converter implements ITypeConverter<TypeFilter> {
        @Override
        public TypeFilter convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
