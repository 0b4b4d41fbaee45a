package org.briefgen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign's own messages files as a careless translator writes them: every mistake is named with
 * its file and line, and the messages that are right are still used.
 */
class CampaignMessagesTest {

    @TempDir
    Path templates;

    private MessageCatalog load(String file, String text) throws Exception {
        Files.writeString(templates.resolve(file), text);
        return MessageCatalog.load(templates, "en-GB");
    }

    private String where(String file, int line) {
        return templates.resolve(file) + (line > 0 ? ":" + line : "");
    }

    @Test
    void aMisspelledKeyIsNamedWithItsLineAndTheNearestKey() throws Exception {
        MessageCatalog catalog = load("messages.fr.properties", """
                # our own words
                page.numbr = p. {page}/{pages}
                page.reference = Notre réf. {reference}
                """);
        assertThat(catalog.problems()).extracting(TranslationProblem::toString).containsExactly(
                where("messages.fr.properties", 2)
                        + ": no message 'page.numbr' to replace (did you mean 'page.number'?)");
        // the line that is right is used all the same
        assertThat(catalog.forLanguage("fr-FR").text("page.reference", "reference", "A-1")).isEqualTo("Notre réf. A-1");
        assertThat(catalog.forLanguage("fr-FR").text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 sur 2");
    }

    @Test
    void aKeyNothingLikeBriefgensIsToldWhereTheKeysAre() throws Exception {
        MessageCatalog catalog = load("messages.properties", "greeting.informal = Hi there\n");
        assertThat(catalog.problems()).singleElement().hasToString(where("messages.properties", 1)
                + ": no message 'greeting.informal' to replace (the keys are those of briefgen's letters.en.properties)");
    }

    @Test
    void aLineWithoutEqualsSignAndAKeyGivenTwiceAreNamedAndTheFirstTextKept() throws Exception {
        MessageCatalog catalog = load("messages.properties", """
                page.reference = Ref. {reference}
                page.number: {page} of {pages}
                page.reference = Reference {reference}
                """);
        assertThat(catalog.problems()).extracting(TranslationProblem::toString).containsExactly(
                where("messages.properties", 2) + ": expected 'key = message', found 'page.number: {page} of {pages}'",
                where("messages.properties", 3) + ": 'page.reference' is given twice (first on line 1)");
        assertThat(catalog.forLanguage("en-GB").text("page.reference", "reference", "B-2")).isEqualTo("Ref. B-2");
    }

    @Test
    void aMessageIcuCannotReadIsNamedAndBriefgensOwnIsUsedInstead() throws Exception {
        MessageCatalog catalog = load("messages.properties", "page.number = Page {page of {pages}\n");
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(templates.resolve("messages.properties").toString());
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("'page.number' is not an ICU message: ");
        });
        assertThat(catalog.forLanguage("en-GB").text("page.number", "page", 1, "pages", 2)).isEqualTo("Page 1 of 2");
    }

    @Test
    void aFileNamedForSomethingThatIsNotALanguageIsNamedAndNotRead() throws Exception {
        MessageCatalog catalog = load("messages.french.properties", "page.number = p. {page}\n");
        assertThat(catalog.problems()).singleElement().hasToString(where("messages.french.properties", 0)
                + ": 'french' is not a language tag (such as fr or fr-FR)");
        assertThat(catalog.speaks("french")).isFalse();
    }

    @Test
    void aLanguageBriefgenDoesNotSpeakMustGiveEveryLetterMessage() throws Exception {
        MessageCatalog catalog = load("messages.da.properties", "page.number = Side {page} af {pages}\n");
        assertThat(catalog.speaks("da-DK")).isTrue();
        assertThat(catalog.forLanguage("da-DK").text("page.number", "page", 1, "pages", 2)).isEqualTo("Side 1 af 2");
        // a letter language is not the campaign's: the publication's words are not asked of it
        assertThat(catalog.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message()).endsWith(
                    "is missing: briefgen has no Danish of its own, so every message must be given");
            assertThat(p.message()).doesNotStartWith("message 'publication.");
        }).anySatisfy(p -> assertThat(p.message()).startsWith("message 'page.reference' is missing"));
    }

    @Test
    void theCampaignsOwnLanguageBriefgenDoesNotSpeakMustAlsoGiveThePublicationsWords() throws Exception {
        Files.writeString(templates.resolve("messages.properties"), "page.number = Side {page} af {pages}\n");
        MessageCatalog catalog = MessageCatalog.load(templates, "da-DK");
        assertThat(catalog.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("message 'publication."));
    }

    @Test
    void noTemplatesFolderMeansBriefgensOwnWords() {
        MessageCatalog catalog = MessageCatalog.load(templates.resolve("missing"), "fr-FR");
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.speaks("fr-FR")).isTrue();
        assertThat(catalog.speaks("da")).isFalse();
        assertThat(catalog.forLanguage("fr-FR")).isEqualTo(Messages.builtIn("fr-FR"));
    }

    @Test
    void hardToSeeCharactersAreWrittenAsEscapes() throws Exception {
        MessageCatalog catalog = load("messages.fr.properties", "quote.open = «\\u202F\nquote.close = \\u202F»\n");
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.forLanguage("fr").quoted("oui")).isEqualTo("«\u202foui\u202f»");
    }

    @Test
    void aBackslashThatIsNotAnEscapeIsKeptAsWritten() throws Exception {
        // a Windows path in a message: \\users is not a \\u escape, and must not stop the run
        MessageCatalog catalog = load("messages.properties", "page.reference = C:\\users\\{reference}\n");
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.forLanguage("en-GB").text("page.reference", "reference", "x")).isEqualTo("C:\\users\\x");
    }

    @Test
    void theDayAndMonthWithoutTheYear() {
        LocalDate day = LocalDate.of(2019, 11, 2);
        assertThat(Messages.builtIn("en-GB").ordinalDayMonth(day)).isEqualTo("2nd November");
        assertThat(Messages.builtIn("fr").ordinalDayMonth(LocalDate.of(2019, 11, 1))).isEqualTo("1er novembre");
        assertThat(Messages.builtIn("en-GB").has("page.number")).isTrue();
        assertThat(Messages.builtIn("en-GB").has("page.nothing")).isFalse();
        assertThat(Messages.builtIn("fr-FR").language()).isEqualTo("fr-FR");
    }

    @Test
    void languageTagsAreCheckedAndNamedInEnglish() {
        assertThat(Languages.known("fr-FR")).isTrue();
        assertThat(Languages.known(" de ")).isTrue();
        assertThat(Languages.known("xx")).isFalse();
        assertThat(Languages.known("fr_FR!")).isFalse();
        assertThat(Languages.known("")).isFalse();
        assertThat(Languages.known(null)).isFalse();
        assertThat(Languages.name("fr-FR")).isEqualTo("French (France)");
        assertThat(Languages.fallbacks("fr-FR")).containsExactly("fr-FR", "fr");
        assertThat(Languages.fallbacks("fr")).containsExactly("fr");
        assertThat(Languages.sameLanguage("en-GB", "en-US")).isTrue();
        assertThat(Languages.sameLanguage("en-GB", "fr-FR")).isFalse();
    }
}
