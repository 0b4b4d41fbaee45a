package org.briefgen.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    private final CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
    private final LetterContext amazon = new Merger(data).merge(data.recipients().get(0), 1);

    @TempDir
    Path dir;

    private TemplateEngine engineWith(String template) {
        TestCampaigns.write(dir.resolve("t.md.ftl"), template);
        return new TemplateEngine(dir);
    }

    @Test
    void interpolationsAreEscapedAndTemplateMarkupIsNot() {
        String md = engineWith("**${recipient.company}** ${'*x* <b>'}").render("t.md.ftl", amazon);
        assertThat(md).isEqualTo("**Amazon UK** \\*x\\* \\<b\\>");
    }

    @Test
    void aFullStopAfterAValueThatEndsInOneIsNotDoubled() {
        String md = engineWith("Concerns: ${'Hogar Conectado Ñandú, S.L.'}. ${'Sp. z o.o.'}, ${'Yahoo!'}. ${'Ltd'}.")
                .render("t.md.ftl", amazon);
        assertThat(md).isEqualTo("Concerns: Hogar Conectado Ñandú\\, S\\.L\\. Sp\\. z o\\.o\\., Yahoo\\! Ltd.");
    }

    @Test
    void plainTextTemplatesPrintValuesAsWritten() {
        TestCampaigns.write(dir.resolve("post.txt.ftl"), "${recipient.company} **x** ${r'*y* <b> ${7*7}'}");
        assertThat(new TemplateEngine(dir).render("post.txt.ftl", amazon)).isEqualTo("Amazon UK **x** *y* <b> ${7*7}");
    }

    @Test
    void aProblemWithWhatATemplateMadeNamesTemplateAndRecipient() {
        TemplateEngine engine = engineWith("x");
        assertThat(engine.problem("t.md.ftl", "too long", amazon)).hasMessage(dir.resolve("t.md.ftl")
                + ": too long for recipient 'amazon-uk' (" + TestCampaigns.DATA.resolve("recipients.csv") + " line 2)");
    }

    @Test
    void aMissingValueNamesTemplateLineAndRecipient() {
        TemplateEngine engine = engineWith("Hello\n\nDear ${recipient.contactName},");
        assertThatThrownBy(() -> engine.render("t.md.ftl", amazon)).isInstanceOf(TemplateFaultException.class)
                .hasMessageStartingWith(dir.resolve("t.md.ftl") + ":3:")
                .hasMessageContaining("${recipient.contactName} has no value (write ${recipient.contactName!\"…\"}")
                .hasMessageContaining("for recipient 'amazon-uk'")
                .hasMessageContaining("recipients.csv line 2");
    }

    @Test
    void aSyntaxErrorNamesTheLine() {
        TemplateEngine engine = engineWith("one\ntwo <#if>\n");
        assertThatThrownBy(() -> engine.render("t.md.ftl", amazon)).isInstanceOf(TemplateFaultException.class)
                .hasMessageStartingWith(dir.resolve("t.md.ftl") + ":2:");
    }

    @Test
    void aSyntaxErrorIsNamedWithItsLineOnEveryLaterAttemptToo() {
        TemplateEngine engine = engineWith("one\ntwo <#if>\n");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> engine.render("t.md.ftl", amazon)).as("attempt " + attempt)
                    .isInstanceOf(TemplateFaultException.class).hasMessageStartingWith(dir.resolve("t.md.ftl") + ":2:")
                    .hasMessageNotContaining("earlier attempt");
        }
    }

    @Test
    void anIncludedTemplatesSyntaxErrorIsItsOwnOnEveryAttempt() {
        TestCampaigns.write(dir.resolve("part.md.ftl"), "x <#if>\n");
        TemplateEngine engine = engineWith("one\n<#include \"part.md.ftl\">\n");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> engine.render("t.md.ftl", amazon)).as("attempt " + attempt)
                    .isInstanceOf(TemplateFaultException.class)
                    .hasMessageStartingWith(dir.resolve("part.md.ftl") + ":1:")
                    .hasMessageNotContaining("earlier attempt");
        }
    }

    @Test
    void anUnknownQuestionSuggestsTheNearestOne() {
        TemplateEngine engine = engineWith("${figure(\"apps-use-clouds\", \"yes\")}");
        assertThatThrownBy(() -> engine.render("t.md.ftl", amazon)).isInstanceOf(TemplateFaultException.class)
                .hasMessageStartingWith(dir.resolve("t.md.ftl") + ":1:")
                .hasMessageContaining("no survey question 'apps-use-clouds' (did you mean 'apps-use-cloud'?)");
    }

    @Test
    void figuresComeFromTheSurveyAndIllustrativeOnesSaySo() {
        String md = engineWith("${figure(\"apps-use-cloud\", \"no-or-dont-know\")} / "
                + "${figure(\"understand-cloud\", \"very-well\")}").render("t.md.ftl", amazon);
        assertThat(md).isEqualTo("44\\.3\\% / 11\\.0\\% \\(illustrative\\)");
    }

    @Test
    void footnotesAreCollectedAndDefinedAfterTheText() {
        String md = engineWith("A<@footnote>Note ${recipient.company}.</@footnote> B<@footnote>Note ${recipient"
                + ".company}.</@footnote> C<@footnote>Other.</@footnote>").render("t.md.ftl", amazon);
        assertThat(md).isEqualTo("A[^n1] B[^n1] C[^n2]\n\n[^n1]: Note Amazon UK.\n\n[^n2]: Other.\n\n");
    }

    @Test
    void aStopInTheTemplateIsReportedWithItsMessage() {
        TemplateEngine engine = engineWith("<#stop \"no finding for this company\">");
        assertThatThrownBy(() -> engine.render("t.md.ftl", amazon)).isInstanceOf(TemplateFaultException.class)
                .hasMessageContaining("no finding for this company for recipient 'amazon-uk'");
    }

    @Test
    void aMissingTemplateIsNamed() {
        TemplateEngine engine = engineWith("x");
        assertThatThrownBy(() -> engine.render("letter.md.ftl", amazon))
                .hasMessage(dir.resolve("letter.md.ftl") + ": template not found");
    }
}
