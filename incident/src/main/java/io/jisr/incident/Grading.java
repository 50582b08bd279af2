package io.jisr.incident;

/**
 * The intelligence grading of a report: the source's reliability (A–F) and the information's
 * credibility (1–6), written together as {@code B2}.
 *
 * <p>{@link #meets} is the map's "minimum grading" filter. The two scales are graded separately, so a
 * report meets a minimum when it is at least as good on both: {@code B2} meets {@code C3}, {@code A4}
 * does not. F and 6 ("cannot be judged") rank after E and 5: a report that cannot be judged meets only a
 * minimum that admits anything on that scale.
 */
public record Grading(SourceReliability reliability, InformationCredibility credibility) {
    /** The grading of information nobody has judged: F6. */
    public static final Grading UNJUDGED = new Grading(SourceReliability.F, InformationCredibility.CANNOT_BE_JUDGED);

    /** Checks that both scales are given. */
    public Grading {
        if (reliability == null || credibility == null) {
            throw new IllegalArgumentException("grading needs a source reliability and an information credibility");
        }
    }

    /** Parses a two-character grading such as {@code B2} (letter case ignored), or throws naming the value. */
    public static Grading parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() != 2 || s.charAt(1) < '0' || s.charAt(1) > '9') {
            throw new IllegalArgumentException(
                    "grading must be a letter A–F and a digit 1–6 such as B2, was " + Text.quote(text));
        }
        return new Grading(
                SourceReliability.ofLetter(s.substring(0, 1)), InformationCredibility.ofDigit(s.charAt(1) - '0'));
    }

    /** Returns whether this grading is at least as good as the minimum on both scales. */
    public boolean meets(Grading minimum) {
        return reliability.compareTo(minimum.reliability) <= 0 && credibility.compareTo(minimum.credibility) <= 0;
    }

    /** Returns the two-character code, e.g. {@code B2}. */
    public String code() {
        return reliability.name() + credibility.digit();
    }

    @Override
    public String toString() {
        return code();
    }
}
