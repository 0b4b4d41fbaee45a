package org.briefgen.batch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.briefgen.campaign.CampaignData;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.template.TemplateEngine;

/** What a run shares with every format's writer: the campaign, the templates, the house style, the PDFs. */
public final class FormatContext {

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final HouseStyle style;
    private final boolean named;
    private final Supplier<PdfRenderer> pdf;
    private final Function<String, Optional<byte[]>> briefing;
    private final UnaryOperator<PdfRenderer.Output> signing;

    FormatContext(CampaignData data, Path templates, TemplateEngine engine, HouseStyle style, boolean named,
            Supplier<PdfRenderer> pdf, Function<String, Optional<byte[]>> briefing,
            UnaryOperator<PdfRenderer.Output> signing) {
        this.data = data;
        this.templates = templates;
        this.engine = engine;
        this.style = style;
        this.named = named;
        this.pdf = pdf;
        this.briefing = briefing;
        this.signing = signing;
    }

    /** The campaign: its organisation, settings and recipients. */
    public CampaignData data() {
        return data;
    }

    /** The templates folder. */
    public Path templates() {
        return templates;
    }

    /** The run's templates, for a format made from a template of its own. */
    public TemplateEngine engine() {
        return engine;
    }

    /** The house style ({@code style.yaml}): page, fonts, sizes, colours, logo. */
    public HouseStyle style() {
        return style;
    }

    /**
     * Whether someone named the formats (the command line or the campaign file): then a file that
     * cannot be made is an error; left to the default, it is left out and the letter says why.
     */
    public boolean named() {
        return named;
    }

    /** The run's PDF writer, built on first use; a letter's own PDF is {@link FormatInput#pdf()}. */
    public PdfRenderer pdf() {
        return pdf.get();
    }

    /** {@code pdf} as the run issues it: signed by the organisation when its {@code signing:} block says so. */
    public PdfRenderer.Output issued(PdfRenderer.Output pdf) {
        return signing.apply(pdf);
    }

    /** The research briefing as a PDF in the campaign's language, made once per run; empty when the campaign has none. */
    public Optional<byte[]> briefingPdf() {
        return briefing.apply(data.campaign().language());
    }

    /** The research briefing to go with a letter in {@code language}: its translation, else the campaign's. */
    public Optional<byte[]> briefingPdf(String language) {
        return briefing.apply(language);
    }
}
