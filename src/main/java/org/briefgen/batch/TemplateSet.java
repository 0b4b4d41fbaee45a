package org.briefgen.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.briefgen.files.Sha256;

/**
 * The SHA-256 of a template set: every file in the templates folder (hidden files and unfinished
 * {@code .part} files aside) by its relative path, and the built-in library, so that the archive
 * can tell which templates a letter was made with.
 */
final class TemplateSet {

    private static final String BUILT_IN = "/org/briefgen/template/briefgen.ftl";

    private TemplateSet() {
    }

    /** The SHA-256 of one file of the set, named in a message as {@code what} ("the house style"). */
    static String fileSha256(Path folder, String file, String what) {
        try {
            return Sha256.ofFile(folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + folder.resolve(file) + ": " + e.getMessage(),
                    e);
        }
    }

    static String sha256(Path folder) {
        return sha256(folder, path -> true);
    }

    /** As {@link #sha256(Path)}, of the files whose relative path ("a/b.ftl") {@code include} accepts. */
    static String sha256(Path folder, java.util.function.Predicate<String> include) {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path relative = folder.relativize(p);
                List<String> parts = new ArrayList<>();
                relative.forEach(part -> parts.add(part.toString()));
                if (parts.stream().anyMatch(part -> part.startsWith(".")) || p.toString().endsWith(".part")
                        || !include.test(String.join("/", parts))) {
                    continue;
                }
                files.put(String.join("/", parts), Sha256.ofFile(p));
            }
            try (InputStream in = TemplateSet.class.getResourceAsStream(BUILT_IN)) {
                if (in != null) {
                    files.put("(built in)/briefgen.ftl", Sha256.of(in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + folder + ": " + e.getMessage(), e);
        }
        StringBuilder manifest = new StringBuilder();
        files.forEach((path, sha) -> manifest.append(sha).append("  ").append(path).append('\n'));
        return Sha256.of(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }
}
