package org.briefgen.cli;
import java.io.Console;
import java.util.function.Function;

import org.briefgen.batch.CampaignRun;
import org.briefgen.campaign.SigningConfig;
import org.briefgen.campaign.load.SigningBlock;
import org.briefgen.sign.LetterSigner;

/**
 * Opens the organisation's signing key when organisation.yaml has a {@code signing:} block: the
 * password from {@code BRIEFGEN_SIGNING_PASSWORD}, else typed at a prompt on the terminal (never
 * echoed), never from a file or an option. The key and certificate are checked here, once per run,
 * before anything is written.
 */
final class SigningPasswords {

    /** The environment variable holding the keystore's password. */
    static final String VARIABLE = "BRIEFGEN_SIGNING_PASSWORD";

    /** The environment, replaced by tests. */
    static Function<String, String> environment = System::getenv;

    private SigningPasswords() {
    }

    /** {@code run}, signing with the organisation's key when its campaign's organisation.yaml says to. */
    static CampaignRun signing(CampaignRun run) {
        SigningConfig config = SigningBlock.load(run.data().folder()).orElse(null);
        if (config == null) {
            return run;
        }
        char[] password = password(config);
        try {
            return run.signedBy(LetterSigner.open(config, password));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static char[] password(SigningConfig config) {
        String value = environment.apply(VARIABLE);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            return new char[0];
        }
        char[] typed = console.readPassword("Password of the signing key %s (or set %s): ",
                config.keystore().getFileName(), VARIABLE);
        return typed == null ? new char[0] : typed;
    }
}
