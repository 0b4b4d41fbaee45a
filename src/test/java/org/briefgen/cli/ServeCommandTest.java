package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's refusal to listen beyond this machine without accounts; user add's password handling. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final Function<String, String> realEnvironment = UserCommand.environment;

    @AfterEach
    void restore() {
        UserCommand.environment = realEnvironment;
    }

    @Test
    void anyOtherAddressThanLoopbackNeedsAccountsAndSaysSo() {
        Cli.Result r = Cli.run("serve", "--bind", "0.0.0.0", "--port", "0", "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: --bind 0.0.0.0 needs user accounts: briefgen user add NAME")
                .contains("the workbench was not started.").doesNotContain("Exception");
    }

    @Test
    void aWrongMailUrlOrTwoInboxesAreNamedBeforeItStarts() {
        Cli.Result smtp = Cli.run("serve", "--port", "0", "--smtp", "http://mail.example.org", "--out", dir.resolve(
                "out").toString());
        assertThat(smtp.code()).isEqualTo(2);
        assertThat(smtp.err()).contains("smtp://").doesNotContain("Exception");
        Cli.Result both = Cli.run("serve", "--port", "0", "--inbox", dir.toString(), "--imap",
                "imaps://me@127.0.0.1/INBOX", "--out", dir.resolve("out").toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give --inbox or --imap, not both");
    }

    @Test
    void aTrustFileThatCannotBeReadIsNamedBeforeItStarts() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not-a-ca.pem"), "hello\n");
        Cli.Result smtp = Cli.run("serve", "--port", "0", "--smtp", "smtps://mail.example.org", "--smtp-trust",
                notPem.toString(), "--out", dir.resolve("out").toString());
        assertThat(smtp.code()).isEqualTo(2);
        assertThat(smtp.err()).contains("the trust file " + notPem).doesNotContain("Exception");
        Cli.Result imap = Cli.run("serve", "--port", "0", "--imap-trust", dir.resolve("missing.pem").toString(),
                "--out", dir.resolve("out").toString());
        assertThat(imap.code()).isEqualTo(2);
        assertThat(imap.err()).contains("--imap-trust goes with --imap");
    }

    @Test
    void anOfficerIsAddedWithAPasswordFromTheEnvironmentAndItIsKeptNowhereReadable() throws Exception {
        UserCommand.environment = name -> name.equals("BRIEFGEN_USER_PASSWORD") ? "a long enough passphrase" : null;
        Cli.Result r = Cli.run("user", "add", "ada", "--out", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added: ada");
        assertThat(r.out() + r.err()).doesNotContain("a long enough passphrase");
        assertThat(Files.readString(dir.resolve("out/archive.sqlite"), StandardCharsets.ISO_8859_1)).doesNotContain(
                "a long enough passphrase");

        Cli.Result again = Cli.run("user", "add", "ada", "--out", dir.resolve("out").toString());
        assertThat(again.out()).contains("password changed: ada");
    }

    @Test
    void withoutATerminalOrThePasswordVariableNothingIsAdded() {
        UserCommand.environment = name -> null;
        Cli.Result r = Cli.run("user", "add", "ada", "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no password: type it at a terminal, or set BRIEFGEN_USER_PASSWORD");
    }
}
