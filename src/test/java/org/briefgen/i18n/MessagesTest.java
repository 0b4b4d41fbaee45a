package org.briefgen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** briefgen's own words, dates and numbers in each language it ships, and a campaign's own messages. */
class MessagesTest {

    private static final LocalDate LETTER = LocalDate.of(2020, 1, 7);

    @Test
    void datesAreInTheLanguagesOwnDigitsAsItsNumbersAre() {
        Messages ar = MessageCatalog.builtIn().forLanguage("ar-SA");
        assertThat(ar.date(LETTER)).isEqualTo("٧ يناير ٢٠٢٠");
        assertThat(ar.number(new BigDecimal("45.6"))).isEqualTo("٤٥٫٦");
        assertThat(MessageCatalog.builtIn().forLanguage("en-GB").date(LETTER)).isEqualTo("7 January 2020");
    }

    @Test
    void datesInEachLanguage() {
        assertThat(Messages.builtIn("en-GB").date(LETTER)).isEqualTo("7 January 2020");
        assertThat(Messages.builtIn("fr-FR").date(LETTER)).isEqualTo("7 janvier 2020");
        assertThat(Messages.builtIn("de-DE").date(LETTER)).isEqualTo("7. Januar 2020");
        assertThat(Messages.builtIn("es-ES").date(LETTER)).isEqualTo("7 de enero de 2020");
    }

    @Test
    void aFigureWrittenAgainIsWrittenAlikeWithItsOwnDecimalsAndLanguage() {
        // the same value at another scale is another figure: "45.60" is not "45.6"
        Messages en = Messages.builtIn("en-GB");
        Messages fr = Messages.builtIn("fr-FR");
        for (int round = 0; round < 3; round++) {
            assertThat(en.number(new BigDecimal("45.6"))).isEqualTo("45.6");
            assertThat(en.number(new BigDecimal("45.60"))).isEqualTo("45.60");
            assertThat(en.percent(new BigDecimal("45.60"))).isEqualTo("45.60%");
            assertThat(en.percent(new BigDecimal("45.6"))).isEqualTo("45.6%");
            assertThat(fr.percent(new BigDecimal("45.6"))).isEqualTo("45,6\u202f%");
            assertThat(fr.number(new BigDecimal("1234.5"))).isEqualTo("1234,5");
            assertThat(en.ordinalDate(LocalDate.of(2019, 11, 22))).isEqualTo("22nd November 2019");
            assertThat(en.ordinalDayMonth(LocalDate.of(2019, 11, 22))).isEqualTo("22nd November");
            assertThat(en.ordinalDay(LocalDate.of(2019, 11, 22))).isEqualTo("22nd");
            assertThat(en.ordinalDay(LocalDate.of(2019, 12, 22))).isEqualTo("22nd");
        }
        // many more figures than are kept, then the first ones again
        for (int n = 0; n < 1000; n++) {
            assertThat(en.percent(BigDecimal.valueOf(n, 1))).isEqualTo(BigDecimal.valueOf(n, 1).toPlainString() + "%");
        }
        assertThat(en.number(new BigDecimal("45.60"))).isEqualTo("45.60");
        for (int day = 0; day < 400; day++) {
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(day);
            assertThat(en.ordinalDate(date)).endsWith(" " + date.getYear()).startsWith(en.ordinalDay(date));
        }
        assertThat(en.ordinalDate(LocalDate.of(2019, 11, 1))).isEqualTo("1st November 2019");
    }

    @Test
    void aMessageWrittenAgainIsWrittenAlikeByItsOwnArgumentsAndLanguage() {
        Messages en = Messages.builtIn("en");
        Messages fr = Messages.builtIn("fr");
        for (int round = 0; round < 3; round++) {
            assertThat(en.text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 of 2");
            assertThat(fr.text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 sur 2");
            assertThat(en.text("page.number", "page", 2, "pages", 2)).isEqualTo("Page 2 of 2");
            // another type of the same value (a Long 1 is not an Integer 1): written by ICU again, alike
            assertThat(en.text("page.number", "page", 1L, "pages", 2L)).isEqualTo("Page 1 of 2");
        }
        // many more messages than are kept, then the first ones again
        for (int page = 1; page <= 1500; page++) {
            assertThat(en.text("page.number", "page", page, "pages", 1500))
                    .isEqualTo("Page " + String.format(java.util.Locale.ROOT, "%,d", page) + " of 1,500");
        }
        assertThat(en.text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 of 2");
        // an argument that is not a plain value (it could change) is written afresh each time
        StringBuilder name = new StringBuilder("1");
        assertThat(en.text("page.number", "page", name, "pages", 2)).isEqualTo("Page 1 of 2");
        name.setLength(0);
        name.append("3");
        assertThat(en.text("page.number", "page", name, "pages", 2)).isEqualTo("Page 3 of 2");
    }

    @Test
    void percentagesAndNumbersInEachLanguage() {
        BigDecimal figure = new BigDecimal("45.6");
        assertThat(Messages.builtIn("en-GB").percent(figure)).isEqualTo("45.6%");
        assertThat(Messages.builtIn("fr-FR").percent(figure)).isEqualTo("45,6\u202f%");
        assertThat(Messages.builtIn("de").percent(figure)).isEqualTo("45,6\u00a0%");
        assertThat(Messages.builtIn("en-GB").percent(new BigDecimal("11.0"))).isEqualTo("11.0%");
        assertThat(Messages.builtIn("en-GB").text("methodology.sample", "size", 2072, "unit", "adults"))
                .isEqualTo("Total sample size was 2072 adults.");
        assertThat(Messages.builtIn("fr-FR").text("methodology.sample", "size", 2072, "unit", "adultes"))
                .isEqualTo("L’échantillon total comptait 2\u202f072 adultes.");
    }

    @Test
    void ordinalsByIcuRules() {
        Messages en = Messages.builtIn("en-GB");
        assertThat(en.ordinalDate(LocalDate.of(2019, 11, 1))).isEqualTo("1st November 2019");
        assertThat(en.ordinalDate(LocalDate.of(2019, 11, 22))).isEqualTo("22nd November 2019");
        assertThat(en.ordinalDate(LocalDate.of(2019, 11, 13))).isEqualTo("13th November 2019");
        assertThat(Messages.builtIn("fr").ordinalDate(LocalDate.of(2019, 11, 1))).isEqualTo("1er novembre 2019");
        assertThat(Messages.builtIn("fr").ordinalDate(LocalDate.of(2019, 11, 8))).isEqualTo("8 novembre 2019");
    }

    @Test
    void pageFurnitureAndQuotationMarks() {
        assertThat(Messages.builtIn("en").text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 of 2");
        assertThat(Messages.builtIn("fr").text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 sur 2");
        assertThat(Messages.builtIn("de").text("page.number", "page", 1, "pages", 2)).isEqualTo("Seite 1 von 2");
        assertThat(Messages.builtIn("es").text("page.number", "page", 1, "pages", 2)).isEqualTo("Página 1 de 2");
        assertThat(Messages.builtIn("en").quoted("x")).isEqualTo("\"x\"");
        assertThat(Messages.builtIn("fr").quoted("x")).isEqualTo("«\u202fx\u202f»");
        assertThat(Messages.builtIn("de").quoted("x")).isEqualTo("„x“");
    }

    @Test
    void theTrackersWordsCountDaysByIcuPlurals() {
        assertThat(Messages.builtIn("en").text("tracker.overdue", "days", 1)).isEqualTo("overdue by 1 day");
        assertThat(Messages.builtIn("en").text("tracker.overdue", "days", 3)).isEqualTo("overdue by 3 days");
        assertThat(Messages.builtIn("fr").text("tracker.overdue", "days", 1)).isEqualTo("en retard de 1 jour");
        assertThat(Messages.builtIn("fr").text("tracker.overdue", "days", 3)).isEqualTo("en retard de 3 jours");
        assertThat(Messages.builtIn("de").text("tracker.overdue", "days", 3)).isEqualTo("3 Tage überfällig");
    }

    @Test
    void thePublicationsWordsCountDaysByIcuPluralsInEveryLanguage() {
        String key = "publication.company.received";
        assertThat(Messages.builtIn("en-GB").text(key, "date", "7 January 2020", "days", 1)).isEqualTo(
                "Received on 7 January 2020, 1 day after our letter.");
        assertThat(Messages.builtIn("en-GB").text(key, "date", "15 January 2020", "days", 8)).isEqualTo(
                "Received on 15 January 2020, 8 days after our letter.");
        assertThat(Messages.builtIn("fr-FR").text(key, "date", "8 janvier 2020", "days", 1)).isEqualTo(
                "Reçue le 8 janvier 2020, 1 jour après notre lettre.");
        assertThat(Messages.builtIn("fr-FR").text(key, "date", "15 janvier 2020", "days", 8)).isEqualTo(
                "Reçue le 15 janvier 2020, 8 jours après notre lettre.");
        assertThat(Messages.builtIn("de").text(key, "date", "8. Januar 2020", "days", 1)).endsWith(
                "1 Tag nach unserem Brief.");
        assertThat(Messages.builtIn("es").text(key, "date", "8 de enero de 2020", "days", 8)).endsWith(
                "8 días después de nuestra carta.");
    }

    @Test
    void aLanguageBriefgenDoesNotShipFallsBackToEnglishKeyByKey() {
        assertThat(Messages.builtIn("da-DK").text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 of 2");
    }

    @Test
    void everyBuiltInLanguageGivesEveryKey() {
        MessageCatalog catalog = MessageCatalog.builtIn();
        for (String language : MessageCatalog.BUILT_IN) {
            Messages m = catalog.forLanguage(language);
            assertThat(m.text("page.number", "page", 3, "pages", 4)).isNotBlank();
        }
        for (String set : MessageCatalog.KEY_SETS) {
            var english = MessageFile.resource("/org/briefgen/i18n/" + set + ".en.properties").patterns().keySet();
            for (String language : MessageCatalog.BUILT_IN) {
                assertThat(MessageFile.resource("/org/briefgen/i18n/" + set + "." + language + ".properties")
                        .patterns().keySet()).as(set + "." + language).containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void aCampaignReplacesMessagesForItsLanguageAndTheTagsItNames(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("messages.properties"), "page.reference = Our ref. {reference}\n");
        Files.writeString(templates.resolve("messages.fr-CA.properties"), "page.number = p. {page}/{pages}\n");
        MessageCatalog catalog = MessageCatalog.load(templates, "en-GB");
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.forLanguage("en-GB").text("page.reference", "reference", "X-1")).isEqualTo("Our ref. X-1");
        assertThat(catalog.forLanguage("fr-CA").text("page.number", "page", 1, "pages", 2)).isEqualTo("p. 1/2");
        assertThat(catalog.forLanguage("fr-CA").text("page.reference", "reference", "X-1")).isEqualTo("Réf. X-1");
        assertThat(catalog.forLanguage("fr-FR").text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 sur 2");
    }

    @Test
    void translationsAreFoundByTemplateNameTagFirst(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("letter.md.ftl"), "");
        Files.writeString(templates.resolve("letter.fr.md.ftl"), "");
        Files.writeString(templates.resolve("follow-up.fr-CA.md.ftl"), "");
        Files.writeString(templates.resolve("post.de.txt.ftl"), "");
        TemplateTranslations t = new TemplateTranslations(templates);
        assertThat(t.find("letter.md.ftl", "fr-FR")).contains("letter.fr.md.ftl");
        assertThat(t.find("letter.md.ftl", "da-DK")).isEmpty();
        assertThat(t.find("follow-up.md.ftl", "fr-CA")).contains("follow-up.fr-CA.md.ftl");
        assertThat(t.find("follow-up.md.ftl", "fr-FR")).isEmpty();
        assertThat(t.resolve("post.txt.ftl", "de-AT")).isEqualTo("post.de.txt.ftl");
        assertThat(t.all("letter.md.ftl")).containsEntry("fr", "letter.fr.md.ftl").hasSize(1);
    }
}
