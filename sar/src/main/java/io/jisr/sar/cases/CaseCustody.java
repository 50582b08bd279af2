package io.jisr.sar.cases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who runs a case and who follows it, as this node sees it. A case opened here and never handed over has no
 * origin and no holder: this node runs it. A case received from a partner names the centre that opened it and
 * its reference there; while another centre holds it, this node's copy is read-only and follows that centre's
 * updates.
 *
 * @param origin the centre that opened the case, empty when this node did
 * @param originReference the case's reference at its origin, which identifies it between centres
 * @param holder the centre responsible for the case, empty when this node is
 * @param followers the centres other than the holder that receive every update; this node is among them when
 *     another centre holds the case
 */
public record CaseCustody(
        Optional<RescueCentre> origin,
        String originReference,
        Optional<RescueCentre> holder,
        List<RescueCentre> followers) {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

    /** Checks the fields and copies the followers. */
    public CaseCustody {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(holder, "holder");
        if (originReference == null || !REFERENCE.matcher(originReference).matches()) {
            throw new IllegalArgumentException("a case's reference at its origin must be 1 to 40 letters, digits"
                    + " and hyphens, was \"" + originReference + "\"");
        }
        followers = List.copyOf(followers);
        if (followers.stream().distinct().count() != followers.size()) {
            throw new IllegalArgumentException("a case's followers must differ, were " + followers);
        }
        if (holder.isPresent() && followers.contains(holder.get())) {
            throw new IllegalArgumentException("the holder " + holder.get() + " of a case is not also a follower");
        }
    }

    /** The custody of a case opened here as {@code reference}, shared with nobody. */
    public static CaseCustody local(String reference) {
        return new CaseCustody(Optional.empty(), reference, Optional.empty(), List.of());
    }

    /** Whether this node runs the case, and so may change it. */
    public boolean heldHere() {
        return holder.isEmpty();
    }

    /** Whether any other centre holds or follows the case, so that its updates are sent. */
    public boolean isShared() {
        return holder.isPresent() || !followers.isEmpty() || origin.isPresent();
    }
}
