package io.jisr.incident.csv;

import io.jisr.incident.Incident;
import java.util.List;

/**
 * What an import read: the incidents of the good rows with their line numbers, and each bad row's line
 * number and reason. A file whose header is unusable has one error on line 1 and no incidents.
 *
 * @param imported the good rows, in file order
 * @param errors the bad rows, in file order
 * @param ignoredColumns header names not used by the import (open datasets carry more columns)
 */
public record ImportResult(List<ImportedRow> imported, List<RowError> errors, List<String> ignoredColumns) {

    /** Copies the lists. */
    public ImportResult {
        imported = List.copyOf(imported);
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** A good row: the line it starts on and the incident read from it. */
    public record ImportedRow(int line, Incident incident) {}

    /** A bad row: the line it starts on and what was wrong, naming the column and the value. */
    public record RowError(int line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    /** Returns the imported incidents without their line numbers. */
    public List<Incident> incidents() {
        return imported.stream().map(ImportedRow::incident).toList();
    }
}
