package org.briefgen.campaign.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.briefgen.campaign.DataException;
import org.briefgen.campaign.SigningConfig;

/** Reads organisation.yaml's {@code signing:} block, each wrong value a problem with its file and line. */
final class SigningBlock {

    private static final Set<String> KEYS = Set.of("keystore", "alias", "reason", "location", "contact", "tsa",
            "level", "crl", "certificate", "ca", "password");

    private SigningBlock() {
    }

    /** The block under {@code signing} in {@code organisation} (files relative to {@code folder}), or empty. */
    static Optional<SigningConfig> read(Fields organisation, Path folder) {
        return organisation.map("signing").flatMap(s -> s == null ? Optional.empty()
                : Optional.ofNullable(block(s, folder)));
    }

    private static SigningConfig block(Fields s, Path folder) {
        if (s.has("password")) {
            s.report(s.problemAt("password", "a password is never written in a file: give it in"
                    + " BRIEFGEN_SIGNING_PASSWORD, or type it when generate asks"));
        }
        s.allow(KEYS);
        Path keystore = file(s, folder, "keystore", "the organisation's PKCS#12 key file, e.g. signing.p12");
        String alias = s.text("alias", "the key's name in the keystore, e.g. letters");
        URI tsa = s.optText("tsa").map(t -> tsa(s, t)).orElse(null);
        SigningConfig.Level level = s.optText("level").map(l -> level(s, l)).orElse(tsa == null
                ? SigningConfig.Level.B_B
                : SigningConfig.Level.B_T);
        if (level != null && level.timestamped() && tsa == null && !s.has("tsa")) {
            s.report(s.problemAt("level", "level " + level.label() + " needs a timestamp: give tsa:"
                    + " the URL of an RFC 3161 time-stamping authority, or write level: B-B"));
        }
        List<Path> crls = new ArrayList<>();
        for (String crl : s.texts("crl")) {
            Path path = folder.resolve(crl);
            if (!Files.isRegularFile(path)) {
                s.report(s.problemAt("crl", "crl file " + path + " not found"));
            }
            crls.add(path);
        }
        if (level != null && level.longTerm() && crls.isEmpty()) {
            s.report(s.problemAt("level", "level " + level.label() + " embeds revocation data: give crl:"
                    + " the certificate authority's revocation list (a file), or choose B-T"));
        }
        Path certificate = s.has("certificate") ? file(s, folder, "certificate", null) : null;
        Path ca = s.has("ca") ? file(s, folder, "ca", null) : null;
        if (keystore == null || alias == null || level == null) {
            return null;
        }
        return new SigningConfig(keystore, alias, s.optText("reason").orElse(null),
                s.optText("location").orElse(null), s.optText("contact").orElse(null), tsa, level, crls, certificate,
                ca);
    }

    private static Path file(Fields s, Path folder, String key, String what) {
        String name = what == null ? s.optText(key).orElse(null) : s.text(key, what);
        if (name == null) {
            return null;
        }
        Path path = folder.resolve(name);
        if (!Files.isRegularFile(path)) {
            s.report(s.problemAt(key, key + " file " + path + " not found"));
            return null;
        }
        return path;
    }

    private static URI tsa(Fields s, String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        s.report(s.problemAt("tsa", "tsa '" + text + "' is not an http or https URL (with no user or"
                + " password in it)"));
        return null;
    }

    private static SigningConfig.Level level(Fields s, String text) {
        return Arrays.stream(SigningConfig.Level.values()).filter(l -> l.label().equalsIgnoreCase(text)).findFirst()
                .orElseGet(() -> {
                    s.report(s.problemAt("level", "level '" + text + "' is not known: write B-B, B-T,"
                            + " B-LT or B-LTA"));
                    return null;
                });
    }

    /** Only the {@code signing:} block of {@code folder}/organisation.yaml; a wrong block is a {@link DataException}. */
    static Optional<SigningConfig> load(Path folder) {
        return OrganisationBlocks.fromFile(folder, f -> read(f, folder));
    }
}
