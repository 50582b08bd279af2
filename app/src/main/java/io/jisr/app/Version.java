package io.jisr.app;

/** The version that the build writes into the jar's manifest, for {@code jisr --version}. */
final class Version {
    private Version() {}

    /** Returns {@code jisr <version>}, or a note that this is a development build outside a jar. */
    static String text() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "jisr " + (version == null ? "(development build)" : version);
    }
}
