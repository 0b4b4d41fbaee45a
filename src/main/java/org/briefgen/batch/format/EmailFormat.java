package org.briefgen.batch.format;

import java.util.ArrayList;
import java.util.List;

import org.briefgen.batch.FormatContext;
import org.briefgen.batch.FormatInput;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.EmailAddress;
import org.briefgen.campaign.Problem;
import org.briefgen.document.Document;
import org.briefgen.merge.LetterContext;
import org.briefgen.render.email.EmailRenderer;

/**
 * {@code .eml}: the letter as an e-mail from the organisation to the recipient's addresses, with
 * the letter's PDF (the same bytes as its {@code .pdf}) and the research briefing attached.
 */
public final class EmailFormat extends BuiltInFormat {

    /** The e-mail attaches the briefing. */
    public EmailFormat() {
        super("eml", true);
    }

    @Override
    public Writer writer(FormatContext run) {
        return new EmailWriter(run, new EmailRenderer(run.style()));
    }

    private record EmailWriter(FormatContext run, EmailRenderer email) implements Writer {

        @Override
        public void checkCampaign() {
            if (run.named() && !hasSender()) {
                CampaignData data = run.data();
                throw new DataException(Problem.at(data.folder().resolve("organisation.yaml").toString(), 0, 0,
                        "no 'email': the e-mails (format eml) need the organisation's address as their sender")
                        .withHint("add email: to organisation.yaml, or leave eml out of the formats"));
            }
        }

        @Override
        public Result write(FormatInput letter) {
            if (!hasSender()) {
                return Result.none("organisation.yaml has no email");
            }
            if (letter.context().recipient().emails().isEmpty()) {
                return Result.none("no e-mail address");
            }
            List<EmailRenderer.Attachment> attachments = new ArrayList<>();
            attachments.add(new EmailRenderer.Attachment(letter.baseName() + ".pdf", "application/pdf",
                    letter.pdf().bytes()));
            run.briefingPdf(letter.document().info().language())
                    .ifPresent(b -> attachments.add(new EmailRenderer.Attachment("briefing.pdf",
                            "application/pdf", b)));
            return Result
                    .file(email.render(letter.document(), envelope(letter.context(), letter.document()), attachments));
        }

        private boolean hasSender() {
            return run.data().organisation().email() != null;
        }

        /**
         * The letter's own subject ({@code subject:} in its front matter: a translated letter's is in its
         * language, a follow-up's says it is a reminder), else the campaign's.
         */
        private static EmailRenderer.Envelope envelope(LetterContext context, Document document) {
            var letter = context.letter();
            String subject = document.info().subject().isBlank() ? context.campaign().subject()
                    : document.info().subject();
            // a follow-up replies to the letters it chases: mail programs show them as one thread
            List<EmailRenderer.Envelope.Earlier> earlier = new ArrayList<>();
            if (context.followUp() != null) {
                earlier.add(earlier(context, context.followUp().original().reference()));
                context.followUp().earlier().forEach(e -> earlier.add(earlier(context, e.reference())));
            }
            return new EmailRenderer.Envelope(context.organisation().name(), context.organisation().email(),
                    context.recipient().emails().stream().map(a -> EmailAddress.parse(a).getAddress()).toList(),
                    subject, letter.date().date(), letter.reference(),
                    letter.language(), idSeed(context, letter.reference()), earlier, context.recipient().company());
        }

        private static EmailRenderer.Envelope.Earlier earlier(LetterContext context, String reference) {
            return new EmailRenderer.Envelope.Earlier(reference, idSeed(context, reference));
        }

        /** What a letter's Message-ID and MIME boundaries are derived from: unique to the letter, the same every run. */
        private static String idSeed(LetterContext context, String reference) {
            return context.campaign().id() + "/" + reference + "/" + context.recipient().id();
        }
    }
}
