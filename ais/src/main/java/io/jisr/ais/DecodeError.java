package io.jisr.ais;

import java.util.Optional;

/**
 * A typed reason why input could not be decoded, with where it happened.
 *
 * @param kind what was wrong
 * @param message a sentence for people: which rule was broken and the actual value
 * @param lineNumber the 1-based line of the stream the problem was found on
 * @param source the tag-block source ({@code s:}) or feed name, when known
 * @param excerpt the offending line, cut to {@value #EXCERPT_LIMIT} characters
 */
public record DecodeError(ErrorKind kind, String message, long lineNumber, Optional<String> source, String excerpt) {

    /** The longest excerpt of a line an error keeps. */
    public static final int EXCERPT_LIMIT = 120;

    /** Returns "line N: message in "excerpt"", the form the command line prints. */
    @Override
    public String toString() {
        return "line " + lineNumber + ": " + message + (excerpt.isEmpty() ? "" : " in \"" + excerpt + "\"");
    }
}
