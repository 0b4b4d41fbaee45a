package org.briefgen.archive.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Question;
import org.briefgen.campaign.Quotation;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;
import org.briefgen.campaign.Survey;
import org.briefgen.campaign.SurveyOption;
import org.briefgen.merge.Letter;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.LetterDate;
import org.briefgen.merge.SurveyIndex;

/**
 * Version 1 of the letter digest: the fields a letter's data had when digests got versions, each
 * named here, as JSON objects with sorted keys and nulls written. Frozen: letters issued with it
 * keep their hashes only while it writes what it wrote then. A field added to the context later
 * is not read here; digesting it too needs a version 2.
 */
final class LetterDigestV1 {

    private LetterDigestV1() {
    }

    /**
     * The canonical JSON of {@code c}: an object of its seven fields, in their order. The campaign, the
     * organisation and the surveys are the same objects in every letter of a run, and most of the
     * text: each is written once and kept while the next letter has the same one.
     */
    static String json(LetterContext c) {
        StringBuilder out = new StringBuilder(8192);
        out.append("{\"campaign\":").append(CAMPAIGN.json(c.campaign(), LetterDigestV1::campaign));
        field(out, "findings", list(c.findings(), LetterDigestV1::finding));
        field(out, "letter", nested(c.letter(), LetterDigestV1::letter));
        out.append(",\"organisation\":").append(ORGANISATION.json(c.organisation(), LetterDigestV1::organisation));
        field(out, "recipient", nested(c.recipient(), LetterDigestV1::recipient));
        field(out, "signatory", nested(c.signatory(), LetterDigestV1::signatory));
        // the surveys themselves, not the index built over them
        out.append(",\"surveys\":").append(SURVEYS.json(c.surveys(), s -> list(s.all(), LetterDigestV1::survey)));
        return out.append('}').toString();
    }

    private static final Kept<Campaign> CAMPAIGN = new Kept<>();
    private static final Kept<Organisation> ORGANISATION = new Kept<>();
    private static final Kept<SurveyIndex> SURVEYS = new Kept<>();

    private static void field(StringBuilder out, String name, Object value) {
        out.append(",\"").append(name).append("\":");
        CanonicalJson.text(out, value);
    }

    /** The JSON of the last object of a kind written, kept while the next is the same object (not merely equal). */
    private static final class Kept<T> {
        private volatile Written<T> last;

        private record Written<T>(T source, String json) {
        }

        String json(T source, Function<T, Object> projection) {
            Written<T> kept = last;
            if (kept != null && kept.source() == source) {
                return kept.json();
            }
            String json = CanonicalJson.text(source == null ? null : projection.apply(source));
            last = new Written<>(source, json);
            return json;
        }
    }

    private static Map<String, Object> campaign(Campaign c) {
        return fields("briefingTemplate", c.briefingTemplate(), "briefingUrl", c.briefingUrl(),
                "deadlineCounting", name(c.deadlineCounting()), "defaultSalutation", c.defaultSalutation(),
                "formats", c.formats(), "holidays", list(c.holidays(), LocalDate::toString),
                "id", c.id(), "letterDate", date(c.letterDate()), "letterTemplate", c.letterTemplate(),
                "locale", c.language(), "platform", c.platform(), "referencePattern", c.referencePattern(),
                "responseDays", c.responseDays(), "signatory", nested(c.signatory(), LetterDigestV1::signatory),
                "styleFile", c.styleFile(), "subject", c.subject(), "title", c.title());
    }

    /** Where the row was read ({@code source}, {@code line}) is left out: the same data hashes alike anywhere. */
    private static Map<String, Object> recipient(Recipient r) {
        return fields("address", r.address(), "company", r.company(), "contactName", r.contactName(),
                "emails", r.emails(), "extra", r.extra() == null ? null : new TreeMap<>(r.extra()),
                "handle", r.handle(), "id", r.id(), "locale", r.language(), "products", r.products(),
                "salutation", r.salutation(), "shortName", r.shortName());
    }

    private static Map<String, Object> organisation(Organisation o) {
        return fields("address", o.address(), "email", o.email(), "name", o.name(), "phone", o.phone(),
                "signatory", nested(o.signatory(), LetterDigestV1::signatory), "website", o.website());
    }

    private static Map<String, Object> signatory(Signatory s) {
        return fields("name", s.name(), "organisation", s.organisation(), "role", s.role());
    }

    private static Map<String, Object> letter(Letter l) {
        return fields("date", nested(l.date(), LetterDigestV1::letterDate),
                "deadline", nested(l.deadline(), LetterDigestV1::letterDate), "language", l.language(),
                "reference", l.reference(), "salutation", l.salutation(), "sequence", l.sequence());
    }

    private static Map<String, Object> letterDate(LetterDate d) {
        return fields("date", date(d.date()), "text", d.text());
    }

    private static Map<String, Object> finding(Finding f) {
        return fields("id", f.id(), "product", f.product(), "quotations", list(f.quotations(),
                LetterDigestV1::quotation), "recipients", f.recipients(), "source", f.source(),
                "statement", f.statement(), "tool", f.tool(), "vendor", f.vendor());
    }

    private static Map<String, Object> quotation(Quotation q) {
        return fields("attribution", q.attribution(), "source", q.source(), "text", q.text());
    }

    private static Map<String, Object> survey(Survey s) {
        return fields("fieldworkEnd", date(s.fieldworkEnd()), "fieldworkStart", date(s.fieldworkStart()),
                "id", s.id(), "mode", s.mode(), "pollster", s.pollster(), "population", s.population(),
                "questions", list(s.questions(), LetterDigestV1::question), "sampleSize", s.sampleSize(),
                "sampleUnit", s.sampleUnit(), "sourceUrl", s.sourceUrl(), "weighted", s.weighted());
    }

    private static Map<String, Object> question(Question q) {
        return fields("base", q.base(), "id", q.id(), "multiple", q.multiple(), "note", q.note(),
                "options", list(q.options(), LetterDigestV1::option), "text", q.text());
    }

    private static Map<String, Object> option(SurveyOption o) {
        return fields("id", o.id(), "label", o.label(), "note", o.note(), "percent", o.percent(),
                "status", name(o.status()));
    }

    /** An object of the fields named, in alternate arguments: name, value, name, value… */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static <T> Object nested(T value, Function<T, Map<String, Object>> projection) {
        return value == null ? null : projection.apply(value);
    }

    private static <T> List<Object> list(List<T> values, Function<T, Object> projection) {
        return values == null ? null : values.stream().map(v -> v == null ? null : projection.apply(v)).toList();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
