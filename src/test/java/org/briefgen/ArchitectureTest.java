package org.briefgen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.briefgen.failure.UserError;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the architecture notes: arrows only point down. */
@AnalyzeClasses(packages = "org.briefgen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.briefgen.cli..")
            .layer("web").definedBy("org.briefgen.web..")
            .layer("batch").definedBy("org.briefgen.batch..")
            .layer("archive").definedBy("org.briefgen.archive..")
            .layer("render").definedBy("org.briefgen.render..")
            .layer("template").definedBy("org.briefgen.template..")
            .layer("merge").definedBy("org.briefgen.merge..")
            .layer("campaign").definedBy("org.briefgen.campaign..")
            .layer("document").definedBy("org.briefgen.document..")
            .layer("failure").definedBy("org.briefgen.failure..")
            .layer("i18n").definedBy("org.briefgen.i18n..")
            .layer("mail").definedBy("org.briefgen.mail..")
            .layer("publish").definedBy("org.briefgen.publish..")
            .layer("sign").definedBy("org.briefgen.sign..")
            .layer("approval").definedBy("org.briefgen.approval..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("mail").mayOnlyBeAccessedByLayers("cli", "web")
            .whereLayer("publish").mayOnlyBeAccessedByLayers("cli", "web")
            .whereLayer("batch").mayOnlyBeAccessedByLayers("cli", "web")
            .whereLayer("approval").mayOnlyBeAccessedByLayers("batch", "archive", "cli", "web")
            .whereLayer("sign").mayOnlyBeAccessedByLayers("batch", "publish", "cli")
            .whereLayer("archive").mayOnlyBeAccessedByLayers("batch", "mail", "publish", "cli", "web")
            .whereLayer("render").mayOnlyBeAccessedByLayers("batch", "mail", "publish", "cli", "web")
            .whereLayer("template").mayOnlyBeAccessedByLayers("batch", "cli")
            .whereLayer("merge").mayOnlyBeAccessedByLayers("template", "archive", "batch", "publish", "cli", "web")
            .whereLayer("campaign").mayOnlyBeAccessedByLayers("merge", "template", "archive", "batch", "sign", "cli",
                    "web")
            .whereLayer("document").mayOnlyBeAccessedByLayers("template", "render", "batch", "publish", "cli")
            .whereLayer("i18n").mayOnlyBeAccessedByLayers("cli", "web", "batch", "archive", "render", "template",
                    "merge", "document", "publish")
            .whereLayer("failure").mayOnlyBeAccessedByLayers("cli", "web", "mail", "publish", "batch", "archive",
                    "approval",
                    "render",
                    "template",
                    "merge",
                    "campaign", "document", "sign");

    /** The languages' words (messages, dates, numbers) depend on nothing of ours: writers and the model use them. */
    @ArchTest
    static final ArchRule i18nDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.briefgen.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefgen.cli..", "org.briefgen.web..",
                    "org.briefgen.batch..", "org.briefgen.archive..", "org.briefgen.render..",
                    "org.briefgen.template..",
                    "org.briefgen.merge..", "org.briefgen.campaign..", "org.briefgen.document..",
                    "org.briefgen.mail..");

    /** The error type every package may throw depends on nothing of ours. */
    @ArchTest
    static final ArchRule failureDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.briefgen.failure..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.briefgen.failure..", "java..");

    /**
     * Every exception type of briefgen's own is a {@link UserError}, which carries its exit code and
     * words: Main reports it without knowing its kind; faults of briefgen's own are the JDK's types.
     */
    @ArchTest
    static final ArchRule ourExceptionsAreUserErrors = classes().that().resideInAPackage("org.briefgen..")
            .and().areAssignableTo(RuntimeException.class).should().beAssignableTo(UserError.class);

    @ArchTest
    static final ArchRule documentModelIsFreeOfLibraries = noClasses().that().resideInAPackage("org.briefgen.document")
            .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..", "org.apache.poi..", "freemarker..",
                    "org.commonmark..");

    @ArchTest
    static final ArchRule writersNeverKnowTheDataSource = noClasses().that().resideInAPackage("org.briefgen.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefgen.campaign..", "org.briefgen.merge..",
                    "org.briefgen.template..");

    /**
     * Sending and reading mail needs the e-mail writer, the archive and Jakarta Mail, and nothing else
     * (besides the JDK's TLS, and its X.500 names to say whom a certificate names).
     */
    @ArchTest
    static final ArchRule mailUsesOnlyWhatItMay = classes().that().resideInAPackage("org.briefgen.mail..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.briefgen.mail..", "org.briefgen.archive..",
                    "org.briefgen.render.email..", "org.briefgen.failure..", "java..", "javax.net.ssl..",
                    "javax.security.auth.x500..", "javax.naming.ldap..", "javax.naming.InvalidNameException",
                    "jakarta.mail..", "jakarta.activation..", "org.eclipse.angus.mail..");

    /** Signing knows PDFs as bytes, its configuration and iText's and BouncyCastle's cryptography: not letters. */
    @ArchTest
    static final ArchRule signingUsesOnlyWhatItMay = classes().that().resideInAPackage("org.briefgen.sign..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.briefgen.sign..", "org.briefgen.campaign..",
                    "org.briefgen.failure..", "java..", "javax.naming..", "javax.security.auth.x500..",
                    "com.itextpdf..");
}
