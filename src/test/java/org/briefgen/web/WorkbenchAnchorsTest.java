package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the workbench records is anchored as the command line's is, and its verify names a chain cut short. */
class WorkbenchAnchorsTest {

    @TempDir
    Path dir;

    @Test
    void aResponseRecordedOnThePageIsAnchoredAndItsRemovalNamedByVerify() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            WorkbenchHttpTest.issueAll(web);
            long before = anchors(root);
            HttpResponse<String> recorded = web.postMultipart("/archive/CE-2020-002/responses", Map.of("_csrf", web
                    .csrf(), "kind", "response", "received", "2020-01-15", "summary", "They wrote back"), null, null);
            assertThat(recorded.statusCode()).isEqualTo(303);
            assertThat(anchors(root)).isEqualTo(before + 1);

            HttpResponse<String> intact = web.post("/archive/verify", Map.of("_csrf", web.csrf()));
            assertThat(intact.body()).contains("Intact: 5 letters, 1 response", "id=\"verify-head\"",
                    "Checked against");

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("out/archive.sqlite"));
                    Statement s = c.createStatement()) {
                s.executeUpdate("DROP TRIGGER responses_no_delete");
                s.executeUpdate("DELETE FROM responses");
            }
            HttpResponse<String> cut = web.post("/archive/verify", Map.of("_csrf", web.csrf()));
            assertThat(cut.body()).contains("NOT intact: 1 mismatch",
                    "responses chain ends at row 0 but the anchor of ");
        }
    }

    private static long anchors(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("out/anchors"))) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }
}
