package io.jisr.incident;

/** The people killed, wounded and kidnapped in an event, each a known count or unknown. */
public record Casualties(Count killed, Count wounded, Count kidnapped) {
    /** No casualties known at all. */
    public static final Casualties UNKNOWN = new Casualties(Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN);

    /** Checks that every count is present (use {@link Count#UNKNOWN}, not {@code null}). */
    public Casualties {
        if (killed == null || wounded == null || kidnapped == null) {
            throw new IllegalArgumentException("casualties need three counts (Count.UNKNOWN where not known)");
        }
    }
}
