package org.briefgen.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;

/** A PDF's document ID is this digest: equal documents share it, and any difference changes it. */
class DocumentDigestTest {

    private static final DocumentInfo INFO = new DocumentInfo("Letter", "PI", "Cloud", "en-GB", "PI/1",
            List.of("a", "bc"), LocalDate.of(2020, 1, 7));

    private static Document doc(DocumentInfo info, Inline... inlines) {
        return new Document(info, null, List.of(new Block.Paragraph(List.of(inlines))), List.of());
    }

    private static String hex(Document d) {
        return java.util.HexFormat.of().formatHex(DocumentDigest.sha256(d));
    }

    @Test
    void equalDocumentsHaveEqualDigests() {
        MarkdownReader reader = new MarkdownReader();
        String md = "---\ntitle: A letter\nrecipient:\n  - ACME\n---\nDear *ACME*,[^1]\n\n- one\n- two\n\n[^1]: A note.\n";
        assertThat(hex(reader.read(md, "a"))).isEqualTo(hex(reader.read(md, "b")));
    }

    @Test
    void emphasisTextBoundariesAndMetadataEachChangeTheDigest() {
        String plain = hex(doc(INFO, new Inline.Text("ab")));
        assertThat(hex(doc(INFO, new Inline.Strong(List.of(new Inline.Text("ab")))))).isNotEqualTo(plain);
        assertThat(hex(doc(INFO, new Inline.Text("a"), new Inline.Code("b")))).isNotEqualTo(plain);
        DocumentInfo regrouped = new DocumentInfo("Letter", "PI", "Cloud", "en-GB", "PI/1", List.of("ab", "c"),
                LocalDate.of(2020, 1, 7));
        assertThat(hex(doc(regrouped, new Inline.Text("ab")))).isNotEqualTo(plain);
        DocumentInfo otherReference = new DocumentInfo("Letter", "PI", "Cloud", "en-GB", "PI/2", List.of("a", "bc"),
                LocalDate.of(2020, 1, 7));
        assertThat(hex(doc(otherReference, new Inline.Text("ab")))).isNotEqualTo(plain);
        assertThat(hex(doc(INFO, new Inline.Text("ab")))).isEqualTo(plain);
    }
}
