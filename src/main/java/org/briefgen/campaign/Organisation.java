package org.briefgen.campaign;

import java.util.List;

/** The sending organisation, as its letterhead shows it. */
public record Organisation(String name, List<String> address, String phone, String website, String email,
        Signatory signatory) {

    public Organisation {
        address = List.copyOf(address);
    }
}
