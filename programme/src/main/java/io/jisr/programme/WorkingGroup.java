package io.jisr.programme;

import java.util.List;

/**
 * A dialogue working group (for example maritime security and SAR), chaired jointly by one co-chair from
 * each side.
 *
 * @param id the register's identifier
 * @param owningSide the side that keeps this record and alone may edit it
 * @param name the group's name
 * @param coChairs exactly two co-chairs, one per side
 * @param members the other members, each once
 * @param termsOfReference the group's mandate, free text
 */
public record WorkingGroup(
        String id,
        Nation owningSide,
        String name,
        List<Participant> coChairs,
        List<Participant> members,
        String termsOfReference) {

    /** Checks the co-chairs (two, from different sides, one of them the owning side) and the members. */
    public WorkingGroup {
        id = Texts.require("working group id", id);
        Texts.present("working group " + id + " owning side", owningSide);
        name = Texts.require("working group " + id + " name", name);
        coChairs = List.copyOf(Texts.present("working group " + id + " co-chairs", coChairs));
        members = List.copyOf(Texts.present("working group " + id + " members", members));
        termsOfReference = Texts.present("working group " + id + " terms of reference", termsOfReference);
        if (coChairs.size() != 2
                || coChairs.get(0).side().equals(coChairs.get(1).side())) {
            throw new IllegalArgumentException(
                    "working group " + id + " needs two co-chairs, one from each side, was " + coChairs);
        }
        if (coChairs.stream().noneMatch(c -> c.side().equals(owningSide))) {
            throw new IllegalArgumentException("working group " + id + " owning side " + owningSide
                    + " must have one of the co-chairs " + coChairs);
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("working group " + id + " lists a member twice: " + members);
        }
    }
}
