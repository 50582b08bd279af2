package io.jisr.incident.csv;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the incident CSV, in the order Jisr writes them. The first group carries the common
 * conflict-event column names (ACLED's export headers, lower case), so the file opens in tools made for
 * open datasets; the columns after {@link #FATALITIES} are Jisr's own. On import, columns are found by
 * name (any order, letter case ignored) and unknown columns are ignored.
 */
public enum CsvColumn {
    EVENT_ID_CNTY("event_id_cnty"),
    EVENT_DATE("event_date"),
    YEAR("year"),
    TIME_PRECISION("time_precision"),
    EVENT_TYPE("event_type"),
    SUB_EVENT_TYPE("sub_event_type"),
    ACTOR1("actor1"),
    ASSOC_ACTOR_1("assoc_actor_1"),
    ACTOR2("actor2"),
    ASSOC_ACTOR_2("assoc_actor_2"),
    ISO3("iso3"),
    COUNTRY("country"),
    ADMIN1("admin1"),
    ADMIN2("admin2"),
    LOCATION("location"),
    LATITUDE("latitude"),
    LONGITUDE("longitude"),
    GEO_PRECISION("geo_precision"),
    SOURCE("source"),
    NOTES("notes"),
    FATALITIES("fatalities"),
    JISR_TYPE("jisr_type"),
    JISR_SUB_TYPE("jisr_sub_type"),
    SOURCE_RELIABILITY("source_reliability"),
    INFORMATION_CREDIBILITY("information_credibility"),
    WOUNDED("wounded"),
    KIDNAPPED("kidnapped"),
    SOURCE_NATION("source_nation"),
    RELEASABILITY("releasability"),
    HANDLING_NOTE("handling_note"),
    VERSION("version");

    private final String header;

    CsvColumn(String header) {
        this.header = header;
    }

    /** Returns the header name, e.g. {@code sub_event_type}. */
    public String header() {
        return header;
    }

    /** Returns the column with this header name (letter case and edge spaces ignored), if it is one of ours. */
    public static Optional<CsvColumn> byHeader(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (CsvColumn c : values()) {
            if (c.header.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
