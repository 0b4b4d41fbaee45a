package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.ArchiveHead;
import org.briefgen.files.AtomicFiles;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An anchor's file keeps its format: field for field, in order, what earlier versions wrote and read. */
class AnchorFileTest {

    @TempDir
    Path out;

    @Test
    void anAnchorIsWrittenAsBeforeAndReadBack() throws Exception {
        ArchiveHead head = new ArchiveHead(List.of(new ArchiveHead.ChainEnd("letters", 3, "a".repeat(64)),
                new ArchiveHead.ChainEnd("responses", 1, "b".repeat(64))));
        Instant at = Instant.parse("2026-03-04T05:06:07.089Z");
        Path file = Anchors.write(AtomicFiles.DURABLE, out, "archive.db", head, Clock.fixed(at, ZoneOffset.UTC));

        // the file as the version before wrote it: maps in this order, indented
        Map<String, Object> anchor = new LinkedHashMap<>();
        anchor.put("format", "briefgen anchor 1");
        anchor.put("archive", "archive.db");
        anchor.put("written_at", "2026-03-04T05:06:07.089Z");
        anchor.put("chains", List.of(chain("letters", 3, "a".repeat(64)), chain("responses", 1, "b".repeat(64))));
        anchor.put("head", head.text());
        byte[] before = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsBytes(
                anchor);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Anchors.Found found = Anchors.read(out, "archive.db");
        assertThat(found.unreadable()).isEmpty();
        assertThat(found.anchors()).singleElement().satisfies(a -> {
            assertThat(a.writtenAt()).isEqualTo(at);
            assertThat(a.head()).isEqualTo(head);
        });
    }

    private static Map<String, Object> chain(String name, int rows, String last) {
        Map<String, Object> chain = new LinkedHashMap<>();
        chain.put("chain", name);
        chain.put("rows", rows);
        chain.put("last_sha256", last);
        return chain;
    }
}
