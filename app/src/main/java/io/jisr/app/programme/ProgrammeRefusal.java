package io.jisr.app.programme;

/**
 * A change to the register that a programme officer asked for and that the register refuses: the reason is
 * meant to be shown as is, with the request field to blame when there is one (empty when the whole request
 * is).
 */
public class ProgrammeRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /** A refusal blaming {@code field} (empty for the request as a whole). */
    public ProgrammeRefusal(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** Returns the request field to blame, empty when the whole request is. */
    public String field() {
        return field;
    }

    /** The record asked for does not exist. */
    public static final class NotFound extends ProgrammeRefusal {
        private static final long serialVersionUID = 1L;

        /** A refusal saying what was not found. */
        public NotFound(String reason) {
            super("", reason);
        }
    }

    /** The change cannot happen to the record as it stands (signing what is signed, renewing what is terminated). */
    public static final class Conflict extends ProgrammeRefusal {
        private static final long serialVersionUID = 1L;

        /** A refusal saying why the change does not fit the record's state. */
        public Conflict(String reason) {
            super("", reason);
        }
    }
}
