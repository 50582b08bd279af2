package io.jisr.programme.acquisition;

import io.jisr.programme.Nation;
import io.jisr.programme.Texts;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry of the node's asset register: a patrol vessel, aircraft, radio station or vehicle, with what it
 * can do and where it came from.
 *
 * @param id the register's identifier
 * @param owningSide the side that holds the asset and keeps the record
 * @param kind what it is
 * @param name its name or call sign
 * @param registration its hull number, tail number or other registration
 * @param search its search capability, present for kinds that are search units
 * @param caseId the acquisition case it was delivered under
 * @param lineId the equipment line it was delivered on
 * @param delivered the day it was delivered
 */
public record Asset(
        String id,
        Nation owningSide,
        AssetKind kind,
        String name,
        String registration,
        Optional<SearchCapability> search,
        String caseId,
        String lineId,
        LocalDate delivered) {

    /** Checks the fields, and that search units have a search capability and others none. */
    public Asset {
        id = Texts.require("asset id", id);
        Texts.present("asset " + id + " owning side", owningSide);
        Texts.present("asset " + id + " kind", kind);
        name = Texts.require("asset " + id + " name", name);
        registration = Texts.require("asset " + id + " registration", registration);
        Texts.present("asset " + id + " search capability", search);
        caseId = Texts.require("asset " + id + " case", caseId);
        lineId = Texts.require("asset " + id + " line", lineId);
        Texts.present("asset " + id + " delivery date", delivered);
        if (kind.isSearchUnit() != search.isPresent()) {
            throw new IllegalArgumentException("asset " + id + " (" + kind + ") "
                    + (kind.isSearchUnit() ? "needs" : "cannot have") + " a search capability");
        }
        if (search.isPresent() && kind.isAirborne() != search.get().searchHeightMetres() > 0) {
            throw new IllegalArgumentException(
                    "asset " + id + " (" + kind + ") search height must be " + (kind.isAirborne() ? "above 0" : "0")
                            + ", was " + search.get().searchHeightMetres());
        }
    }
}
