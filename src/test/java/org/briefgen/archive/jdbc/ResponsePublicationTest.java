package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.Officer;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.TextLetter;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.Sha256;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A response the company asked to keep private is recorded as such, on SQLite and PostgreSQL, and old rows keep their hashes. */
class ResponsePublicationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void aResponseNotForPublicationIsRecordedVerifiedAndKeptPrivateThroughACorrection(ArchiveDatabases.Kind kind) {
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.copyBundled(dir.resolve(
                "campaign")).resolve("data"));
        Merger merger = new Merger(data);
        Path out = dir.resolve("out");
        ArchiveLocation location = databases.location(kind, out);
        try (Archive archive = Archives.open(location, CLOCK)) {
            for (int i = 0; i < 2; i++) {
                archive.issue(new TextLetter(data.campaign().id(), merger, data.recipients().get(i), null, out));
            }
            Response open = archive.respond(new ResponseRequest("CE-2020-001", ResponseKind.RESPONSE, LocalDate.of(
                    2020, 1, 15), "Public words", null, Officer.systemUser()));
            Response closed = archive.respond(new ResponseRequest("CE-2020-002", ResponseKind.RESPONSE, LocalDate
                    .of(2020, 1, 16), "Private words", null, new Officer("ada"), true));
            assertThat(open.notForPublication()).isFalse();
            assertThat(closed.notForPublication()).isTrue();
            // a correction of the date, made without the mark, does not make the response public
            Response corrected = archive.respond(new ResponseRequest("CE-2020-002", ResponseKind.CORRECTION,
                    LocalDate.of(2020, 1, 17), "Private words", null, new Officer("ada")));
            assertThat(corrected.notForPublication()).isTrue();
        }
        try (Archive archive = Archives.openReadOnly(location).orElseThrow()) {
            assertThat(archive.responses()).extracting(Response::reference, Response::notForPublication)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CE-2020-001", false),
                            org.assertj.core.groups.Tuple.tuple("CE-2020-002", true),
                            org.assertj.core.groups.Tuple.tuple("CE-2020-002",
                                    true));
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @Test
    void aResponseRowWithoutTheMarkHashesAsBeforeTheColumnExisted() {
        Response before = new Response(2, "CE-2020-001", ResponseKind.RESPONSE, LocalDate.of(2020, 1, 15), "Yes",
                null, null, "2020-01-15T10:00:00Z", "ab12", null, "ada");
        // the JSON a response row was hashed as before not_for_publication existed, keys sorted
        String json = "{\"entry_no\":2,\"file\":null,\"kind\":\"response\",\"officer\":\"ada\",\"previous_sha256\":"
                + "\"ab12\",\"received\":\"2020-01-15\",\"recorded_at\":\"2020-01-15T10:00:00Z\",\"reference\":"
                + "\"CE-2020-001\",\"summary\":\"Yes\",\"supersedes\":null,\"table\":\"responses\"}";
        assertThat(RowHash.of(before)).isEqualTo(Sha256.of(json));
        Response closed = new Response(2, "CE-2020-001", ResponseKind.RESPONSE, LocalDate.of(2020, 1, 15), "Yes",
                null, null, "2020-01-15T10:00:00Z", "ab12", null, "ada", true);
        assertThat(RowHash.of(closed)).isNotEqualTo(RowHash.of(before));
    }

    @Test
    void anArchiveFromBeforeTheColumnKeepsItsChainWhenItGainsIt() {
        TestCampaigns.copyTree(Path.of("src/test/resources/archive/before-digest-versions"), dir);
        ArchiveLocation location = ArchiveLocation.of(null, dir.resolve("out"));
        try (Archive archive = Archives.openReadOnly(location).orElseThrow()) {
            assertThat(archive.responses()).hasSize(1).noneMatch(Response::notForPublication);
        }
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            assertThat(archive.responses()).hasSize(1).noneMatch(Response::notForPublication);
            assertThat(archive.verify().intact()).isTrue();
        }
    }
}
