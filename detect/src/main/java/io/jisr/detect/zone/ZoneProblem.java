package io.jisr.detect.zone;

/** A content problem in an imported zone file, at a path inside the document; becomes a rejection. */
final class ZoneProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where in the document, such as {@code features[2].geometry.coordinates[0][5]}. */
    final String where;

    ZoneProblem(String where, String message) {
        super(message, null, false, false);
        this.where = where;
    }
}
