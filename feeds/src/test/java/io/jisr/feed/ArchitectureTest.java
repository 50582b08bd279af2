package io.jisr.feed;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.jisr.feed", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feeds_seeOnlyTheJdkAndTheCodec = classes()
            .that()
            .resideInAPackage("io.jisr.feed..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.jisr.ais..", "io.jisr.feed..");
}
