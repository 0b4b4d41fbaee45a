package org.briefgen.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The SHA-256 of a document's whole content: its metadata, frame, title page, blocks and notes,
 * each node tagged with its kind and each text with its length, so that two documents hash alike
 * only if they are equal. Writers use it where a file needs an identity that depends on nothing
 * but the content (a PDF's document ID). It is a walk over the model, several times cheaper than
 * hashing the records' {@code toString}.
 */
public final class DocumentDigest {

    private final StringBuilder sb = new StringBuilder(8192);

    private DocumentDigest() {
    }

    public static byte[] sha256(Document document) {
        DocumentDigest d = new DocumentDigest();
        d.document(document);
        try {
            return MessageDigest.getInstance("SHA-256").digest(d.sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private void document(Document document) {
        DocumentInfo info = document.info();
        tag('I').text(info.title()).text(info.author()).text(info.subject()).text(info.language())
                .text(info.reference()).texts(info.keywords()).text(String.valueOf(info.created()));
        LetterFrame frame = document.frame();
        if (frame != null) {
            tag('F').lines(frame.letterhead()).text(frame.date()).lines(frame.recipient()).line(frame.salutation())
                    .line(frame.subject()).line(frame.closing()).lines(frame.signature());
        }
        Cover cover = document.cover();
        if (cover != null) {
            tag('C').text(cover.title()).text(cover.subtitle()).texts(cover.lines());
        }
        blocks(document.blocks());
        tag('N').number(document.notes().size());
        for (Note note : document.notes()) {
            number(note.number()).blocks(note.blocks());
        }
    }

    private DocumentDigest blocks(List<Block> blocks) {
        tag('[').number(blocks.size());
        for (Block block : blocks) {
            block(block);
        }
        return this;
    }

    private void block(Block block) {
        block.accept(blockDigest);
    }

    /**
     * Each kind of block: a visitor, so that a new kind cannot be added without its digest; each returns the
     * digest, as the methods that feed it do.
     */
    private final Block.Visitor<DocumentDigest> blockDigest = new Block.Visitor<>() {
        @Override
        public DocumentDigest heading(Block.Heading h) {
            return tag('h').number(h.level()).inlines(h.inlines());
        }

        @Override
        public DocumentDigest paragraph(Block.Paragraph p) {
            return tag('p').inlines(p.inlines());
        }

        @Override
        public DocumentDigest bulletList(Block.BulletList l) {
            return tag('u').items(l.items());
        }

        @Override
        public DocumentDigest orderedList(Block.OrderedList l) {
            return tag('o').number(l.start()).items(l.items());
        }

        @Override
        public DocumentDigest blockQuote(Block.BlockQuote q) {
            return tag('q').blocks(q.blocks());
        }

        @Override
        public DocumentDigest table(Block.Table t) {
            tag('t').number(t.columns().size());
            t.columns().forEach(a -> text(a.name()));
            tag('r').number(t.header().size());
            t.header().forEach(DocumentDigest.this::inlines);
            tag('r').number(t.rows().size());
            for (List<List<Inline>> row : t.rows()) {
                number(row.size());
                row.forEach(DocumentDigest.this::inlines);
            }
            return DocumentDigest.this;
        }

        @Override
        public DocumentDigest chart(Block.Chart c) {
            tag('c').text(c.kind()).text(c.title()).text(c.unit()).number(c.bars().size());
            c.bars().forEach(b -> text(b.label()).text(b.value().toPlainString()));
            return texts(c.notes());
        }

        @Override
        public DocumentDigest codeBlock(Block.CodeBlock c) {
            return tag('k').text(c.text());
        }

        @Override
        public DocumentDigest rule(Block.Rule rule) {
            return tag('-');
        }
    };

    private DocumentDigest items(List<Block.ListItem> items) {
        number(items.size());
        items.forEach(i -> blocks(i.blocks()));
        return this;
    }

    private DocumentDigest lines(List<Line> lines) {
        number(lines.size());
        lines.forEach(this::line);
        return this;
    }

    private DocumentDigest line(Line line) {
        return inlines(line.inlines());
    }

    private DocumentDigest inlines(List<Inline> inlines) {
        tag('(').number(inlines.size());
        inlines.forEach(inline -> inline.accept(inlineDigest));
        return this;
    }

    private final Inline.Visitor inlineDigest = new Inline.Visitor() {
        @Override
        public void text(Inline.Text t) {
            tag('T').text(t.text());
        }

        @Override
        public void strong(Inline.Strong s) {
            tag('S').inlines(s.children());
        }

        @Override
        public void emphasis(Inline.Emphasis e) {
            tag('E').inlines(e.children());
        }

        @Override
        public void code(Inline.Code c) {
            tag('K').text(c.text());
        }

        @Override
        public void link(Inline.Link l) {
            tag('L').text(l.destination()).inlines(l.children());
        }

        @Override
        public void noteRef(Inline.NoteRef r) {
            tag('R').number(r.number());
        }

        @Override
        public void lineBreak(Inline.LineBreak b) {
            tag('B');
        }
    };

    private DocumentDigest texts(List<String> texts) {
        number(texts.size());
        texts.forEach(this::text);
        return this;
    }

    private DocumentDigest tag(char kind) {
        sb.append(kind);
        return this;
    }

    private DocumentDigest number(int n) {
        sb.append(n).append(';');
        return this;
    }

    /** A text with its length first: no text can be mistaken for the tags around it. */
    private DocumentDigest text(String s) {
        String text = s == null ? "" : s;
        sb.append(text.length()).append(':').append(text);
        return this;
    }
}
