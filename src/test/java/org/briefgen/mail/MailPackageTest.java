package org.briefgen.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The mail package's place in the architecture notes: it may use the archive and the e-mail writer
 * (and the error base type); only the faces above it (cli, web) use it. Kept here until the layer
 * rules in ArchitectureTest name it.
 */
@AnalyzeClasses(packages = "org.briefgen", importOptions = ImportOption.DoNotIncludeTests.class)
class MailPackageTest {

    @ArchTest
    static final ArchRule mailUsesOnlyWhatItMay = classes().that().resideInAPackage("org.briefgen.mail..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.briefgen.mail..", "org.briefgen.archive..",
                    "org.briefgen.render.email..", "org.briefgen.failure..", "java..", "javax.net.ssl..",
                    "jakarta.mail..", "jakarta.activation..", "org.eclipse.angus.mail..");

    @ArchTest
    static final ArchRule onlyTheFacesUseMail = noClasses().that().resideOutsideOfPackages("org.briefgen.mail..",
            "org.briefgen.cli..", "org.briefgen.web..").should().dependOnClassesThat()
            .resideInAPackage("org.briefgen.mail..");
}
