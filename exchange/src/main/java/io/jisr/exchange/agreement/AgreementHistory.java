package io.jisr.exchange.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions of one agreement, oldest first. Each change is a new version, numbered one more than
 * the last and valid on its own; revising returns the new history and what changed, for the audit.
 */
public final class AgreementHistory {
    private final List<Agreement> versions;

    private AgreementHistory(List<Agreement> versions) {
        this.versions = List.copyOf(versions);
    }

    /** A history that starts with {@code first}, which must be version 1 and valid. */
    public static AgreementHistory start(Agreement first, AgreementValidator validator) {
        if (first.version() != 1) {
            throw new IllegalArgumentException(
                    "the first version of agreement " + first.id() + " must be 1, was " + first.version());
        }
        validator.requireValid(first);
        return new AgreementHistory(List.of(first));
    }

    /**
     * A history kept elsewhere (a node's store) and read back: {@code versions} oldest first, of one
     * agreement, in increasing version numbers from any first number (an agreement first known to a node at
     * its version 3 starts there; a newer file imported later may skip numbers). The current version must be
     * valid; earlier ones were when saved.
     *
     * @throws IllegalArgumentException if it is empty, mixes agreements, repeats or lowers a number, or its
     *     current version is invalid
     */
    public static AgreementHistory resume(List<Agreement> versions, AgreementValidator validator) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a history has at least one version");
        }
        Agreement first = versions.getFirst();
        for (int i = 1; i < versions.size(); i++) {
            Agreement v = versions.get(i);
            if (!v.id().equals(first.id())) {
                throw new IllegalArgumentException(
                        "agreement " + v.id() + " cannot be a version of agreement " + first.id());
            }
            if (v.version() <= versions.get(i - 1).version()) {
                throw new IllegalArgumentException("version " + v.version() + " of agreement " + first.id()
                        + " cannot follow version " + versions.get(i - 1).version());
            }
        }
        validator.requireValid(versions.getLast());
        return new AgreementHistory(versions);
    }

    /** The versions, oldest first. */
    public List<Agreement> versions() {
        return versions;
    }

    /** The newest version: the one that applies. */
    public Agreement current() {
        return versions.getLast();
    }

    /**
     * Adds {@code next} as the new current version.
     *
     * @throws IllegalArgumentException if it is another agreement, is not numbered one more than the
     *     current version, is invalid, or changes nothing
     */
    public Revision revise(Agreement next, AgreementValidator validator) {
        Agreement current = current();
        if (!next.id().equals(current.id())) {
            throw new IllegalArgumentException(
                    "agreement " + next.id() + " cannot be a version of agreement " + current.id());
        }
        if (next.version() != current.version() + 1) {
            throw new IllegalArgumentException("the next version of agreement " + current.id() + " must be "
                    + (current.version() + 1) + ", was " + next.version());
        }
        validator.requireValid(next);
        List<AgreementChange> changes = AgreementDiff.between(current, next);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException(
                    "version " + next.version() + " of agreement " + current.id() + " changes nothing");
        }
        var all = new ArrayList<>(versions);
        all.add(next);
        return new Revision(new AgreementHistory(all), changes);
    }

    /**
     * The outcome of a revision.
     *
     * @param history the history with the new version
     * @param changes what the new version changed
     */
    public record Revision(AgreementHistory history, List<AgreementChange> changes) {
        /** Copies the changes. */
        public Revision {
            changes = List.copyOf(changes);
        }
    }
}
