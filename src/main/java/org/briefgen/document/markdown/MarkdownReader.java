package org.briefgen.document.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.i18n.Messages;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark (with footnotes, GFM tables and a YAML front matter block) into a
 * {@link Document}. The front matter carries the metadata and the letter frame; a fenced block
 * with the info string {@code chart} carries a chart's data.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class MarkdownReader {

    private final Parser parser;
    private final FrontMatterReader frontMatter;

    public MarkdownReader() {
        List<Extension> extensions = List.of(TablesExtension.create(), FootnotesExtension.create(),
                YamlFrontMatterExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.frontMatter = new FrontMatterReader(parser);
    }

    /** Reads {@code markdown}; {@code source} names it in error messages. */
    public Document read(String markdown, String source) {
        Node root = parser.parse(markdown);
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        root.accept(visitor);
        Map<String, List<String>> meta = new LinkedHashMap<>(visitor.getData());
        frontMatter.check(meta, source);
        NodeConverter converter = new NodeConverter(source);
        converter.numberNotes(root);
        List<Block> blocks = converter.blocks(root);
        return new Document(frontMatter.info(meta, source), frontMatter.frame(meta), frontMatter.cover(meta), blocks,
                converter.notes());
    }

    /**
     * Reads {@code markdown} as a document in the language of {@code words}, with {@code words} as its
     * own words: the language is the one decided when the letter was merged, handed over here, not read
     * back from the front matter (whose {@code lang}, if a template still prints one, is not used).
     */
    public Document read(String markdown, String source, Messages words) {
        Document read = read(markdown, source);
        return new Document(read.info().inLanguage(words.language()), read.frame(), read.cover(), read.blocks(),
                read.notes(), words);
    }

    /** The Markdown for {@code chart}, for template directives that place a chart. */
    public static String chartMarkdown(Block.Chart chart) {
        return ChartSpec.write(chart);
    }

    /** The front matter reader this reader uses, for tests that compare its fast path with the parser. */
    FrontMatterReader frontMatter() {
        return frontMatter;
    }
}
