package org.briefgen.archive.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.briefgen.archive.ArchiveException;

import org.junit.jupiter.api.Test;

/** A recorded path written back out never leads outside the folder it is exported to. */
class FileExportTest {

    @Test
    void onlyPlainPathsInsideTheFolder() {
        Path root = Path.of("/tmp/export").toAbsolutePath();
        assertThat(FileExport.inside(root, "campaign/CE-1.pdf")).isEqualTo(root.resolve("campaign/CE-1.pdf"));
        for (String bad : new String[] {"../x", "/etc/passwd", "a/../../b", "a//b", "./a", "C:/x", "a\\..\\..\\b",
                "", "a/.."}) {
            assertThatThrownBy(() -> FileExport.inside(root, bad)).as(bad).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("not a plain path inside");
        }
    }
}
