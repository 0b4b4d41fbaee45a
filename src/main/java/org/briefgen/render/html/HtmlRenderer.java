package org.briefgen.render.html;

import java.util.List;
import java.util.Locale;

import org.briefgen.document.Block;
import org.briefgen.document.DataLine;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;
import org.briefgen.document.Section;
import org.briefgen.document.TextDirection;
import org.briefgen.i18n.Messages;
import org.briefgen.render.HouseStyle;

/**
 * Writes a {@link Document} as one HTML page for an e-mail body or a preview: everything escaped,
 * every style inline (mail clients drop style sheets), layout by tables where mail clients need
 * them. It says what the PDF says, in the same order: letterhead, date, recipient, salutation,
 * subject, body, notes and closing where the house style puts them, and the reference.
 *
 * <p>Immutable; build one per run and share it.
 */
public final class HtmlRenderer {

    private final Css css;
    private final String recipientStyle;
    private final String salutationStyle;
    private final String subjectStyle;

    public HtmlRenderer(HouseStyle style) {
        this.css = new Css(style);
        this.recipientStyle = "margin:0 0 " + Css.pt(css.body() * 1.6) + " 0;line-height:1.3;";
        this.salutationStyle = "margin:0 0 " + Css.pt(css.body() * 0.9) + " 0;";
        this.subjectStyle = salutationStyle + "font-weight:bold;";
    }

    /** A complete HTML document (UTF-8). */
    public String render(Document document) {
        DocumentInfo info = document.info();
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(HtmlText.escape(info.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlText.escape(info.title())).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n")
                .append("<div style=\"max-width:42em;margin:0 auto;padding:16pt;").append(css.bodyText())
                .append("\">\n");
        HtmlBlocks blocks = new HtmlBlocks(css, out, css.paragraph(), document.messages());
        LetterFrame frame = document.frame();
        for (Section section : Section.of(document, css.style.notesPlacement())) {
            switch (section) {
                case LETTERHEAD -> letterhead(out, frame.letterhead(), info.direction());
                case DATE -> date(out, frame.date());
                case RECIPIENT -> lines(out, frame.recipient(), recipientStyle, info.direction());
                case SALUTATION -> line(blocks, salutationStyle, frame.salutation());
                case SUBJECT -> line(blocks, subjectStyle, frame.subject());
                case TITLE_PAGE -> {
                    // a title page is for print: a message or preview starts with the body
                }
                case BODY -> blocks.writeAll(document.blocks());
                case NOTES -> notes(out, document.notes(), document.messages());
                case CLOSING -> closing(out, frame, blocks);
            }
        }
        if (!info.reference().isEmpty()) {
            out.append("<p style=\"margin:").append(Css.pt(css.body() * 2)).append(" 0 0 0;font-size:")
                    .append(Css.pt(css.small() * 0.95)).append(";color:").append(css.muted).append(";\">")
                    .append(HtmlText.escape(document.messages().text("page.reference", "reference", info.reference())))
                    .append("</p>\n");
        }
        out.append("</div>\n</body>\n</html>\n");
        return info.direction().isRightToLeft() ? HtmlDirection.rightToLeft(out.toString()) : out.toString();
    }

    private void date(StringBuilder out, String date) {
        if (!date.isEmpty()) {
            out.append("<p style=\"margin:0 0 ").append(Css.pt(css.body() * 1.3)).append(" 0;\">")
                    .append(HtmlText.escape(date)).append("</p>\n");
        }
    }

    private static void line(HtmlBlocks blocks, String style, Line line) {
        if (!line.inlines().isEmpty()) {
            blocks.paragraph(style, line.inlines());
        }
    }

    /** Organisation name on the left, contact lines on the right, a rule beneath, as in the PDF. */
    private void letterhead(StringBuilder out, List<Line> lines, TextDirection direction) {
        if (lines.isEmpty()) {
            return;
        }
        String name = lines.get(0).plainText();
        double size = css.style.sizes().letterhead();
        out.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;")
                .append("border-collapse:collapse;margin:0 0 ").append(Css.pt(css.body() * 2.2)).append(" 0;\">\n")
                .append("<tr><td style=\"vertical-align:top;padding:0 0 4mm 0;border-bottom:1.5px solid ")
                .append(css.accent).append(";font-family:").append(css.headingFont).append(";font-size:")
                .append(Css.pt(size)).append(";font-weight:bold;line-height:1;letter-spacing:")
                .append(Css.pt(size * 0.04)).append(";color:").append(css.accent).append(";\">")
                .append(HtmlText.escape(css.style.letterheadUppercase() ? name.toUpperCase(Locale.ROOT) : name))
                .append("</td>\n<td style=\"vertical-align:top;text-align:right;padding:0 0 4mm 0;border-bottom:1.5px")
                .append(" solid ").append(css.accent).append(";font-family:").append(css.bodyFont).append(";font-size:")
                .append(Css.pt(css.small()))
                .append(";line-height:1.3;color:").append(css.muted).append(";\">");
        for (int i = 1; i < lines.size(); i++) {
            if (i > 1) {
                out.append("<br>");
            }
            dataLine(out, lines.get(i), direction);
        }
        out.append("</td></tr>\n</table>\n");
    }

    private void lines(StringBuilder out, List<Line> lines, String style, TextDirection direction) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("<p style=\"").append(style).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("<br>");
            }
            dataLine(out, lines.get(i), direction);
        }
        out.append("</p>\n");
    }

    /**
     * A line from data (an address's, the letterhead's) in its own direction ({@code dir="auto"}: by its
     * first strong character), in a right-to-left letter or when it holds right-to-left letters; its
     * numbers of several parts in their own order. As it was in any other line.
     */
    private void dataLine(StringBuilder out, Line line, TextDirection direction) {
        if (!direction.isRightToLeft() && !DataLine.hasRightToLeft(line.plainText())) {
            new HtmlInlines(css, out).write(line.inlines());
            return;
        }
        out.append("<span dir=\"auto\">");
        new HtmlInlines(css, out).write(DataLine.marked(line.inlines(), direction));
        out.append("</span>");
    }

    private void notes(StringBuilder out, List<Note> notes, Messages words) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("<hr style=\"width:30%;margin:").append(Css.pt(css.body() * 0.8)).append(" 0 ")
                .append(Css.pt(css.small() * 0.8)).append(" 0;border:0;border-top:1px solid ").append(css.rule)
                .append(";text-align:left;\">\n");
        String noteStyle = "margin:0 0 " + Css.pt(css.small() * 0.5) + " 0;font-size:" + Css.pt(css.small())
                + ";line-height:1.3;";
        for (Note note : notes) {
            // the number leads the note's first paragraph, raised as in the text
            List<Block> content = note.blocks();
            boolean leading = !content.isEmpty() && content.get(0) instanceof Block.Paragraph;
            out.append("<p style=\"").append(noteStyle).append("\">").append(HtmlInlines.marker(note.number()))
                    .append('\u2009');
            if (leading) {
                new HtmlInlines(css, out).write(((Block.Paragraph) content.get(0)).inlines());
            }
            out.append("</p>\n");
            new HtmlBlocks(css, out, noteStyle, words).writeAll(content.subList(leading ? 1 : 0, content.size()));
        }
    }

    private void closing(StringBuilder out, LetterFrame frame, HtmlBlocks blocks) {
        if (!frame.closing().inlines().isEmpty()) {
            blocks.paragraph("margin:" + Css.pt(css.body() * 0.6) + " 0 " + Css.pt(css.body() * 2.6) + " 0;",
                    frame.closing().inlines());
        }
        List<Line> signature = frame.signature();
        for (int i = 0; i < signature.size(); i++) {
            blocks.paragraph("margin:0;line-height:1.3;" + (i == 0 ? "font-weight:bold;" : ""),
                    signature.get(i).inlines());
        }
    }
}
