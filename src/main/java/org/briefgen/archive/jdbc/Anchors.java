package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.files.AtomicFiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The anchors in an output folder ({@code OUT/anchors/}): after every use of the archive that
 * appended, one file holding the heads it left ({@code anchor-TIME-DIGEST.json}), written
 * atomically and forced to the disk. Each names the archive it is of (its SQLite file, relative
 * to the output folder when it is inside it, or its URL), so that one output folder may serve
 * several archives.
 */
final class Anchors {

    static final String FOLDER = "anchors";
    private static final String FORMAT = "briefgen anchor 1";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One anchor: when it was written, its file, the head it records. */
    record Anchor(Instant writtenAt, Path file, ArchiveHead head) {

        /** "the anchor of TIME": how messages name it. */
        String describe() {
            return "the anchor of " + writtenAt;
        }
    }

    /** What the folder holds: this archive's anchors (newest first), how many are of others, and files that are no anchor. */
    record Found(Path folder, List<Anchor> anchors, int others, List<String> unreadable) {
    }

    /** An anchor's file, its fields in this order. */
    @JsonPropertyOrder({"format", "archive", "written_at", "chains", "head"})
    record AnchorFile(String format, String archive, @JsonProperty("written_at") String writtenAt,
            List<ChainLine> chains, String head) {
    }

    /** One chain's end in an anchor's file. */
    @JsonPropertyOrder({"chain", "rows", "last_sha256"})
    record ChainLine(String chain, int rows, @JsonProperty("last_sha256") String lastSha256) {
    }

    private Anchors() {
    }

    /** The archive as its anchors name it. */
    static String identity(ArchiveLocation location) {
        Path files = location.files().toAbsolutePath().normalize();
        return location.sqliteFile().map(f -> f.toAbsolutePath().normalize()).map(f -> f.startsWith(files) ? files
                .relativize(f).toString().replace('\\', '/') : f.toString()).orElse(location.jdbcUrl());
    }

    /** Writes an anchor of {@code head} for {@code archive} into {@code out}'s anchors folder, durably. */
    static Path write(AtomicFiles files, Path out, String archive, ArchiveHead head, Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Path folder = out.resolve(FOLDER);
        Path file = folder.resolve("anchor-" + NAME.format(now) + "-" + head.digest().substring(0, 12) + ".json");
        AnchorFile anchor = new AnchorFile(FORMAT, archive, DateTimeFormatter.ISO_INSTANT.format(now), head.chains()
                .stream().map(c -> new ChainLine(c.chain(), c.rows(), c.lastSha256())).toList(), head.text());
        try {
            Files.createDirectories(folder);
            // what a command killed while writing its anchor left
            AtomicFiles.removeLeftovers(folder);
            files.writeFile(file, JSON.writeValueAsBytes(anchor));
            files.sync(List.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("the archive recorded what was asked, but its anchor could not be written"
                    + " to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The anchors of {@code archive} in {@code out}, newest first. */
    static Found read(Path out, String archive) {
        Path folder = out.resolve(FOLDER);
        List<Anchor> anchors = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int others = 0;
        if (!Files.isDirectory(folder)) {
            return new Found(folder, anchors, 0, unreadable);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the anchors in " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            try {
                JsonNode node = JSON.readTree(file.toFile());
                if (!FORMAT.equals(node.path("format").asText())) {
                    unreadable.add(file + " is not a briefgen anchor");
                    continue;
                }
                if (!archive.equals(node.path("archive").asText())) {
                    others++;
                    continue;
                }
                List<ArchiveHead.ChainEnd> chains = new ArrayList<>();
                for (JsonNode c : node.path("chains")) {
                    chains.add(new ArchiveHead.ChainEnd(c.path("chain").asText(), c.path("rows").asInt(), c.path(
                            "last_sha256").asText()));
                }
                ArchiveHead head = new ArchiveHead(chains);
                if (!head.text().equals(node.path("head").asText())) {
                    unreadable.add(file + " does not add up: its chains do not give the head it records");
                    continue;
                }
                anchors.add(new Anchor(Instant.parse(node.path("written_at").asText()), file, head));
            } catch (IOException | RuntimeException e) {
                unreadable.add(file + " cannot be read as an anchor: " + e.getMessage());
            }
        }
        anchors.sort(Comparator.comparing(Anchor::writtenAt).thenComparing(Anchor::file).reversed());
        return new Found(folder, anchors, others, unreadable);
    }
}
