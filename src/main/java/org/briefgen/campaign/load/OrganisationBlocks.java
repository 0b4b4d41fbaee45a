package org.briefgen.campaign.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.briefgen.campaign.DataException;

/** organisation.yaml's blocks for the servers briefgen talks to and the key it signs with. */
final class OrganisationBlocks {

    private OrganisationBlocks() {
    }

    /** Checks the {@code smtp:}, {@code imap:} and {@code signing:} blocks, each wrong value a problem. */
    static void check(Fields organisation, Path folder) {
        SmtpBlock.read(organisation);
        ImapBlock.read(organisation);
        SigningBlock.read(organisation, folder);
    }

    /**
     * What {@code read} makes of {@code folder}/organisation.yaml, when there is one, without loading
     * the rest of the campaign; a wrong file or block is a {@link DataException}.
     */
    static <T> Optional<T> fromFile(Path folder, Function<Fields, Optional<T>> read) {
        Path path = folder.resolve("organisation.yaml");
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        String text = TextFiles.read(path, StandardCharsets.UTF_8, problems);
        YamlNode node = text == null ? null : YamlFiles.parse(text, path.toString(), 0, problems);
        Fields f = Fields.of(node, problems);
        Optional<T> value = f == null ? Optional.empty() : read.apply(f);
        problems.throwIfAny();
        return value;
    }
}
