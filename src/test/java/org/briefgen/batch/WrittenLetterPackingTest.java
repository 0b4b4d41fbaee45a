package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A run's report keeps its written letters packed ({@link WrittenLetter#list()}): 20,000 of them must not
 * grow a run's memory by megabytes. Each comes back equal to the one written: its files in any folder,
 * relative or absolute, and the reasons for the files it did not get.
 */
class WrittenLetterPackingTest {

    @Test
    void everyLetterComesBackAsItWasWritten() {
        Path folder = Path.of("output", "ce-2020");
        List<WrittenLetter> given = List.of(
                new WrittenLetter("CE-2020-001", "amazon-uk", "Amazon UK Services Ltd.", folder.resolve(
                        "CE-2020-001-amazon-uk.pdf"), 3, 123_456_789_012L,
                        List.of(folder.resolve(
                                "CE-2020-001-amazon-uk.pdf"), folder.resolve("CE-2020-001-amazon-uk.docx")),
                        List.of(
                                "no .post.txt (no handle)")),
                new WrittenLetter("CE-2020-006", "waha", "شركة الواحة", Path.of("/tmp/out/ce/CE-2020-006-waha.pdf")
                        .toAbsolutePath(), 2, 0,
                        List.of(Path.of("/tmp/out/ce/CE-2020-006-waha.pdf"), Path.of(
                                "elsewhere.eml"), Path.of("")),
                        List.of("no .post.txt (no handle)", "no .eml (no"
                                + " e-mail address)")),
                new WrittenLetter("CE-2020-007", "r7", "", null, 0, 1, List.of(), List.of()));
        List<WrittenLetter> packed = WrittenLetter.list();
        given.forEach(packed::add);
        assertThat(packed).containsExactlyElementsOf(given);
        assertThat(packed.get(1).files()).containsExactly(Path.of("/tmp/out/ce/CE-2020-006-waha.pdf"), Path.of(
                "elsewhere.eml"), Path.of(""));
        assertThat(packed.get(2).file()).isNull();
    }
}
