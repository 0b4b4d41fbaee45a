package org.briefgen.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.demo.DemoCampaign;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;

/**
 * A demo campaign of any number of companies in an archive, seeded directly rather than by issuing
 * typeset letters (which would take minutes): merged letters with one small PDF each, a response for
 * every tenth company, every twentieth with an e-mail reply.
 */
final class SeededArchive {

    private SeededArchive() {
    }

    /** Writes the demo campaign of {@code companies} to {@code data} and seeds its archive in {@code out}. */
    static CampaignData seed(Path data, Path out, int companies) throws IOException {
        DemoCampaign.write(data, companies);
        CampaignData campaign = new CampaignLoader(LocalDate.of(2020, 1, 1)).load(data);
        byte[] letterPdf = new PdfRenderer(HouseStyle.load(Path.of("templates/style.yaml"))).render(new Document(
                new DocumentInfo("A letter", "Demo", "", "en-GB", "", List.of(), LocalDate.of(2020, 1, 7)), null,
                List.of(new Block.Paragraph(List.of(new Inline.Text("A letter.")))), List.of())).bytes();
        Path reply = Path.of("src/test/resources/publish/reply.eml");
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), Clock.systemUTC())) {
            Merger merger = new Merger(campaign);
            List<LetterIssue> issues = new ArrayList<>();
            for (Recipient r : campaign.recipients()) {
                issues.add(issue(campaign.campaign().id(), r, merger, out, letterPdf));
            }
            archive.issue(issues);
            List<IssuedLetter> letters = archive.letters();
            for (int i = 0; i < letters.size(); i += 10) {
                archive.respond(new ResponseRequest(letters.get(i).reference(), ResponseKind.RESPONSE, LocalDate.of(
                        2020, 1, 12), "Company " + i + " says it keeps no call records.",
                        i % 20 == 0 ? reply
                                : null));
            }
        }
        return campaign;
    }

    private static LetterIssue issue(String campaign, Recipient recipient, Merger merger, Path out, byte[] pdf) {
        return new LetterIssue() {
            @Override
            public String campaign() {
                return campaign;
            }

            @Override
            public String recipientId() {
                return recipient.id();
            }

            @Override
            public String supersedes() {
                return null;
            }

            @Override
            public String templatesSha256() {
                return Sha256.of("templates");
            }

            @Override
            public LetterContext merge(int sequence) {
                return merger.merge(recipient, sequence);
            }

            @Override
            public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
                Path file = out.resolve(campaign).resolve(context.letter().reference() + ".pdf");
                Files.createDirectories(file.getParent());
                Files.write(file, pdf);
                return List.of(file);
            }
        };
    }
}
