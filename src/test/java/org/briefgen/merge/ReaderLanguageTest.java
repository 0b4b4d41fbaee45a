package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.briefgen.campaign.Recipient;
import org.briefgen.i18n.Messages;

import org.junit.jupiter.api.Test;

/**
 * Dates and greetings as the reader's own language and country write them (issue 26, part 2): the
 * full locale's dates, the contact's name and title as written in every bundled language, and French
 * elision through a message.
 */
class ReaderLanguageTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 7);

    private static Recipient contact(String name, String locale) {
        return new Recipient("x", "X Ltd", null, List.of(), name, null, List.of("a@x.example"), null, List.of(),
                locale, Map.of(), "recipients.csv", 2, List.of());
    }

    private static String greeting(String name, String locale) {
        return Merger.salutation(contact(name, locale), Messages.builtIn(locale), false, "Dear Sir/Madam");
    }

    @Test
    void anAmericanLetterIsDatedTheAmericanWay() {
        assertThat(Messages.builtIn("en-US").date(DAY)).isEqualTo("January 7, 2020");
        assertThat(Messages.builtIn("en-GB").date(DAY)).isEqualTo("7 January 2020");
        assertThat(Messages.builtIn("en").date(DAY)).isEqualTo("7 January 2020");
        assertThat(Messages.builtIn("fr-FR").date(DAY)).isEqualTo("7 janvier 2020");
        assertThat(Messages.builtIn("de-DE").date(DAY)).isEqualTo("7. Januar 2020");
        // Austria names January its own way
        assertThat(Messages.builtIn("de-AT").date(DAY)).isEqualTo("7. Jänner 2020");
    }

    @Test
    void aNamedContactIsGreetedByNameAndTitleAsWrittenInEveryBundledLanguage() {
        assertThat(greeting("Madame la Directrice", "fr-FR")).isEqualTo("Madame la Directrice");
        assertThat(greeting("Monsieur Dupont", "fr")).isEqualTo("Monsieur Dupont");
        assertThat(greeting("Claire Fontaine", "fr")).isEqualTo("Bonjour Claire Fontaine");
        assertThat(greeting("Frau Dr. Weiß", "de-DE")).isEqualTo("Sehr geehrte Frau Dr. Weiß");
        assertThat(greeting("Herr Prof. Müller", "de")).isEqualTo("Sehr geehrter Herr Prof. Müller");
        assertThat(greeting("Sra. García", "es-ES")).isEqualTo("Estimada Sra. García");
        assertThat(greeting("Sr. López", "es")).isEqualTo("Estimado Sr. López");
        assertThat(greeting("Priya Raman", "en-GB")).isEqualTo("Dear Priya Raman");
        // with no name, the language's own default
        assertThat(Merger.salutation(contact(null, "de"), Messages.builtIn("de"), false, "Dear Sir/Madam"))
                .isEqualTo("Sehr geehrte Damen und Herren");
    }

    @Test
    void frenchElidesBeforeAVowelThroughAMessage() {
        Messages fr = Messages.builtIn("fr-FR");
        assertThat(fr.text("grammar.of", "name", "Appli SG")).isEqualTo("d’Appli SG");
        assertThat(fr.text("grammar.of", "name", "Écoute SAS")).isEqualTo("d’Écoute SAS");
        assertThat(fr.text("grammar.of", "name", "Maisonnette")).isEqualTo("de Maisonnette");
        assertThat(Messages.builtIn("en").text("grammar.of", "name", "Appli SG")).isEqualTo("of Appli SG");
        assertThat(Messages.builtIn("de").text("grammar.of", "name", "Appli SG")).isEqualTo("von Appli SG");
        assertThat(Messages.builtIn("es").text("grammar.of", "name", "Appli SG")).isEqualTo("de Appli SG");
    }
}
