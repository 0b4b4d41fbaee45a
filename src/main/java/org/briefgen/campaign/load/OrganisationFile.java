package org.briefgen.campaign.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Signatory;

/** {@code organisation.yaml}: who writes the letters and who signs them (its blocks are {@link OrganisationBlocks}'). */
final class OrganisationFile {

    private static final Set<String> ORGANISATION_KEYS = Set.of("name", "address", "phone", "website", "email",
            "signatory", "smtp", "imap", "signing");
    private static final Set<String> SIGNATORY_KEYS = Set.of("name", "role", "organisation");

    private OrganisationFile() {
    }

    static Organisation read(Path path, Problems problems) {
        Fields f = Fields.of(CampaignLoader.readYaml(path, problems), problems, ORGANISATION_KEYS);
        if (f == null) {
            return null;
        }
        String name = f.text("name", "the organisation's name, e.g. Privacy International");
        List<String> address = f.texts("address");
        Signatory signatory = f.map("signatory").map(s -> signatory(s, name)).orElse(null);
        OrganisationBlocks.check(f, path.toAbsolutePath().getParent());
        if (name == null) {
            return null;
        }
        return new Organisation(name, address, f.optText("phone").orElse(null), f.optText("website").orElse(null),
                f.optText("email").orElse(null), signatory);
    }

    static Signatory signatory(Fields s, String organisationName) {
        if (s == null) {
            return null;
        }
        s.allow(SIGNATORY_KEYS);
        String name = s.text("name", "who signs, e.g. Camilla Graham Wood");
        return name == null ? null : new Signatory(name, s.optText("role").orElse(null),
                s.optText("organisation").orElse(organisationName));
    }
}
