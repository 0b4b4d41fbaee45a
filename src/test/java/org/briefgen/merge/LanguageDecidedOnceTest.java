package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;

import org.junit.jupiter.api.Test;

/**
 * A letter's language is decided once, by the {@link Merger}, from the templates' translations: a
 * follow-up whose template has no translation is in the campaign's language even when the first
 * letter was not, and the document read from a template's output is in the language it is handed,
 * whatever its front matter says.
 */
class LanguageDecidedOnceTest {

    private final CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);

    private Recipient french() {
        return data.recipients().stream().filter(r -> "fr-FR".equals(r.language())).findFirst().orElseThrow();
    }

    private Merger merger(Set<String> translatedTemplates) {
        return new Merger(data, MessageCatalog.builtIn(), (template, tag) -> translatedTemplates.contains(template)
                && tag.startsWith("fr"));
    }

    @Test
    void aFollowUpIsInTheFirstLettersLanguageOnlyWhenItsOwnTemplateIsTranslated() {
        List<FollowUp.Request> chain = List.of(new FollowUp.Request("CE-2020-005", LocalDate.of(2020, 1, 7),
                LocalDate.of(2020, 1, 17)));
        Merger both = merger(Set.of("letter.md.ftl", "follow-up.md.ftl"));
        Merger letterOnly = merger(Set.of("letter.md.ftl"));

        assertThat(both.merge(french(), 5).letter().language()).isEqualTo("fr-FR");
        LetterContext translated = both.followUp(french(), 5, LocalDate.of(2020, 1, 20), chain);
        assertThat(translated.letter().language()).isEqualTo("fr-FR");
        assertThat(translated.letter().date()).hasToString("20 janvier 2020");

        LetterContext untranslated = letterOnly.followUp(french(), 5, LocalDate.of(2020, 1, 20), chain);
        assertThat(untranslated.letter().language()).isEqualTo("en-GB");
        assertThat(untranslated.letter().date()).hasToString("20 January 2020");
        assertThat(untranslated.followUp().original().date()).hasToString("7 January 2020");
    }

    /**
     * The merge is pure: merged twice, a letter in a language other than the campaign's is the same letter,
     * so one rendered ahead (or while the campaign was checked) is known for the one the archive issues.
     */
    @Test
    void aLetterInAnotherLanguageMergedTwiceIsTheSameLetter() {
        Merger merger = merger(Set.of("letter.md.ftl"));
        LetterContext first = merger.merge(french(), 5);
        assertThat(first.letter().language()).isEqualTo("fr-FR");
        assertThat(merger.merge(french(), 5)).isEqualTo(first);
        assertThat(merger.merge(french(), 6)).isNotEqualTo(first);
    }

    @Test
    void theDocumentIsInTheLanguageItIsHandedNotTheOneItsFrontMatterNames() {
        Messages french = Messages.builtIn("fr-FR");
        Document read = new MarkdownReader().read("---\ntitle: Lettre\nlang: de-DE\n---\nBonjour.\n", "letter.md",
                french);
        assertThat(read.info().language()).isEqualTo("fr-FR");
        assertThat(read.info().title()).isEqualTo("Lettre");
        assertThat(read.withMessages(french).info()).isEqualTo(read.info());
    }
}
