package io.jisr.programme.acquisition;

import io.jisr.programme.Texts;
import java.time.LocalDate;

/**
 * A dated step of an acquisition case with the reference of the document that made it.
 *
 * @param kind which step
 * @param date the day of the document
 * @param reference the document's reference, for example {@code LOR-2026-014}
 */
public record CaseStep(StepKind kind, LocalDate date, String reference) {

    /** Checks the fields. */
    public CaseStep {
        Texts.present("case step kind", kind);
        Texts.present("case step " + kind + " date", date);
        reference = Texts.require("case step " + kind + " reference", reference);
    }
}
