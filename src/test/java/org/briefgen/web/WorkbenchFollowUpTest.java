package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.FollowUpIssuer;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's tracker shows each follow-up right after the letter it chases, with its status. */
class WorkbenchFollowUpTest {

    @TempDir
    Path dir;

    @Test
    void theTrackerPageShowsTheChain() {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        ArchiveLocation location = ArchiveLocation.of(null, root.resolve("out"));
        CampaignRun run = Campaigns.installed().run(
                new CampaignLoader(LocalDate.of(2030, 1, 1)).load(root.resolve("data")),
                root.resolve("templates"));
        new CampaignIssuer(run).issue(location, Clock.systemUTC(), new CampaignIssuer.Listener() {
            @Override
            public void issued(WrittenLetter letter, IssuedLetter record) {
            }

            @Override
            public void alreadyIssued(IssuedLetter letter, boolean changed) {
            }
        });
        try (Archive archive = Archives.openExisting(location, Clock.systemUTC())) {
            archive.respond(new ResponseRequest("CE-2020-001", ResponseKind.RESPONSE, LocalDate.of(2020, 1, 15),
                    null, null));
        }
        FollowUpIssuer.Report report = new FollowUpIssuer(run, Officer.systemUser()).issue(location, Clock
                .systemUTC(), LocalDate.of(2020, 1, 20), 1, new FollowUpIssuer.Listener() {
                    @Override
                    public void issued(WrittenLetter letter, String follows, IssuedLetter record) {
                    }

                    @Override
                    public void alreadyIssued(IssuedLetter followUp) {
                    }
                });
        assertThat(report.written()).isEqualTo(run.data().recipients().size() - 1);

        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            String page = web.get("/tracker").body();
            Matcher rows = Pattern
                    .compile("<tr( class=\"follow-up\")?><td data-label=\"Reference\">(?:<span class=\"chain\""
                            + " aria-hidden=\"true\">↳ </span>)?<a href=\"/archive/([^\"]+)\">")
                    .matcher(page);
            StringBuilder order = new StringBuilder();
            while (rows.find()) {
                order.append(rows.group(1) == null ? "" : "↳").append(rows.group(2)).append(' ');
            }
            assertThat(order.toString()).startsWith("CE-2020-001 CE-2020-002 ↳CE-2020-002-F1 CE-2020-003"
                    + " ↳CE-2020-003-F1 CE-2020-004 ↳CE-2020-004-F1 ");
            // on today's date every deadline has passed: the original and its follow-up are both overdue
            for (String reference : List.of("CE-2020-002", "CE-2020-003", "CE-2020-004")) {
                assertThat(page)
                        .containsPattern(
                                "overdue by [\\d,]+ days</span><br><span class=\"hint\">followed up by " + reference
                                        + "-F1<")
                        .containsPattern(
                                "overdue by [\\d,]+ days</span><br><span class=\"hint\">follow-up 1 to " + reference
                                        + "<");
            }
            assertThat(web.get("/archive/CE-2020-002-F1").body()).contains("<dt>Follows up</dt><dd><a"
                    + " href=\"/archive/CE-2020-002\">CE-2020-002</a> (round 1)</dd>");
            assertThat(web.get("/archive/CE-2020-002").body()).contains("<dt>Followed up by</dt><dd><a"
                    + " href=\"/archive/CE-2020-002-F1\">CE-2020-002-F1</a></dd>");
        }
    }
}
