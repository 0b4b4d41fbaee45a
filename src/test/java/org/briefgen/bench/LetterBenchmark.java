package org.briefgen.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.briefgen.batch.Campaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.template.TemplateEngine;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-letter cost of each stage for the bundled Amazon UK letter: merge, template, Markdown
 * reading, and the PDF written archival (PDF/A-2a + PDF/UA-1, tagged) or plain. Run with
 * {@code bench/jmh.sh}; compare ratios within one run, the machines are shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class LetterBenchmark {

    private Merger merger;
    private Recipient amazon;
    private LetterContext context;
    private TemplateEngine engine;
    private String markdown;
    private MarkdownReader reader;
    private Document document;
    private PdfRenderer archival;
    private PdfRenderer plain;

    @Setup
    public void setUp() {
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(Path.of("data"));
        merger = new Merger(data);
        amazon = data.recipients().get(0);
        context = merger.merge(amazon, 1);
        engine = new TemplateEngine(Path.of("templates"));
        markdown = engine.render("letter.md.ftl", context);
        reader = new MarkdownReader();
        document = Campaigns.installed().run(data, Path.of("templates")).prepare(amazon, 1).document();
        HouseStyle style = HouseStyle.load(Path.of("templates/style.yaml"));
        archival = new PdfRenderer(style, true);
        plain = new PdfRenderer(style, false);
    }

    @Benchmark
    public LetterContext merge() {
        return merger.merge(amazon, 1);
    }

    @Benchmark
    public String template() {
        return engine.render("letter.md.ftl", context);
    }

    @Benchmark
    public Document read() {
        return reader.read(markdown, "bench");
    }

    @Benchmark
    public byte[] pdfArchival() {
        return archival.render(document).bytes();
    }

    @Benchmark
    public byte[] pdfPlain() {
        return plain.render(document).bytes();
    }
}
