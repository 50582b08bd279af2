package io.jisr.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules that the Maven module graph alone does not enforce. */
@AnalyzeClasses(packages = "io.jisr", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The codec is used everywhere, so it may depend on the JDK and itself only. */
    @ArchTest
    static final ArchRule codec_dependsOnJdkOnly = classes()
            .that()
            .resideInAPackage("io.jisr.ais..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.ais..");

    /** Modules (the first package level under io.jisr) depend on each other in one direction only. */
    @ArchTest
    static final ArchRule modules_areFreeOfCycles =
            slices().matching("io.jisr.(*)..").should().beFreeOfCycles();
}
