package org.briefgen.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a campaign holds its recipients: packed ({@link PackedList}), each read back equal to the one
 * loaded. Apart from the record, so that a later version of the record (one more component, as
 * {@code AddedContextFieldTest} makes one) needs no change of its own here.
 */
public final class RecipientPacking {

    private RecipientPacking() {
    }

    /**
     * The codec of {@link CampaignData#recipients()}. The file a row came from, the language and the extra columns' names
     * repeat from row to row, and are written once.
     */
    static final PackedList.Codec<Recipient> CODEC = new PackedList.Codec<>() {
        @Override
        public void write(Recipient r, PackedFields.Out out) {
            out.text(r.id()).text(r.company()).text(r.shortName()).texts(r.products()).text(r.contactName())
                    .text(r.salutation())
                    .texts(r.emails()).text(r.handle()).texts(r.address()).word(r.language()).number(r.extra().size());
            r.extra().forEach((name, value) -> out.word(name).text(value));
            out.word(r.source()).integer(r.line()).texts(r.replyDomains());
        }

        @Override
        public Recipient read(PackedFields.In in) {
            String id = in.text();
            String company = in.text();
            String shortName = in.text();
            List<String> products = in.texts();
            String contactName = in.text();
            String salutation = in.text();
            List<String> emails = in.texts();
            String handle = in.text();
            List<String> address = in.texts();
            String language = in.word();
            long extras = in.number();
            Map<String, String> extra = new LinkedHashMap<>();
            for (int i = 0; i < extras; i++) {
                String name = in.word();
                extra.put(name, in.text());
            }
            String source = in.word();
            int line = in.integer();
            return new Recipient(id, company, shortName, products, contactName, salutation, emails, handle, address,
                    language, extra, source, line, in.texts());
        }
    };

    /** {@code recipients} packed, as a campaign holds them (the same list when it is packed already). */
    public static PackedList<Recipient> pack(List<Recipient> recipients) {
        return PackedList.of(recipients, CODEC);
    }
}
