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

/**
 * What a run shares with every format's writer: the campaign, the templates, the house style, the PDFs.
 *
 * @param data the campaign: its organisation, settings and recipients
 * @param templates the templates folder
 * @param engine the run's templates, for a format made from a template of its own
 * @param style the house style ({@code style.yaml}): page, fonts, sizes, colours, logo
 * @param named whether someone named the formats (the command line or the campaign file): then a file that
 *        cannot be made is an error; left to the default, it is left out and the letter says why
 * @param pdfWriter the run's PDF writer, built on first use (see {@link #pdf()})
 * @param briefing the research briefing as a PDF in a language (see {@link #briefingPdf(String)})
 * @param signing what the run does to a PDF it issues (see {@link #issued})
 */
public record FormatContext(CampaignData data, Path templates, TemplateEngine engine, HouseStyle style,
        boolean named, Supplier<PdfRenderer> pdfWriter, Function<String, Optional<byte[]>> briefing,
        UnaryOperator<PdfRenderer.Output> signing) {

    /** The run's PDF writer, built on first use; a letter's own PDF is {@link FormatInput#pdf()}. */
    public PdfRenderer pdf() {
        return pdfWriter.get();
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
