package io.jisr.sar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The sar module's own dependency rules, checked here because the app does not depend on it yet (the
 * app's {@code ArchitectureTest} holds the same rule for when it does).
 */
@AnalyzeClasses(packages = "io.jisr.sar", importOptions = ImportOption.DoNotIncludeTests.class)
class SarArchitectureTest {

    /** Plain domain code: the JDK, jHDF for NetCDF-4 files, and itself; no framework, no logging. */
    @ArchTest
    static final ArchRule sar_dependsOnJdkAndJhdfOnly = classes()
            .that()
            .resideInAPackage("io.jisr.sar..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jhdf..", "io.jisr.sar..");

    /** Only the environment package reads files with jHDF. */
    @ArchTest
    static final ArchRule jhdf_onlyInEnvironment = classes()
            .that()
            .resideOutsideOfPackage("io.jisr.sar.env..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackage("io.jhdf..");

    /** Packages depend on each other in one direction only. */
    @ArchTest
    static final ArchRule packages_areFreeOfCycles =
            slices().matching("io.jisr.sar.(*)..").should().beFreeOfCycles();
}
