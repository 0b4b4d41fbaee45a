package org.briefgen.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.Problem;
import org.briefgen.merge.LetterContext;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.docx.DocxRenderer;
import org.briefgen.render.email.EmailRenderer;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.render.post.PostRenderer;
import org.briefgen.template.TemplateEngine;

/**
 * Makes one letter's files in the formats chosen for the run: the writers are built once, for the
 * formats asked for, and shared by every letter. It decides what each writer is given (the
 * e-mail's envelope, the attachments) and which files a recipient does not get, and why.
 */
final class LetterWriter {

    static final String POST_TEMPLATE = "post.txt.ftl";
    static final String REFERENCE_DOCX = "reference.docx";

    /** One file of a letter: its format, name and bytes. */
    record LetterFile(OutputFormat format, String name, byte[] bytes) {
    }

    /** A letter's files, the PDF's page count (0 without one), and the files left out, each with its reason. */
    record Made(List<LetterFile> files, int pages, List<String> skipped) {
    }

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final Set<OutputFormat> formats;
    private final boolean explicit;
    private final Supplier<PdfRenderer> pdf;
    private final Supplier<Optional<byte[]>> briefing;
    private final DocxRenderer docx;
    private final EmailRenderer email;
    private final PostRenderer post;

    /**
     * Writers for {@code formats}; {@code explicit} when someone chose them (the command line or
     * the campaign file), so that a format that cannot be made is an error rather than left out.
     * The run's PDF writer and briefing (attached to every e-mail) are asked for when first needed.
     */
    LetterWriter(CampaignData data, Path templates, TemplateEngine engine, HouseStyle style,
            Set<OutputFormat> formats, boolean explicit, Supplier<PdfRenderer> pdf,
            Supplier<Optional<byte[]>> briefing) {
        this.data = data;
        this.post = new PostRenderer(switch (data.campaign().platformKind()) {
            case TWITTER -> PostRenderer.Rules.TWITTER;
            case MASTODON -> PostRenderer.Rules.MASTODON;
            case BLUESKY -> PostRenderer.Rules.BLUESKY;
        });
        this.templates = templates;
        this.engine = engine;
        this.formats = formats;
        this.explicit = explicit;
        this.pdf = pdf;
        this.briefing = briefing;
        Path reference = templates.resolve(REFERENCE_DOCX);
        this.docx = formats.contains(OutputFormat.DOCX)
                ? new DocxRenderer(style, Files.isRegularFile(reference) ? reference : null) : null;
        this.email = formats.contains(OutputFormat.EML) ? new EmailRenderer(style) : null;
    }

    /** The formats this run writes. */
    Set<OutputFormat> formats() {
        return formats;
    }

    /** What must hold before any letter is made; a format asked for by name that cannot be made is an error. */
    void checkCampaign() {
        if (explicit && formats.contains(OutputFormat.EML) && !hasSender()) {
            throw new DataException(Problem.at(data.folder().resolve("organisation.yaml").toString(), 0, 0,
                    "no 'email': the e-mails (format eml) need the organisation's address as their sender")
                    .withHint("add email: to organisation.yaml, or leave eml out of the formats"));
        }
        if (explicit && formats.contains(OutputFormat.POST)) {
            engine.check(POST_TEMPLATE);
        }
    }

    /** Checks what the letter's own files need that the letter itself does not (the post's length). */
    void checkLetter(PreparedLetter letter) {
        if (makesPost(letter.context())) {
            post(letter.context());
        }
    }

    Made write(PreparedLetter letter) {
        LetterContext context = letter.context();
        String base = letter.baseName();
        List<LetterFile> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int pages = 0;
        PdfRenderer.Output letterPdf = formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.EML)
                ? pdf.get().render(letter.document()) : null;
        if (formats.contains(OutputFormat.PDF)) {
            files.add(new LetterFile(OutputFormat.PDF, base + OutputFormat.PDF.suffix(), letterPdf.bytes()));
            pages = letterPdf.pages();
        }
        if (docx != null) {
            files.add(new LetterFile(OutputFormat.DOCX, base + OutputFormat.DOCX.suffix(),
                    docx.render(letter.document())));
        }
        if (email != null) {
            if (!hasSender()) {
                skipped.add("no " + OutputFormat.EML.suffix() + " (organisation.yaml has no email)");
            } else if (context.recipient().emails().isEmpty()) {
                skipped.add("no " + OutputFormat.EML.suffix() + " (no e-mail address)");
            } else {
                List<EmailRenderer.Attachment> attachments = new ArrayList<>();
                attachments.add(new EmailRenderer.Attachment(base + OutputFormat.PDF.suffix(), "application/pdf",
                        letterPdf.bytes()));
                briefing.get().ifPresent(b -> attachments.add(new EmailRenderer.Attachment("briefing.pdf",
                        "application/pdf", b)));
                files.add(new LetterFile(OutputFormat.EML, base + OutputFormat.EML.suffix(),
                        email.render(letter.document(), envelope(context), attachments)));
            }
        }
        if (formats.contains(OutputFormat.POST)) {
            if (context.recipient().handle() == null) {
                skipped.add("no " + OutputFormat.POST.suffix() + " (no handle)");
            } else if (!hasPostTemplate()) {
                skipped.add("no " + OutputFormat.POST.suffix() + " (no " + templates.resolve(POST_TEMPLATE) + ")");
            } else {
                files.add(new LetterFile(OutputFormat.POST, base + OutputFormat.POST.suffix(),
                        post(context).bytes()));
            }
        }
        return new Made(files, pages, skipped);
    }

    private boolean makesPost(LetterContext context) {
        return formats.contains(OutputFormat.POST) && context.recipient().handle() != null && hasPostTemplate();
    }

    private boolean hasPostTemplate() {
        return explicit || Files.isRegularFile(templates.resolve(POST_TEMPLATE));
    }

    private boolean hasSender() {
        return data.organisation().email() != null;
    }

    /** The post of this letter; one the platform would refuse is a template problem naming the recipient. */
    private PostRenderer.Post post(LetterContext context) {
        PostRenderer.Post made = post.render(engine.render(POST_TEMPLATE, context));
        if (!made.fits()) {
            throw engine.problem(POST_TEMPLATE, "the post is " + made.length() + " characters as "
                    + context.campaign().platform() + " counts them (" + post.rules().describe() + ")", context);
        }
        return made;
    }

    private static EmailRenderer.Envelope envelope(LetterContext context) {
        var letter = context.letter();
        return new EmailRenderer.Envelope(context.organisation().name(), context.organisation().email(),
                context.recipient().emails(), context.campaign().subject(), letter.date().date(), letter.reference(),
                letter.language(), context.campaign().id() + "/" + letter.reference() + "/" + context.recipient().id());
    }
}
