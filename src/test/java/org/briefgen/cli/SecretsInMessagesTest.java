package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No message repeats a secret, even one put where it does not belong: every command is given a URL
 * with a planted password in a wrong place, and everything it prints (with and without
 * {@code --debug}, which prints stack traces) is searched for it.
 */
class SecretsInMessagesTest {

    static final String SECRET = "Pl4nted-S3cret-x9";

    @TempDir
    Path dir;

    /** A campaign with an archive, so that inbox gets as far as its URL. */
    @TempDir
    static Path generated;

    static Cli cli;

    @BeforeAll
    static void generate() {
        cli = new Cli(generated);
        Cli.Result r = cli.generate();
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static List<Cli.Result> run(String... args) {
        List<Cli.Result> results = new ArrayList<>();
        results.add(Cli.run(args));
        List<String> debug = new ArrayList<>(List.of(args));
        debug.add("--debug");
        results.add(Cli.run(debug.toArray(String[]::new)));
        return results;
    }

    private static void assertNoSecret(List<Cli.Result> results) {
        for (Cli.Result r : results) {
            assertThat(r.code()).as(r.out() + r.err()).isNotZero();
            assertThat(r.out() + r.err()).as("what was printed").doesNotContain(SECRET)
                    .doesNotContain(SECRET.substring(0, 10));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "smtp://officer@mail.example.org?password=" + SECRET,
            "smtp://officer@mail.example.org/?pass=" + SECRET,
            "smtps://officer@mail.example.org:465#" + SECRET,
            "officer:" + SECRET + "@mail.example.org",
            "smtp://officer@mail.example.org:" + SECRET,
            "smtp://officer@[mail.example.org:" + SECRET,
            "smtp://officer@mail.example.org/%zz" + SECRET,
            "smtp://officer@mail.exa mple.org?password=" + SECRET,
            "ftp://officer:" + SECRET + "@mail.example.org",
    })
    void aSmtpUrlWithAMisplacedPasswordIsNeverRepeated(String url) {
        assertNoSecret(run("send", "--smtp", url, "--out", dir.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "imaps://officer@mail.example.org/INBOX?password=" + SECRET,
            "imap://officer@mail.example.org:" + SECRET + "/INBOX",
            "officer:" + SECRET + "@mail.example.org/INBOX",
            "imaps://officer@mail.example.org/INBOX#" + SECRET,
    })
    void anImapUrlWithAMisplacedPasswordIsNeverRepeated(String url) {
        assertNoSecret(run("inbox", "--imap", url, "--out", cli.out().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://127.0.0.1:5432/no_such_briefgen_db_x9?user=postgres&password=" + SECRET,
            "jdbc:postgresql://postgres:" + SECRET + "@127.0.0.1:5432/no_such_briefgen_db_x9",
            "jdbc:postgresql://127.0.0.1:5432/no_such_briefgen_db_x9?user=postgres&sslpassword=" + SECRET,
            "jdbc:postgresql://127.0.0.1:1/no_such_briefgen_db_x9?user=postgres&sslpassword=" + SECRET,
            "postgresql://postgres:" + SECRET + "@127.0.0.1:5432/no_such_briefgen_db_x9",
            "jdbc:postgres://postgres:" + SECRET + "@127.0.0.1:5432/no_such_briefgen_db_x9",
            "jdbc:postgresql://127.0.0.1:5432/no_such_db_here?user=postgres&PASSWORD=" + SECRET,
            "jdbc:mysql://db.example.org/briefgen?user=ada&password=" + SECRET,
    })
    void anArchiveUrlWithAPasswordIsNeverRepeated(String url) {
        assertNoSecret(run("archive", "verify", "--archive", url, "--out", dir.toString()));
        assertNoSecret(run("tracker", "--archive", url, "--out", dir.toString()));
    }
}
