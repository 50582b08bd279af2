package io.jisr.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build writes into the jar's manifest, for {@code jisr --version}. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"jisr " + (version == null ? "(development build)" : version)};
    }
}
