package io.jisr.incident;

/**
 * How credible this item of information is, on the Admiralty (NATO STANAG 2511 / AJP-2.1) scale 1 to 6,
 * judged on its own and against other information, independently of the {@link SourceReliability}. 6 is
 * not "worse than 5": it means there is no basis to judge.
 */
public enum InformationCredibility {
    /** Confirmed by other independent sources; logical in itself; consistent with other information. */
    CONFIRMED(1, "Confirmed by other sources"),
    /** Not confirmed; logical in itself; consistent with other information on the subject. */
    PROBABLY_TRUE(2, "Probably true"),
    /** Not confirmed; reasonably logical in itself; agrees with some other information. */
    POSSIBLY_TRUE(3, "Possibly true"),
    /** Not confirmed; possible but not logical; no other information on the subject. */
    DOUBTFUL(4, "Doubtful"),
    /** Not confirmed; not logical in itself; contradicted by other information. */
    IMPROBABLE(5, "Improbable"),
    /** No basis exists for evaluating the validity of the information. */
    CANNOT_BE_JUDGED(6, "Truth cannot be judged");

    private final int digit;
    private final String meaning;

    InformationCredibility(int digit, String meaning) {
        this.digit = digit;
        this.meaning = meaning;
    }

    /** Returns the grade's digit, 1 to 6. */
    public int digit() {
        return digit;
    }

    /** Returns the grade's meaning in words. */
    public String meaning() {
        return meaning;
    }

    /** Returns the grade for its digit, or throws naming the value. */
    public static InformationCredibility ofDigit(int digit) {
        if (digit < 1 || digit > 6) {
            throw new IllegalArgumentException("information credibility must be a digit 1 to 6, was " + digit);
        }
        return values()[digit - 1];
    }
}
