package io.jisr.incident.csv;

import io.jisr.incident.CountryCode;
import io.jisr.incident.Grading;
import io.jisr.incident.Releasability;
import java.time.LocalDate;

/**
 * What an import assumes where a file says nothing (an open dataset has no grading, source nation or
 * marking columns), and the latest event date it accepts.
 *
 * @param sourceNation the source nation of rows without one (the importing node's nation)
 * @param releasability the marking of rows without one
 * @param grading the grading of rows without one ({@link Grading#UNJUDGED} is the honest default)
 * @param latestDate event dates after this day are refused as typing errors (pass today's date)
 */
public record ImportDefaults(
        CountryCode sourceNation, Releasability releasability, Grading grading, LocalDate latestDate) {

    /** Checks that every default is given. */
    public ImportDefaults {
        if (sourceNation == null || releasability == null || grading == null || latestDate == null) {
            throw new IllegalArgumentException(
                    "import defaults need a source nation, releasability, grading and latest date");
        }
    }
}
