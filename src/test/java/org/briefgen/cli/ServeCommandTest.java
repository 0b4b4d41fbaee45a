package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's refusals: beyond this machine without accounts or without HTTPS, a keystore without its
 * password; user add's password handling.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final Function<String, String> realEnvironment = UserCommand.environment;
    private final Function<String, String> realServeEnvironment = ServeCommand.environment;

    @AfterEach
    void restore() {
        UserCommand.environment = realEnvironment;
        ServeCommand.environment = realServeEnvironment;
    }

    private void addOfficer() {
        UserCommand.environment = name -> name.equals("BRIEFGEN_USER_PASSWORD") ? "a long enough passphrase" : null;
        assertThat(Cli.run("user", "add", "ada", "--out", dir.resolve("out").toString()).code()).isZero();
    }

    /** serve as asked; a serve that starts instead of refusing would wait for ever: it fails the test after 60 s. */
    private static Cli.Result refused(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args),
                "serve started instead of refusing");
    }

    @Test
    void beyondLoopbackWithoutHttpsOrAProxyItDoesNotStartAndSaysWhatToGive() {
        addOfficer();
        Cli.Result r = refused("serve", "--bind", "0.0.0.0", "--port", "0", "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: --bind 0.0.0.0 would send passwords and pages over the network in"
                + " clear: give --tls-keystore FILE (its password in BRIEFGEN_TLS_KEYSTORE_PASSWORD)", "--behind-proxy",
                "the workbench was not started.").doesNotContain("Exception");
    }

    @Test
    void withoutAccountsOrHttpsBothAreNamedAtOnce() {
        Cli.Result r = refused("serve", "--bind", "0.0.0.0", "--port", "0", "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("needs user accounts", "in clear");
    }

    @Test
    void behindAProxyOnLoopbackOfficersSignInSoAccountsAreNeeded() {
        Cli.Result r = refused("serve", "--behind-proxy", "--port", "0", "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: --behind-proxy needs user accounts: briefgen user add NAME");
    }

    @Test
    void theKeystoresPasswordComesOnlyFromTheEnvironmentAndAWrongOneIsNamed() throws Exception {
        addOfficer();
        Path keystore = dir.resolve("workbench.p12");
        Files.writeString(keystore, "not a keystore");
        ServeCommand.environment = name -> null;
        Cli.Result none = refused("serve", "--bind", "0.0.0.0", "--port", "0", "--tls-keystore", keystore.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--tls-keystore " + keystore + " needs its password in"
                + " BRIEFGEN_TLS_KEYSTORE_PASSWORD");
        ServeCommand.environment = name -> name.equals("BRIEFGEN_TLS_KEYSTORE_PASSWORD") ? "secret" : null;
        Cli.Result junk = refused("serve", "--bind", "0.0.0.0", "--port", "0", "--tls-keystore", keystore.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(junk.code()).isEqualTo(2);
        assertThat(junk.err()).contains("error: " + keystore + ": not a keystore").doesNotContain("secret");
        // there is no option for the password
        Cli.Result option = refused("serve", "--tls-keystore-password", "secret", "--port", "0");
        assertThat(option.code()).isEqualTo(2);
    }

    @Test
    void aDurationOrHostThatIsNotOneIsNamedBeforeItStarts() {
        Cli.Result idle = refused("serve", "--idle-timeout", "half an hour", "--port", "0", "--out", dir.resolve(
                "out").toString());
        assertThat(idle.code()).isEqualTo(2);
        assertThat(idle.err()).contains("--idle-timeout 'half an hour' is not a duration: write it as 90s, 30m or 2h");
        Cli.Result host = refused("serve", "--host", "http://bench.example.org/", "--port", "0", "--out", dir
                .resolve("out").toString());
        assertThat(host.code()).isEqualTo(2);
        assertThat(host.err()).contains("--host", "is not a host name");
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
