package org.briefgen.mail.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.mail.MailException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Replies read from files: one .eml, a folder of them, an mbox. */
@Timeout(5)
class FileSourceTest {

    @TempDir
    Path dir;

    private final List<InboxMessage> read = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final InboxHandler collect = new InboxHandler() {
        @Override
        public boolean accept(InboxMessage message) {
            read.add(message);
            return true;
        }

        @Override
        public void skipped(String origin, String reason) {
            skipped.add(origin + ": " + reason);
        }
    };

    private void read(Path path, InboxOptions options) {
        try (InboxSource source = InboxSources.fromPath(path, options)) {
            assertThat(source.marksProcessed()).isFalse();
            source.read(collect);
        }
    }

    private List<String> texts() {
        return read.stream().map(m -> new String(m.bytes(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void oneEmlFileIsOneMessageAsItIs() throws IOException {
        byte[] eml = Incoming.of(Incoming.reply("", "Re: CE-2020-001")).bytes();
        Path file = Files.write(dir.resolve("reply.EML"), eml);
        read(file, InboxOptions.defaults());
        assertThat(read).singleElement().satisfies(m -> {
            assertThat(m.bytes()).isEqualTo(eml);
            assertThat(m.origin()).isEqualTo("reply.EML");
            assertThat(m.arrived()).isNull();
        });
    }

    @Test
    void aFolderIsItsEmlFilesByNameAndNothingElse() throws IOException {
        Files.writeString(dir.resolve("b.eml"), "Subject: b\n\nb\n");
        Files.writeString(dir.resolve("a.eml"), "Subject: a\n\na\n");
        Files.writeString(dir.resolve("notes.txt"), "Subject: not mail\n\n");
        Files.createDirectory(dir.resolve("sub.eml"));
        Files.writeString(dir.resolve("big.eml"), "Subject: big\n\n" + "x".repeat(5000));
        read(dir, new InboxOptions(2048, Duration.ofSeconds(5)));
        assertThat(read).extracting(InboxMessage::origin).containsExactly("a.eml", "b.eml");
        assertThat(skipped).containsExactly("big.eml: larger than 2 KiB", "sub.eml: not a regular file");
    }

    @Test
    void anMboxIsSplitAtItsFromLinesAndUnescaped() throws IOException {
        String mbox = """
                From dpo@amazon.example Tue Jan 14 10:15:00 2020
                Subject: first

                Hello.
                >From the start, we cared.
                >>From here on.

                From  MAILER-DAEMON Wed Jan  8 09:00:05 2020
                Subject: second

                >From what I see, a body line escaped after an empty line.
                Bye.
                From here, an unescaped line not after an empty one stays in the body.

                """;
        Path file = Files.writeString(dir.resolve("replies.mbox"), mbox);
        read(file, InboxOptions.defaults());
        assertThat(texts()).containsExactly("Subject: first\n\nHello.\nFrom the start, we cared.\n>From here on.\n",
                "Subject: second\n\nFrom what I see, a body line escaped after an empty line.\nBye.\n"
                        + "From here, an unescaped line not after an empty one stays in the body.\n");
        assertThat(read).extracting(InboxMessage::origin).containsExactly("replies.mbox message 1 (line 1)",
                "replies.mbox message 2 (line 8)");
        assertThat(read).extracting(InboxMessage::arrived).containsExactly(Instant.parse("2020-01-14T10:15:00Z"),
                Instant.parse("2020-01-08T09:00:05Z"));
    }

    @Test
    void anMboxMessageOverTheLimitIsSkippedAndTheRestRead() throws IOException {
        String mbox = "From a Tue Jan 14 10:15:00 2020\nSubject: big\n\n" + ("y".repeat(100) + "\n").repeat(30)
                + "\nFrom b Tue Jan 14 10:16:00 2020\nSubject: small\n\nok\n";
        read(Files.writeString(dir.resolve("box"), mbox), new InboxOptions(2048, Duration.ofSeconds(5)));
        assertThat(texts()).containsExactly("Subject: small\n\nok\n");
        assertThat(skipped).containsExactly("box message 1 (line 1): larger than the limit");
    }

    @Test
    void aFileThatStartsWithAHeaderIsOneMessageNeverSplit() throws IOException {
        String message = "Subject: one\n\nbody\n\nFrom now on, one message.\n";
        read(Files.writeString(dir.resolve("reply.txt"), message), InboxOptions.defaults());
        assertThat(texts()).containsExactly(message);
    }

    @Test
    void aFileThatIsNeitherIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        assertThatThrownBy(() -> read(file, InboxOptions.defaults())).isInstanceOf(MailException.class)
                .hasMessageContaining("is neither an .eml file (by its name) nor an mbox");
        assertThatThrownBy(() -> InboxSources.fromPath(dir.resolve("missing"), InboxOptions.defaults()))
                .isInstanceOf(MailException.class).hasMessageContaining("is not a readable file or folder");
    }
}
