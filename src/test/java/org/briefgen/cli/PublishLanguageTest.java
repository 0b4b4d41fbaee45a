package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.PdfText;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish speaks the campaign's language: a French campaign gets French pages and a French report. */
class PublishLanguageTest {

    @TempDir
    Path dir;

    @Test
    void aFrenchCampaignIsPublishedInFrenchWithItsOwnMessages() throws IOException {
        Cli cli = new Cli(dir);
        Cli.Result generated = cli.generate("--quiet");
        assertThat(generated.code()).as(generated.err()).isZero();
        // the archive does not record the campaign's language: publish reads it from the campaign folder
        Path campaign = cli.data().resolve("campaign.yaml");
        Files.writeString(campaign, Files.readString(campaign).replace("language: en-GB", "language: fr-FR"));
        Files.writeString(dir.resolve("templates/messages.properties"),
                "publication.site.home = Toutes les sociétés sollicitées\n");
        Path site = dir.resolve("site");
        Cli.Result r = cli.command("publish", "--as-of", "2020-02-01", "--to", site.toString(), "--data", cli.data()
                .toString(), "--templates", dir.resolve("templates").toString());
        assertThat(r.code()).as(r.err() + r.out()).isZero();

        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).startsWith("<!DOCTYPE html>\n<html lang=\"fr-FR\">").contains(
                "<a class=\"skip\" href=\"#content\">Aller au contenu</a>", ">n’a pas répondu</span>",
                "d’après ses archives de correspondance au 1 février 2020.",
                "Toutes les entreprises sollicitées, avec leur résultat au 1 février 2020",
                "<desc id=\"chart-desc\">Diagramme en barres\u00A0: Résultats au 1 février 2020 A répondu 0,")
                .doesNotContain(
                        "did not respond", "January", "February", "Bar chart");
        Path page;
        try (var pages = Files.list(site.resolve("companies"))) {
            page = pages.sorted().findFirst().orElseThrow();
        }
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains(
                "<a href=\"../index.html\">Toutes les sociétés sollicitées</a>", "La date limite du ",
                " est passée sans réponse.");

        String report = PdfText.flat(PdfText.extract(site.resolve("report.pdf")));
        assertThat(report).contains("Les entreprises sollicitées, et ce qu’elles ont répondu", "Au 1 février 2020",
                "n’a pas répondu", "Page 2 sur").doesNotContain("did not respond");
    }
}
