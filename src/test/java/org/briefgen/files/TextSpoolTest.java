package org.briefgen.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Texts kept on disk by their digest: each once, given back whole, readable by their owner only, gone when closed. */
class TextSpoolTest {

    @Test
    void textsAreKeptOnceEachByTheirDigestAndGoneWhenClosed() throws Exception {
        Path file;
        try (TextSpool spool = new TextSpool()) {
            assertThat(spool.get(Sha256.of("nothing"))).isEmpty();
            String arabic = "نحن نكتب إليكم بشأن « البيانات »";
            String sha = spool.put("Dear Sir/Madam,\nthe words.");
            assertThat(sha).isEqualTo(Sha256.of("Dear Sir/Madam,\nthe words."));
            assertThat(spool.put("Dear Sir/Madam,\nthe words.")).isEqualTo(sha);
            assertThat(spool.put(arabic)).isEqualTo(Sha256.of(arabic));
            assertThat(spool.put("")).isEqualTo(Sha256.of(""));
            assertThat(spool.size()).isEqualTo(3);
            assertThat(spool.get(sha)).contains("Dear Sir/Madam,\nthe words.");
            assertThat(spool.get(Sha256.of(arabic))).contains(arabic);
            assertThat(spool.get(Sha256.of(""))).contains("");

            file = Files.list(Path.of(System.getProperty("java.io.tmpdir"))).filter(p -> p.getFileName().toString()
                    .startsWith("briefgen-texts-")).filter(p -> {
                        try {
                            return Files.readString(p).contains(arabic);
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.size(file)).isEqualTo(("Dear Sir/Madam,\nthe words." + arabic).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8).length);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void textsPutFromSeveralThreadsAreAllGivenBackWhole() {
        try (TextSpool spool = new TextSpool()) {
            List<String> texts = IntStream.range(0, 400).mapToObj(i -> ("letter " + i + " ").repeat(1 + i % 37))
                    .toList();
            List<String> names = texts.parallelStream().map(spool::put).toList();
            assertThat(spool.size()).isEqualTo(400);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(spool.get(names.get(i))).contains(texts.get(i));
            }
        }
    }
}
