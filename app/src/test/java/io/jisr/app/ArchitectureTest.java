package io.jisr.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules that the Maven module graph alone does not enforce. */
@AnalyzeClasses(
        packages = "io.jisr",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test classes of other modules reach this test through their test jars (the corpus): leave them out. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** The codec is used everywhere, so it may depend on the JDK and itself only. */
    @ArchTest
    static final ArchRule codec_dependsOnJdkOnly = classes()
            .that()
            .resideInAPackage("io.jisr.ais..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.ais..");

    /** The picture is plain domain code: the JDK, the codec and itself. */
    @ArchTest
    static final ArchRule picture_dependsOnJdkAndCodecOnly = classes()
            .that()
            .resideInAPackage("io.jisr.picture..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.ais..", "io.jisr.picture..");

    /** Access control is plain domain code: the JDK, BouncyCastle's Argon2 and itself. */
    @ArchTest
    static final ArchRule access_dependsOnJdkAndArgon2Only = classes()
            .that()
            .resideInAPackage("io.jisr.access..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.access..", "org.bouncycastle.crypto..");

    /** The simulator is plain domain code: the JDK, the codec and itself. */
    @ArchTest
    static final ArchRule simulator_dependsOnJdkAndCodecOnly = classes()
            .that()
            .resideInAPackage("io.jisr.sim..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.ais..", "io.jisr.sim..");

    /**
     * Detection is plain domain code: the JDK (with its XML parser, for KML zones), JTS geometry, the
     * picture, the codec and itself.
     */
    @ArchTest
    static final ArchRule detect_dependsOnJdkJtsPictureAndCodecOnly = classes()
            .that()
            .resideInAPackage("io.jisr.detect..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "javax.xml..",
                    "org.w3c..",
                    "org.xml..",
                    "org.locationtech.jts..",
                    "io.jisr.ais..",
                    "io.jisr.picture..",
                    "io.jisr.detect..");

    /** Search and rescue is plain domain code: the JDK, jHDF (NetCDF-4 forecast files) and itself. */
    @ArchTest
    static final ArchRule sar_dependsOnJdkAndJhdfOnly = classes()
            .that()
            .resideInAPackage("io.jisr.sar..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jhdf..", "io.jisr.sar..");

    /** Incident reports are plain domain code: the JDK and itself. */
    @ArchTest
    static final ArchRule incident_dependsOnJdkOnly = classes()
            .that()
            .resideInAPackage("io.jisr.incident..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.incident..");

    /**
     * The programme register is plain domain code: the JDK and itself. Empty until {@code app} depends on the
     * module, hence {@code allowEmptyShould}.
     */
    @ArchTest
    static final ArchRule programme_dependsOnJdkOnly = classes()
            .that()
            .resideInAPackage("io.jisr.programme..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.programme..")
            .allowEmptyShould(true);

    /** Domain modules know no HTTP, JDBC, JSON, metrics or logging framework. */
    @ArchTest
    static final ArchRule domain_isFreeOfFrameworks = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.jisr.ais..",
                    "io.jisr.picture..",
                    "io.jisr.feed..",
                    "io.jisr.access..",
                    "io.jisr.sim..",
                    "io.jisr.detect..",
                    "io.jisr.exchange..",
                    "io.jisr.sar..",
                    "io.jisr.incident..",
                    "io.jisr.programme..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.javalin..",
                    "java.sql..",
                    "javax.sql..",
                    "com.fasterxml..",
                    "io.micrometer..",
                    "org.slf4j..",
                    "org.h2..",
                    "org.postgresql..",
                    "org.flywaydb..",
                    "com.zaxxer..");

    /** Modules (the first package level under io.jisr) depend on each other in one direction only. */
    @ArchTest
    static final ArchRule modules_areFreeOfCycles =
            slices().matching("io.jisr.(*)..").should().beFreeOfCycles();
}
