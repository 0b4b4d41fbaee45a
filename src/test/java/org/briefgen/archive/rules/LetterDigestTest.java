package org.briefgen.archive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DeadlineCounting;
import org.briefgen.campaign.FigureStatus;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Question;
import org.briefgen.campaign.Quotation;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;
import org.briefgen.campaign.Survey;
import org.briefgen.campaign.SurveyOption;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.Sha256;
import org.briefgen.merge.Letter;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;
import org.briefgen.merge.SurveyIndex;

import org.junit.jupiter.api.Test;

/**
 * Version 1 of the letter digest writes, byte for byte, what the Jackson serialisation of the whole
 * context wrote before digests had versions ({@link JacksonLetterDigest}), so letters issued then
 * still match; {@link AddedContextFieldTest} shows it ignores a field added to the context later.
 */
class LetterDigestTest {

    /** Text a JSON writer could get wrong: quotes, escapes, control characters, non-ASCII, surrogate pairs. */
    private static final String ODD = "\"quoted\" back\\slash tab\t line\nfeed \u0001\u001f del\u007f é ø Ø 写真 "
            + "\uD83D\uDCE8 \u2028\u2029 </script> &amp; \u00a0 \uFEFF";

    private static CampaignData bundled() {
        return new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
    }

    private static List<LetterContext> bundledContexts() {
        CampaignData data = bundled();
        Merger merger = new Merger(data);
        List<LetterContext> contexts = new ArrayList<>();
        for (Recipient r : data.recipients()) {
            contexts.add(merger.merge(r, 1));
            contexts.add(merger.merge(r, 1234));
        }
        return contexts;
    }

    @Test
    void version1WritesWhatTheWholeContextWroteForTheBundledCampaign() {
        for (LetterContext c : bundledContexts()) {
            assertThat(LetterDigest.json(c)).isEqualTo(JacksonLetterDigest.json(c));
            assertThat(LetterDigest.sha256(c)).isEqualTo(JacksonLetterDigest.sha256(c));
        }
    }

    @Test
    void version1WritesWhatTheWholeContextWroteForOddContexts() {
        LetterContext bundled = bundledContexts().get(0);
        List<LetterContext> odd = new ArrayList<>();
        odd.add(allNull());
        odd.add(with(bundled, recipient(bundled.recipient(), extra())));
        odd.add(with(bundled, oddCampaign(bundled.campaign())));
        odd.add(new LetterContext(new Organisation(ODD, List.of(ODD, ""), null, null, ODD, null), bundled.campaign(),
                bundled.recipient(), new Signatory(ODD, null, ODD), new Letter(ODD, -3, null, bundled.letter()
                        .deadline(), null, ODD),
                List.of(oddFinding()), new SurveyIndex(List.of(oddSurvey()))));
        for (LetterContext c : odd) {
            assertThat(LetterDigest.json(c)).isEqualTo(JacksonLetterDigest.json(c));
        }
        assertThat(LetterDigest.json(odd.get(1))).contains("\"extra\":{\"\":\"empty header\",\"10\":");
    }

    @Test
    void theRecipientsExtraColumnsAreDataButWhereTheRowWasReadIsNot() {
        LetterContext c = bundledContexts().get(0);
        Recipient r = c.recipient();
        Map<String, String> sector = new LinkedHashMap<>(r.extra());
        sector.put("sector", "retail");
        Recipient moved = new Recipient(r.id(), r.company(), r.shortName(), r.products(), r.contactName(),
                r.salutation(), r.emails(), r.handle(), r.address(), r.locale(), r.extra(), "elsewhere.csv", 99);
        assertThat(LetterDigest.sha256(with(c, recipient(r, sector)))).isNotEqualTo(LetterDigest.sha256(c));
        assertThat(LetterDigest.sha256(with(c, moved))).isEqualTo(LetterDigest.sha256(c));
    }

    @Test
    void aLetterIsComparedByTheVersionItWasIssuedWithAndAnUnknownVersionIsSaidSo() {
        LetterContext c = bundledContexts().get(0);
        LetterContext other = bundledContexts().get(2);
        assertThat(LetterDigest.compare(issued(LetterDigest.sha256(c), 1), c)).isEqualTo(LetterDigest.Match.SAME);
        assertThat(LetterDigest.compare(issued(LetterDigest.sha256(c), 1), other))
                .isEqualTo(LetterDigest.Match.CHANGED);
        IssuedLetter newer = issued(LetterDigest.sha256(c), 2);
        assertThat(LetterDigest.compare(newer, c)).isEqualTo(LetterDigest.Match.UNKNOWN_VERSION);
        assertThat(ArchiveMessages.unknownDigestVersion(newer)).hasMessage("CE-1 was issued by a newer briefgen (its"
                + " data digest is version 2; this one knows up to 1): use that briefgen, or a later one, to tell"
                + " whether its data changed");
    }

    private static IssuedLetter issued(String dataSha256, int version) {
        LocalDate date = LocalDate.of(2020, 1, 7);
        return new IssuedLetter(1, "CE-1", "c", "C", "S", "O", 1, "r", "R", "", date, date, dataSha256, version, "t",
                null, "2020-01-07T09:00:00Z", List.of(), Sha256.NONE, "h");
    }

    private static LetterContext allNull() {
        Campaign campaign = new Campaign(null, null, null, null, 0, null, null, null, null, null, null, null, null,
                null, null, null, null);
        Recipient recipient = new Recipient(null, null, null, List.of(), null, null, List.of(), null, List.of(), null,
                Map.of(), null, 0);
        return new LetterContext(new Organisation(null, List.of(), null, null, null, null), campaign, recipient, null,
                new Letter(null, 0, null, null, null, null), List.of(), null);
    }

    private static Map<String, String> extra() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Zeta", ODD);
        extra.put("alpha", null);
        extra.put("Ärger", "ä");
        extra.put("", "empty header");
        extra.put("_x", "");
        extra.put("9", "nine");
        extra.put("10", "ten");
        extra.put("a b", "space");
        return extra;
    }

    private static Recipient recipient(Recipient r, Map<String, String> extra) {
        return new Recipient(ODD, ODD, null, List.of(ODD, "b"), ODD, null, List.of(), ODD, List.of(ODD), "de-DE",
                extra, r.source(), r.line());
    }

    private static Campaign oddCampaign(Campaign c) {
        return new Campaign(c.id(), ODD, ODD, LocalDate.of(1999, 12, 31), -1, ODD, ODD, ODD, null, null, ODD, null,
                ODD, null, DeadlineCounting.WORKING, List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 25)),
                List.of("post", "pdf"));
    }

    private static Finding oddFinding() {
        return new Finding(ODD, ODD, ODD, ODD, List.of(), null, List.of(new Quotation(ODD, ODD, null),
                new Quotation("", null, ODD)), null);
    }

    private static Survey oddSurvey() {
        List<SurveyOption> options = List.of(new SurveyOption("a", ODD, new BigDecimal("1E+2"), null, null),
                new SurveyOption("b", "", new BigDecimal("44.30"), FigureStatus.DERIVED, ODD),
                new SurveyOption("c", null, new BigDecimal("0.0000001"), FigureStatus.ILLUSTRATIVE, null),
                new SurveyOption("d", null, null, FigureStatus.REPORTED, null));
        return new Survey(ODD, null, 0, null, ODD, null, LocalDate.of(2019, 2, 3), null, true, null, List.of(
                new Question("q", ODD, true, options, null, null), new Question("r", null, false, List.of(), ODD, 0)));
    }

    private static LetterContext with(LetterContext c, Recipient recipient) {
        return new LetterContext(c.organisation(), c.campaign(), recipient, c.signatory(), c.letter(), c.findings(),
                c.surveys());
    }

    private static LetterContext with(LetterContext c, Campaign campaign) {
        return new LetterContext(c.organisation(), campaign, c.recipient(), c.signatory(), c.letter(), c.findings(),
                c.surveys());
    }
}
