package org.briefgen.campaign.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Quotation;

/**
 * Reads research findings: one Markdown file each, metadata in a front matter block between
 * {@code ---} lines, then the vendor's words as block quotes ({@code > …}, one quotation per
 * quoted paragraph) and, optionally, plain paragraphs that state the finding.
 */
final class FindingFiles {

    private static final Set<String> KEYS = Set.of("id", "product", "tool", "vendor", "recipients", "source",
            "language");

    private FindingFiles() {
    }

    static List<Finding> read(Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(folder.toString(), 0, 0, "folder not found (the campaign's 'findings' names it)");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder.toString(), 0, 0, "cannot list: " + e.getMessage());
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            Finding finding = readOne(file, problems);
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }

    private static Finding readOne(Path path, Problems problems) {
        String text = TextFiles.read(path, StandardCharsets.UTF_8, problems);
        if (text == null) {
            return null;
        }
        String file = path.toString();
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(Problem.at(file, 1, 1, "a finding starts with a front matter block")
                    .withHint("begin the file with '---', the keys product, tool and vendor, then '---'"));
            return null;
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(file, 1, 1, "the front matter block is not closed by a '---' line");
            return null;
        }
        YamlNode node = YamlFiles.parse(String.join("\n", lines.subList(1, end)), file, 1, problems);
        Fields fields = Fields.of(node, problems, KEYS);
        if (fields == null) {
            return null;
        }
        String id = fields.id(path, "\\.md$");
        String product = fields.text("product", "the product the finding is about, e.g. Amazon Alexa");
        String tool = fields.text("tool", "the tool that reaches it, e.g. Oxygen Forensics Cloud Extractor");
        String vendor = fields.text("vendor", "who makes the tool and is quoted, e.g. Oxygen Forensics");
        String source = fields.optText("source").orElse(null);
        List<String> recipients = fields.texts("recipients");

        List<Quotation> quotations = new ArrayList<>();
        List<String> statement = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean quoted = false;
        for (int i = end + 1; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "";
            boolean isQuote = line.startsWith(">");
            String content = isQuote ? line.substring(1).strip() : line;
            boolean breaks = line.isEmpty() || (paragraph.length() > 0 && isQuote != quoted)
                    || (isQuote && content.isEmpty());
            if (breaks && paragraph.length() > 0) {
                if (quoted) {
                    quotations.add(new Quotation(paragraph.toString(), vendor, source));
                } else {
                    statement.add(paragraph.toString());
                }
                paragraph.setLength(0);
            }
            if (!content.isEmpty()) {
                quoted = isQuote;
                paragraph.append(paragraph.length() > 0 ? " " : "").append(content);
            }
        }
        if (product == null || tool == null || vendor == null) {
            return null;
        }
        if (source == null && !quotations.isEmpty()) {
            problems.warn(Problem.at(file, 1, 1, "the finding's quotations have no source: the briefing cites none"
                    + " for them").withHint("add 'source: <address of the quoted page>' to the front matter"));
        }
        String language = fields.optText("language").orElse(null);
        if (language != null && Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            fields.report(fields.problemAt("language", "'" + language + "' is not a language tag")
                    .withHint("such as fr or fr-FR: the language the finding's words are in"));
        }
        return new Finding(id, product, tool, vendor, recipients, statement.isEmpty() ? null
                : String.join("\n\n", statement), quotations, source, language, file);
    }
}
