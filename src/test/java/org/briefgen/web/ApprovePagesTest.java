package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.campaign.demo.DemoCampaign;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Approve page of a campaign of 110 letters: a hundred at a time (each compared and previewed only
 * when shown), found by status or by name, with the count of the whole campaign; approving from the first
 * page approves all 110, and the list of decisions names a long decision by its count, first and last.
 */
class ApprovePagesTest {

    private static final Pattern SEEN = Pattern.compile("name=\"seen\" value=\"([0-9a-f]{64})\"");

    @TempDir
    Path dir;

    @Test
    void theLettersAreShownAHundredAtATimeAndApprovedAllTogether() throws Exception {
        Path data = dir.resolve("data");
        DemoCampaign.write(data, 110);
        // the post alone: the test is about the page, not about typesetting 110 letters three ways
        Files.writeString(data.resolve("campaign.yaml"), "\napproval: required\nformats: [post]\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        Workbench.Settings settings = new Workbench.Settings(data, Path.of("templates"), out, ArchiveLocation.of(null,
                out), false, "officer-on-this-machine");
        try (Workbench workbench = Workbench.start(settings, "127.0.0.1", 0);
                RawHttp http = new RawHttp(workbench.port())) {
            RawHttp.Reply first = http.get("/approve");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body()).contains("1–100 of 110", "/approve?page=2", "Approve these 110 letters",
                    "id=\"approve-all\"");
            assertThat(count(first.body(), "class=\"approve-item\"")).isEqualTo(100);

            RawHttp.Reply second = http.get("/approve?page=2");
            assertThat(second.body()).contains("101–110 of 110", "DEMO-110", "Approve these 110 letters")
                    .doesNotContain("id=\"approve-r1\"");
            assertThat(count(second.body(), "class=\"approve-item\"")).isEqualTo(10);
            assertThat(http.get("/approve?status=approved").body()).contains("No letter matches").doesNotContain(
                    "class=\"approve-item\"");
            assertThat(http.get("/approve?q=DEMO-042").body()).contains("1–1 of 1 matching", "DEMO-042");

            Matcher seen = SEEN.matcher(first.body());
            assertThat(seen.find()).isTrue();
            RawHttp.Reply approved = http.post("/approve", "_csrf=" + WorkbenchSignInTest.enc(first.csrf())
                    + "&seen=" + seen.group(1) + "&comment=checked");
            assertThat(approved.status()).as(approved.body()).isEqualTo(303);

            RawHttp.Reply after = http.get("/approve?status=approved&page=2");
            assertThat(after.body()).contains("101–110 of 110 matching",
                    "110 letters: DEMO-001, DEMO-002 … DEMO-110");
            assertThat(count(after.body(), "class=\"badge status-approved\"")).isEqualTo(10);
            assertThat(http.get("/").body()).contains("110 approved, 0 rejected, 0 awaiting");

            // issued meanwhile by another officer at the command line: nothing is left to approve
            java.io.StringWriter err = new java.io.StringWriter();
            assertThat(org.briefgen.cli.Main.run(new String[] {"generate", "--quiet", "--as", "bob", "--data", data
                    .toString(), "--templates", "templates", "--out", out.toString()}, new java.io.PrintWriter(
                            new java.io.StringWriter()),
                    new java.io.PrintWriter(err))).as(err.toString()).isZero();
            assertThat(http.get("/approve").body()).contains("id=\"approve-empty\"").doesNotContain(
                    "class=\"approve-item\"");
        }
    }

    private static int count(String body, String what) {
        return body.split(Pattern.quote(what), -1).length - 1;
    }
}
