package io.jisr.programme;

import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import java.util.List;
import java.util.Optional;

/**
 * Where a node keeps its programme register: every record in its latest state, and the bytes of the
 * documents the records refer to by SHA-256. A save replaces the stored state of the record with the same
 * id and kind.
 */
public interface ProgrammeStore {

    /** Returns every stored record. */
    ProgrammeRegister load();

    /** Saves an instrument, replacing the stored one with its id. */
    void save(Instrument instrument);

    /** Saves a working group, replacing the stored one with its id. */
    void save(WorkingGroup group);

    /** Saves a meeting, replacing the stored one with its id. */
    void save(Meeting meeting);

    /** Saves action items in one step, replacing the stored one of each id. */
    void saveActions(List<ActionItem> actions);

    /** Saves an acquisition case, replacing the stored one with its id. */
    void save(AcquisitionCase acquisitionCase);

    /** Saves a case with a new delivery and the assets the delivery created, in one step. */
    void saveDelivery(AcquisitionCase acquisitionCase, List<Asset> assets);

    /** Keeps a document's bytes under its reference's SHA-256; saving the same bytes again changes nothing. */
    void saveDocument(DocumentRef ref, byte[] bytes);

    /** Returns the bytes of the document with this SHA-256, if stored. */
    Optional<byte[]> document(String sha256);
}
