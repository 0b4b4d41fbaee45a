package org.briefgen.campaign.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic campaign folder, laid out as {@code data/}, with as many fictional recipients
 * as asked: varied company names (some long, some with letters beyond ASCII), contacts, products,
 * e-mail or postal addresses. The same count always gives the same folder, so benchmarks and
 * tests can rely on it.
 */
public final class DemoCampaign {

    private static final List<String> STEMS = List.of("Northwind", "Kestrel", "Søndergaard", "Łukasiewicz", "Ærø",
            "Fieldfare", "Bramblewood", "Citrine", "Dovetail", "Émeraude", "Foxglove", "Gänseblümchen", "Heron",
            "Iðunn", "Juniper", "Kittiwake", "Lindqvist", "Marigold", "Nightjar", "Oakhurst", "Peregrine",
            "Quillon", "Rønne", "Saffron", "Tamarisk", "Umbra", "Vireo", "Waxwing", "Xylem", "Yarrow", "Zürichsee",
            "Ağaç", "Caña", "Dąbrowa", "Škoda Lane", "Őrség", "Çamlıca", "Ferreira", "Guðrún", "Hrafn");
    private static final List<String> SUFFIXES = List.of("Ltd", "GmbH", "S.A.", "ApS", "plc", "AB", "S.r.l.",
            "Holdings International Communications Group Ltd", "Technologies Inc.", "Sp. z o.o.");
    private static final List<String> FIRST = List.of("Adaeze", "Zoë", "José", "Łucja", "Priya", "Søren", "Amélie",
            "Dmitri", "Ngozi", "Björn", "Chiara", "Mehmet", "Aoife", "Tomás", "Ingrid", "Kwame", "Élodie", "Jürgen");
    private static final List<String> LAST = List.of("Okafor", "Ødegaard", "Núñez", "Wiśniewska", "Raman",
            "Kierkegaard",
            "Lefèvre", "Ivanov", "Adeyemi", "Andersson", "Bianchi", "Yılmaz", "O'Sullivan", "Ó Briain", "Håland",
            "Mensah", "Dubois", "Müller");
    /** Products and the (fictional) tools that reach them: one finding each. */
    private static final List<String[]> PRODUCTS = List.of(
            new String[] {"Cloud Photos", "Quarry Cloud Extractor", "Quarry Forensics"},
            new String[] {"Home Speaker", "Lanternfish Cloud Analyst", "Lanternfish Labs"},
            new String[] {"Team Chat", "Quarry Cloud Extractor", "Quarry Forensics"},
            new String[] {"Fitness Tracker", "Mosaic Recall", "Mosaic Intelligence"},
            new String[] {"Smart Doorbell", "Lanternfish Cloud Analyst", "Lanternfish Labs"},
            new String[] {"Cloud Backup", "Mosaic Recall", "Mosaic Intelligence"},
            new String[] {"Family Locator", "Quarry Cloud Extractor", "Quarry Forensics"},
            new String[] {"Voice Assistant", "Lanternfish Cloud Analyst", "Lanternfish Labs"},
            new String[] {"Health Records", "Mosaic Recall", "Mosaic Intelligence"},
            new String[] {"Notes", "Quarry Cloud Extractor", "Quarry Forensics"});

    private DemoCampaign() {
    }

    /** Writes a campaign of {@code recipients} fictional companies into {@code folder} (created if need be). */
    public static void write(Path folder, int recipients) {
        if (recipients < 1) {
            throw new IllegalArgumentException("a demo campaign needs at least one recipient");
        }
        try {
            Files.createDirectories(folder.resolve("findings"));
            Files.createDirectories(folder.resolve("surveys"));
            copy("organisation.yaml", folder.resolve("organisation.yaml"));
            copy("survey.yaml", folder.resolve("surveys/yougov-2019.yaml"));
            Files.writeString(folder.resolve("campaign.yaml"), campaign(recipients), StandardCharsets.UTF_8);
            for (int i = 0; i < PRODUCTS.size(); i++) {
                String[] p = PRODUCTS.get(i);
                Files.writeString(folder.resolve("findings/" + String.format("%02d", i + 1) + "-"
                        + p[0].toLowerCase(Locale.ROOT).replace(' ', '-') + ".md"), finding(p), StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve("recipients.csv"), recipientsCsv(recipients), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo campaign to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = DemoCampaign.class.getResourceAsStream("demo/" + resource)) {
            if (in == null) {
                throw new IOException("built-in demo file " + resource + " is missing");
            }
            Files.write(target, in.readAllBytes());
        }
    }

    private static String campaign(int recipients) {
        return """
                # A synthetic campaign written by `briefgen demo`: every company in it is fictional.
                id: demo-%d
                title: Cloud analytics
                subject: "Cloud analytics: Request for response regarding potential misuse of your customer data"
                letter_date: 2020-01-07
                response_days: 10
                reference: "DEMO-{seq:%d}"
                locale: en-GB
                platform: Twitter
                briefing_url: https://example.org/briefing
                recipients: recipients.csv
                findings: findings
                surveys:
                  - surveys/yougov-2019.yaml
                """.formatted(recipients, Math.max(3, Integer.toString(recipients).length()));
    }

    private static String finding(String[] p) {
        return """
                ---
                # Fictional: the tool, its vendor and their words are invented for benchmarks and tests.
                product: %s
                tool: %s
                vendor: %s
                source: https://%s.example.org/products
                ---

                > %s pulls the complete history of a %s account from the cloud in minutes, including items the user believes were deleted.

                > Investigators see contacts, locations and messages side by side, without ever touching the device.
                """
                .formatted(p[0], p[1], p[2], p[2].toLowerCase(Locale.ROOT).replace(' ', '-'), p[1], p[0]);
    }

    private static String recipientsCsv(int count) {
        Random random = new Random(20200107L);
        StringBuilder csv = new StringBuilder("id,company,short_name,products,contact_name,email,handle,address\n");
        for (int i = 1; i <= count; i++) {
            String stem = STEMS.get(random.nextInt(STEMS.size()));
            String company = stem + " " + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            String id = "r" + i;
            String products = PRODUCTS.get(random.nextInt(PRODUCTS.size()))[0]
                    + (random.nextInt(4) == 0 ? "; " + PRODUCTS.get(random.nextInt(PRODUCTS.size()))[0] : "");
            String contact = random.nextInt(3) == 0 ? ""
                    : FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            boolean postOnly = random.nextInt(10) == 0;
            String email = postOnly ? "" : "privacy+" + id + "@" + stem.toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z]", "") + "-" + i + ".example.org";
            String handle = postOnly || random.nextInt(5) == 0 ? "" : "@demo_" + i;
            String address = postOnly ? company + "; " + (1 + random.nextInt(200)) + " Example Street; Exampleton EX"
                    + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "AB; United Kingdom" : "";
            csv.append(String.join(",", id, quote(company), quote(stem), quote(products), quote(contact), email, handle,
                    quote(address))).append('\n');
        }
        return csv.toString();
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
