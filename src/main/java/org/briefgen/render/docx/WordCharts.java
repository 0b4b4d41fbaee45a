package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.hex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.briefgen.document.Block;
import org.briefgen.document.TextDirection;
import org.briefgen.i18n.Messages;
import org.briefgen.render.HouseStyle;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LayoutMode;
import org.apache.poi.xddf.usermodel.chart.LayoutTarget;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFManualLayout;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Charts as native Word bar charts (DrawingML through POI's XDDF), drawn as the PDF draws them:
 * one horizontal bar per value in the accent colour, first value on top, each labelled with its
 * value as printed ("44.3%"), no axis or grid. The data travel with the chart (its embedded
 * workbook), so Word's "Edit Data" works, and its alternative text is the chart's text equivalent.
 */
final class WordCharts {

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private final XWPFDocument document;
    private final HouseStyle style;
    private final String font;
    private final long widthEmu;
    private final Optional<Date> created;
    private final String language;
    /** The document's own words: the chart's text equivalent in its language. */
    private final Messages words;

    WordCharts(XWPFDocument document, HouseStyle style, String font, int textWidthTwips, Optional<Date> created,
            String language, Messages words) {
        this.words = words;
        this.document = document;
        this.style = style;
        this.font = font;
        this.widthEmu = textWidthTwips * 635L;
        this.created = created;
        this.language = language.replaceAll("[^A-Za-z0-9-]", "");
    }

    /** The chart's data as one sentence in the document's language, where a chart cannot go. */
    String altText(Block.Chart chart) {
        return chart.altText(words);
    }

    void write(XWPFParagraph paragraph, Block.Chart chart) {
        double body = style.sizes().body();
        paragraph.getCTPPr(); // POI's setKeepNext needs the properties to exist
        paragraph.setKeepNext(!chart.notes().isEmpty());
        if (chart.notes().isEmpty()) {
            paragraph.setSpacingAfter(Measure.twips(body * 0.9));
        }
        XWPFRun run = paragraph.createRun();
        int bars = chart.bars().size();
        long height = Measure.emu(Math.max(1, bars) * body * 2.1 + body * 0.8);
        try {
            XWPFChart word = document.createChart(run, (int) widthEmu, (int) height);
            draw(word, chart);
            // the embedded workbook is a package of its own, dated like the document, never by the clock
            var properties = word.getWorkbook().getProperties().getCoreProperties();
            properties.setCreated(created);
            properties.setModified(created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the chart '" + chart.title() + "'", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot make the chart '" + chart.title() + "'", e);
        }
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(WordText.clean(chart.altText(words)));
        inline.getDocPr().setTitle(WordText.clean(chart.title()));
    }

    private void draw(XWPFChart word, Block.Chart chart) {
        List<Block.Chart.Bar> bars = chart.bars();
        String[] labels = bars.stream().map(b -> WordText.clean(b.label())).toArray(String[]::new);
        Double[] values = bars.stream().map(b -> b.value().doubleValue()).toArray(Double[]::new);
        int last = Math.max(1, bars.size());

        word.setAutoTitleDeleted(true);
        word.getCTChartSpace().addNewRoundedCorners().setVal(false);
        // neither the chart nor its plot area has a frame or a background, as in the PDF
        XDDFShapeProperties plot = word.getOrAddShapeProperties();
        plot.setFillProperties(new XDDFNoFillProperties());
        plot.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        try {
            word.getCTChartSpace().setSpPr(CTShapeProperties.Factory.parse(fragment(
                    "<a:noFill/><a:ln><a:noFill/></a:ln>")));
        } catch (XmlException e) {
            throw new IllegalStateException("the chart's frame does not parse", e);
        }

        // labels in the left third, bars after them, room for the values at their ends: every chart
        // of a letter lines up, as the PDF's do
        XDDFManualLayout layout = word.getOrAddManualLayout();
        layout.setTarget(LayoutTarget.INNER);
        layout.setXMode(LayoutMode.EDGE);
        layout.setYMode(LayoutMode.EDGE);
        // a right-to-left chart has its labels on the right and its bars growing leftwards
        boolean rtl = TextDirection.of(language).isRightToLeft();
        layout.setX(rtl ? 0.10 : 0.34);
        layout.setY(0.03);
        layout.setWidthRatio(0.56);
        layout.setHeightRatio(0.94);

        XDDFCategoryAxis categories = word.createCategoryAxis(rtl ? AxisPosition.RIGHT : AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN);
        categories.setMajorTickMark(AxisTickMark.NONE);
        categories.setMinorTickMark(AxisTickMark.NONE);
        categories.getOrAddShapeProperties()
                .setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        XDDFValueAxis valueAxis = word.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setMinimum(0);
        if (chart.unit().equals("%")) {
            valueAxis.setMaximum(100);
        }
        valueAxis.setVisible(false);
        if (rtl) {
            valueAxis.setOrientation(AxisOrientation.MAX_MIN);
        }
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);

        XDDFCategoryDataSource x = XDDFDataSourcesFactory.fromArray(labels,
                word.formatRange(new CellRangeAddress(1, last, 0, 0)), 0);
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromArray(values,
                word.formatRange(new CellRangeAddress(1, last, 1, 1)), 1);
        XDDFBarChartData data = (XDDFBarChartData) word.createData(ChartTypes.BAR, categories, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(x, y);
        String title = WordText.clean(chart.title().isEmpty() ? "Values" : chart.title());
        series.setTitle(title, word.setSheetTitle(title, 1));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(style.colours().accent()))));
        word.plot(data);

        double body = style.sizes().body();
        word.getCTChartSpace().setTxPr(text(body * 0.95, false, true));
        series.getCTBarSer().setDLbls(labels(chart, body * 0.95));
    }

    /** XML text as the content of an XmlBeans value (its attributes and children, not an element around them). */
    private static String fragment(String content) {
        return "<xml-fragment xmlns:c=\"" + C + "\" xmlns:a=\"" + A + "\">" + content + "</xml-fragment>";
    }

    private static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
    }

    private CTTextBody text(double size, boolean bold, boolean wrap) {
        try {
            return CTTextBody.Factory.parse(fragment(textBody(size, bold, wrap)));
        } catch (XmlException e) {
            throw new IllegalStateException("the chart's text properties do not parse", e);
        }
    }

    private String textBody(double size, boolean bold, boolean wrap) {
        return "<a:bodyPr" + (wrap ? "" : " wrap=\"none\"") + "/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\""
                + Math.round(size * 100) + "\" b=\""
                + (bold ? 1 : 0) + "\"><a:solidFill><a:srgbClr val=\"" + hex(style.colours().text())
                + "\"/></a:solidFill><a:latin typeface=\"" + font + "\"/><a:cs typeface=\"" + font
                + "\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"" + language + "\"/></a:p>";
    }

    /** Each bar's value at its end, formatted as the document prints it. */
    private CTDLbls labels(Block.Chart chart, double size) {
        int decimals = chart.bars().stream().map(Block.Chart.Bar::value).mapToInt(BigDecimal::scale).max().orElse(0);
        // in the letter's language: its percent placement and digits ("44,3 %", "٤٤٫٣٪")
        String format = WordNumberFormat.of(decimals, chart.unit(), words);
        String xml = "<c:numFmt formatCode=\""
                + format.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr>"
                + textBody(size, true, false) + "</c:txPr><c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/>"
                + "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/>"
                + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";
        try {
            return CTDLbls.Factory.parse(fragment(xml));
        } catch (XmlException e) {
            throw new IllegalStateException("the chart's labels do not parse", e);
        }
    }
}
