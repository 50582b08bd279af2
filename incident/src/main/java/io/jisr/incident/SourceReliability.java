package io.jisr.incident;

/**
 * How reliable the source has proved, on the Admiralty (NATO STANAG 2511 / AJP-2.1) scale A to F. It
 * grades the source's track record, independently of the {@link InformationCredibility} of this item.
 * F is not "worse than E": it means there is no basis to judge.
 */
public enum SourceReliability {
    /** No doubt about the source's authenticity, trustworthiness or competence; a history of complete reliability. */
    A("Completely reliable"),
    /** Minor doubts; a history of mostly valid information. */
    B("Usually reliable"),
    /** Doubts; has provided valid information in the past. */
    C("Fairly reliable"),
    /** Significant doubts; has provided valid information in the past. */
    D("Not usually reliable"),
    /** Lacking authenticity, trustworthiness and competence; a history of invalid information. */
    E("Unreliable"),
    /** No basis exists for evaluating the source's reliability (a new or untested source). */
    F("Reliability cannot be judged");

    private final String meaning;

    SourceReliability(String meaning) {
        this.meaning = meaning;
    }

    /** Returns the grade's meaning in words. */
    public String meaning() {
        return meaning;
    }

    /** Returns the grade for its letter (upper or lower case), or throws naming the value. */
    public static SourceReliability ofLetter(String letter) {
        if (letter != null && letter.strip().length() == 1) {
            char c = Character.toUpperCase(letter.strip().charAt(0));
            if (c >= 'A' && c <= 'F') {
                return values()[c - 'A'];
            }
        }
        throw new IllegalArgumentException("source reliability must be a letter A to F, was " + Text.quote(letter));
    }
}
