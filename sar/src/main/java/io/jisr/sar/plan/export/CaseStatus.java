package io.jisr.sar.plan.export;

/** The status of a SAR case as a SITREP reports it. */
public enum CaseStatus {
    /** The case is open; no search under way yet. */
    OPEN("OPEN", "OUVERTE"),
    /** Units are searching. */
    ACTIVE_SEARCH("SEARCH IN PROGRESS", "RECHERCHES EN COURS"),
    /** The search is suspended pending new information. */
    SUSPENDED(
            "SEARCH SUSPENDED PENDING FURTHER DEVELOPMENTS",
            "RECHERCHES SUSPENDUES DANS L'ATTENTE D'ÉLÉMENTS NOUVEAUX"),
    /** The case is closed: this is the final SITREP. */
    CLOSED("CASE CLOSED", "AFFAIRE CLOSE");

    private final String english;
    private final String french;

    CaseStatus(String english, String french) {
        this.english = english;
        this.french = french;
    }

    /** Returns the status as written in a SITREP in a language. */
    public String label(SitrepLanguage language) {
        return switch (language) {
            case ENGLISH -> english;
            case FRENCH -> french;
        };
    }
}
