package io.jisr.app.programme;

import io.jisr.access.Accounts;
import io.jisr.access.AuditAction;
import io.jisr.app.federation.ProgrammeEdits;
import io.jisr.programme.Nation;
import io.jisr.programme.sync.FieldEdit;
import java.util.List;

/**
 * Takes the programme edits a partner's node sent into the register, and puts every refusal in the audit log
 * with the partner's node as the actor, so the officers can see what a partner tried that the rule stopped.
 */
public final class PartnerEdits implements ProgrammeEdits {
    private final ProgrammeBook book;
    private final Accounts audit;

    /** Edits go to {@code book}; refusals are recorded through {@code audit}. */
    public PartnerEdits(ProgrammeBook book, Accounts audit) {
        this.book = book;
        this.audit = audit;
    }

    @Override
    public void receive(String fromNode, Nation side, List<FieldEdit> edits) {
        for (String reason : book.receive(side, edits)) {
            audit.recordFromPartner(fromNode, AuditAction.PARTNER_EDIT_REFUSED, "programme", reason);
        }
    }

    @Override
    public void refuse(String fromNode, int count, String reason) {
        book.refuseUnread(count, reason);
        audit.recordFromPartner(
                fromNode, AuditAction.PARTNER_EDIT_REFUSED, "programme", count + " programme records: " + reason);
    }
}
