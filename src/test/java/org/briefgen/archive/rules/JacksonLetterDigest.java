package org.briefgen.archive.rules;

import java.io.IOException;
import java.time.LocalDate;

import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Survey;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.SurveyIndex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * The letter digest as it was before it had versions, kept verbatim for the tests: Jackson writing
 * the whole {@link LetterContext}, every record component it finds. Version 1 of
 * {@link LetterDigest} must give the same bytes for the contexts of its time, and, unlike this,
 * ignore what is added to a context later.
 */
final class JacksonLetterDigest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(new SimpleModule("briefgen-digest")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(SurveyIndex.class, new SurveysSerializer()))
            .addMixIn(Recipient.class, WithoutSource.class)
            .addMixIn(Campaign.class, CampaignBeforeFollowUps.class)
            .addMixIn(LetterContext.class, ContextBeforeFollowUps.class)
            .addMixIn(Finding.class, FindingOfItsTime.class)
            .addMixIn(Survey.class, SurveyOfItsTime.class)
            .build();

    private JacksonLetterDigest() {
    }

    /** The canonical JSON of {@code context}. */
    static String json(LetterContext context) {
        try {
            return JSON.writeValueAsString(context);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the letter's data: " + e.getOriginalMessage(), e);
        }
    }

    static String sha256(LetterContext context) {
        return Sha256.of(json(context));
    }

    /** The recipient as it was when digests got versions: where it was read is no data, and reply_domains came later. */
    @JsonIgnoreProperties({"source", "line", "replyDomains"})
    private abstract static class WithoutSource {
        /** Called {@code locale} then. */
        @JsonProperty("locale")
        abstract String language();
    }

    /** The campaign as it was when digests got versions: its follow-up settings came later. */
    @JsonIgnoreProperties({"followUpDays", "followUpTemplate", "approval"})
    private abstract static class CampaignBeforeFollowUps {
        /** Called {@code locale} then. */
        @JsonProperty("locale")
        abstract String language();
    }

    /** The context as it was when digests got versions: follow-ups came later. */
    @JsonIgnoreProperties({"followUp"})
    private abstract static class ContextBeforeFollowUps {
    }

    /** A finding as it was then: it had no language nor file (added with translations). */
    @JsonIgnoreProperties({"language", "file"})
    private abstract static class FindingOfItsTime {
    }

    /** A survey as it was then: it had no translations. */
    @JsonIgnoreProperties({"translations"})
    private abstract static class SurveyOfItsTime {
    }

    /** The surveys themselves, not the index built over them. */
    private static final class SurveysSerializer extends StdSerializer<SurveyIndex> {
        SurveysSerializer() {
            super(SurveyIndex.class);
        }

        @Override
        public void serialize(SurveyIndex value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(value.all(), gen);
        }
    }
}
