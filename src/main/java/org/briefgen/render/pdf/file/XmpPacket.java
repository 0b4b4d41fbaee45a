package org.briefgen.render.pdf.file;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.briefgen.render.Markup;

/**
 * The XMP metadata packet of an archival PDF, written as text: the document properties (as the
 * info dictionary holds them, which PDF/A requires to agree) and the PDF/A-2a and PDF/UA-1
 * identification with the extension schema PDF/A asks for the PDF/UA namespace. iText would
 * build, merge and serialise an XMP object model for every letter, a tenth of its time.
 */
public record XmpPacket(String title, String author, String subject, String keywords, String creatorTool,
        LocalDate created) {

    /** The packet, with {@code producer} as the PDF's info dictionary states it. */
    byte[] bytes(String producer) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        if (!title.isEmpty()) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        List<String> creators = split(author);
        if (!creators.isEmpty()) {
            x.append("<dc:creator><rdf:Seq>");
            creators.forEach(c -> x.append("<rdf:li>").append(escape(c)).append("</rdf:li>"));
            x.append("</rdf:Seq></dc:creator>\n");
        }
        if (!subject.isEmpty()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (!keywords.isEmpty()) {
            x.append("<dc:subject><rdf:Bag>");
            split(keywords).forEach(k -> x.append("<rdf:li>").append(escape(k)).append("</rdf:li>"));
            x.append("</rdf:Bag></dc:subject>\n");
            x.append("<pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n");
        }
        x.append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        x.append("<xmp:CreatorTool>").append(escape(creatorTool)).append("</xmp:CreatorTool>\n");
        if (created != null) {
            String date = created + "T09:00:00Z";
            x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
            x.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        }
        x.append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        x.append(EXTENSION_SCHEMA);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF's info dictionary splits authors and keywords the same way (iText's converter does). */
    private static List<String> split(String value) {
        return Arrays.stream(value.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String escape(String s) {
        return Markup.escape(s, false, (out, c) -> {
            // XML 1.0 forbids most control characters, even escaped
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                out.append(c);
            }
        });
    }

    private static final String EXTENSION_SCHEMA = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;
}
