package org.briefgen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.PreparedLetter;
import org.briefgen.campaign.CampaignLoader;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.render.HouseStyle;

/** Letters of the bundled campaign as documents, and small documents made by hand, for the writers' tests. */
public final class TestLetters {

    private static CampaignRun run;

    private TestLetters() {
    }

    public static synchronized CampaignRun bundled() {
        if (run == null) {
            run = new CampaignRun(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                    TestCampaigns.TEMPLATES);
        }
        return run;
    }

    /** The bundled campaign's letter to its {@code index}-th recipient (0 is Amazon UK). */
    public static PreparedLetter letter(int index) {
        return bundled().prepare(bundled().data().recipients().get(index), index + 1);
    }

    public static Document amazon() {
        return letter(0).document();
    }

    public static HouseStyle style() {
        return HouseStyle.load(Path.of("templates/style.yaml"));
    }

    /** A document without a letter frame holding {@code blocks}, dated 2024-03-05. */
    public static Document of(Block... blocks) {
        return new Document(new DocumentInfo("Test", "Tester", "", "en-GB", "T-1", List.of(), LocalDate.of(2024, 3, 5)),
                null, List.of(blocks), List.of());
    }

    public static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }
}
