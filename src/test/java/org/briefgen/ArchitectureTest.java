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
            .layer("archive").definedBy("org.briefgen.archive", "org.briefgen.archive.jdbc..",
                    "org.briefgen.archive.rules..")
            .layer("export").definedBy("org.briefgen.archive.export..")
            .layer("files").definedBy("org.briefgen.files..")
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
            .whereLayer("export").mayOnlyBeAccessedByLayers("batch", "cli", "web")
            .whereLayer("archive").mayOnlyBeAccessedByLayers("export", "batch", "mail", "publish", "cli", "web")
            .whereLayer("files").mayOnlyBeAccessedByLayers("archive", "export", "batch", "mail", "publish", "cli",
                    "web", "render")
            .whereLayer("render").mayOnlyBeAccessedByLayers("export", "batch", "mail", "publish", "cli", "web")
            .whereLayer("template").mayOnlyBeAccessedByLayers("export", "batch", "cli")
            .whereLayer("merge").mayOnlyBeAccessedByLayers("template", "archive", "export", "batch", "publish", "cli",
                    "web")
            .whereLayer("campaign").mayOnlyBeAccessedByLayers("merge", "template", "archive", "batch", "sign", "cli",
                    "web")
            .whereLayer("document").mayOnlyBeAccessedByLayers("template", "render", "export", "batch", "publish", "cli")
            .whereLayer("i18n")
            .mayOnlyBeAccessedByLayers("cli", "web", "batch", "archive", "export", "render", "template",
                    "merge", "document", "publish")
            .whereLayer("failure").mayOnlyBeAccessedByLayers("cli", "web", "mail", "publish", "batch", "archive",
                    "approval", "export", "i18n",
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

    /** Paging long lists knows no page and nothing of ours: rows and query parameters only. */
    @ArchTest
    static final ArchRule pagingDependsOnNothingOfOurs = noClasses().that()
            .resideInAPackage("org.briefgen.web.paging..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.briefgen.web.paging..", "java..");

    /** Problems in plain words know the campaign and the merge (which findings a letter cites), nothing else of ours. */
    @ArchTest
    static final ArchRule explainingKnowsOnlyTheCampaign = classes().that()
            .resideInAPackage("org.briefgen.web.explain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.briefgen.web.explain..",
                    "org.briefgen.campaign", "org.briefgen.merge", "java..");

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
                    "org.briefgen.files..",
                    "org.briefgen.render.email..", "org.briefgen.failure..", "java..", "javax.net.ssl..",
                    "javax.security.auth.x500..", "javax.naming.ldap..", "javax.naming.InvalidNameException",
                    "jakarta.mail..", "jakarta.activation..", "org.eclipse.angus.mail..");

    /** Signing knows PDFs as bytes, its configuration and iText's and BouncyCastle's cryptography: not letters. */
    @ArchTest
    static final ArchRule signingUsesOnlyWhatItMay = classes().that().resideInAPackage("org.briefgen.sign..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.briefgen.sign..", "org.briefgen.campaign..",
                    "org.briefgen.failure..", "java..", "javax.naming..", "javax.security.auth.x500..",
                    "com.itextpdf..");

    /** The archive's API (the interface, its records, its errors) knows none of its rooms: the rooms know it. */
    @ArchTest
    static final ArchRule archiveApiKnowsNoRoom = noClasses().that().resideInAPackage("org.briefgen.archive")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefgen.archive.jdbc..",
                    "org.briefgen.archive.rules..", "org.briefgen.archive.export..");

    /** The archive's rules (tracker, follow-ups, threads, references, digests) are pure: no JDBC, no export. */
    @ArchTest
    static final ArchRule archiveRulesArePure = noClasses().that().resideInAPackage("org.briefgen.archive.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefgen.archive.jdbc..",
                    "org.briefgen.archive.export..", "java.sql..", "javax.sql..", "org.flywaydb..");

    /** The stores use the API and the rules, never an export. */
    @ArchTest
    static final ArchRule storesExportNothing = noClasses().that().resideInAPackage("org.briefgen.archive.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("org.briefgen.archive.export..");

    /** JDBC stays in its room: only {@code archive.jdbc} touches java.sql or Flyway. */
    @ArchTest
    static final ArchRule onlyTheStoresSpeakSql = noClasses().that()
            .resideOutsideOfPackage("org.briefgen.archive.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..");

    /** Of the JDBC room, only its way in ({@code Archives}) is public: the stores share one context, inside. */
    @ArchTest
    static final ArchRule storesArePrivateToTheirRoom = classes().that().resideInAPackage("org.briefgen.archive.jdbc")
            .and().doNotHaveSimpleName("Archives").and().areTopLevelClasses().should().notBePublic();

    /** File-writing helpers depend on nothing of ours. */
    @ArchTest
    static final ArchRule filesDependOnNothingOfOurs = noClasses().that().resideInAPackage("org.briefgen.files..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.briefgen.files..", "java..");

    /** What sending and the inbox share (TLS, trust, URLs, passwords, errors) knows neither. */
    @ArchTest
    static final ArchRule mailSharedKnowsNeitherSide = noClasses().that().resideInAPackage("org.briefgen.mail")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefgen.mail.send..", "org.briefgen.mail.inbox..");

    @ArchTest
    static final ArchRule sendingKnowsNoInbox = noClasses().that().resideInAPackage("org.briefgen.mail.send..")
            .should().dependOnClassesThat().resideInAPackage("org.briefgen.mail.inbox..");

    @ArchTest
    static final ArchRule inboxKnowsNoSending = noClasses().that().resideInAPackage("org.briefgen.mail.inbox..")
            .should().dependOnClassesThat().resideInAPackage("org.briefgen.mail.send..");

    /** A campaign's model does not call its readers ({@code campaign.load}) nor the demo that writes one. */
    @ArchTest
    static final ArchRule campaignModelKnowsNoReader = noClasses().that().resideInAPackage("org.briefgen.campaign")
            .should().dependOnClassesThat().resideInAnyPackage("org.briefgen.campaign.load..",
                    "org.briefgen.campaign.demo..");

    /**
     * A run knows output formats only through the seam ({@code OutputFormat}, found by the registry): the
     * four built in live in {@code batch.format} and are registered as any other format is.
     */
    @ArchTest
    static final ArchRule theRunKnowsNoFormatByName = noClasses().that().resideInAPackage("org.briefgen.batch")
            .should().dependOnClassesThat().resideInAPackage("org.briefgen.batch.format..");

    /** The command line and the workbench open a campaign only through {@code batch.Campaigns}: never a loader of their own. */
    @ArchTest
    static final ArchRule oneWayIntoARun = noClasses().that().resideInAnyPackage("org.briefgen.cli..",
            "org.briefgen.web..").should().callConstructor(org.briefgen.campaign.load.CampaignLoader.class,
                    java.time.LocalDate.class)
            .orShould().callConstructor(org.briefgen.campaign.load.CampaignLoader.class,
                    java.time.LocalDate.class, java.util.List.class);
}
