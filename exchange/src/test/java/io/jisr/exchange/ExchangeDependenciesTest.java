package io.jisr.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The exchange module's dependency rules. They live here rather than in the application's
 * ArchitectureTest because the application does not depend on this module until it wires it.
 */
@AnalyzeClasses(packages = "io.jisr.exchange", importOptions = ImportOption.DoNotIncludeTests.class)
class ExchangeDependenciesTest {

    /** Agreements, policy, log and audit are plain domain code: the JDK and the module itself. */
    @ArchTest
    static final ArchRule exchange_dependsOnJdkOnly = classes()
            .that()
            .resideInAPackage("io.jisr.exchange..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.exchange..");

    /** The capabilities layer one way: vocabulary, agreement, record, policy, log, audit. */
    @ArchTest
    static final ArchRule packages_areFreeOfCycles =
            slices().matching("io.jisr.exchange.(*)..").should().beFreeOfCycles();
}
