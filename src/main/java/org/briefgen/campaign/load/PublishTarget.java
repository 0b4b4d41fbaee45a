package org.briefgen.campaign.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * campaign.yaml's {@code publish_to:}, the folder the workbench's Publish page publishes the campaign into
 * (relative to the campaign folder; {@code serve --publish-to DIR} overrides it). Only a folder's name: blank,
 * or with a control character, it is a problem at its line.
 */
public final class PublishTarget {

    static final String KEY = "publish_to";

    private PublishTarget() {
    }

    /** Checks the key in {@code campaign}; the folder it names, as written, or empty. */
    static Optional<String> read(Fields campaign) {
        Optional<String> to = campaign.optText(KEY);
        // written but blank (a list or a mapping is refused by optText itself), or with a control character
        boolean blank = to.isEmpty() && campaign.node(KEY).filter(n -> n instanceof YamlNode.Scalar).isPresent();
        if (blank || to.isPresent() && to.get().chars().anyMatch(Character::isISOControl)) {
            campaign.report(campaign.problemAt(KEY, "publish_to names no folder: write the folder to publish the"
                    + " campaign into, relative to the campaign folder (site, or ../public/campaign)"));
            return Optional.empty();
        }
        return to;
    }

    /**
     * The folder {@code folder}/campaign.yaml's {@code publish_to} names, resolved against {@code folder}; empty
     * when it names none (or there is no such file). A wrong value is a {@link org.briefgen.campaign.DataException}.
     */
    public static Optional<Path> of(Path folder) {
        Path path = folder.resolve("campaign.yaml");
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Fields f = Fields.of(CampaignLoader.readYaml(path, problems), problems);
        Optional<String> to = f == null ? Optional.empty() : read(f);
        problems.throwIfAny();
        return to.map(t -> folder.resolve(t).toAbsolutePath().normalize());
    }
}
