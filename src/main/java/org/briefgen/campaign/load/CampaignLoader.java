package org.briefgen.campaign.load;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.briefgen.campaign.ApprovalPolicy;
import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.DeadlineCounting;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Platform;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;
import org.briefgen.campaign.SmtpConfig;
import org.briefgen.campaign.Survey;
import org.briefgen.failure.Suggestions;

/**
 * Loads a campaign folder ({@code organisation.yaml}, {@code campaign.yaml}, the recipients table,
 * the findings folder and the surveys) and checks it as a whole. Every problem found is reported
 * together, in one {@link DataException}.
 */
public final class CampaignLoader {

    private static final Set<String> CAMPAIGN_KEYS = Set.of("id", "title", "subject", "letter_date", "response_days",
            "reference", "locale", "language", "platform", "default_salutation", "signatory", "templates", "formats",
            "briefing_url", "follow_up_days", "recipients", "recipients_sheet", "encoding", "findings", "surveys",
            "deadline_counting", "holidays", "approval", PublishTarget.KEY);

    private final LocalDate today;
    private final List<String> formats;

    /**
     * {@code today} is what a campaign's {@code letter_date: today} means: resolved once, here.
     * {@code formats} are the names its {@code formats} key may use (the output formats installed);
     * any other is a problem reported with its line.
     */
    public CampaignLoader(LocalDate today, List<String> formats) {
        this.today = today;
        this.formats = List.copyOf(formats);
    }

    /**
     * A loader that takes any name in the campaign's {@code formats} key: the run refuses one it has
     * no format for, without the line. For loading outside the command line, as tests do.
     */
    public CampaignLoader(LocalDate today) {
        this.today = today;
        this.formats = null;
    }

    public CampaignData load(Path folder) {
        return load(folder, false);
    }

    /**
     * As {@link #load(Path)}; when {@code lenient}, a recipient whose own row is wrong is left out
     * and its problems returned in {@link CampaignData#skippedRows()}, rather than refusing the
     * campaign. Problems of the campaign as a whole are refused as always.
     */
    public CampaignData load(Path folder, boolean lenient) {
        Problems problems = new Problems(lenient);
        if (!Files.isDirectory(folder)) {
            throw new DataException(Problem.at(folder.toString(), 0, 0, "campaign folder not found"));
        }
        Organisation organisation = OrganisationFile.read(folder.resolve("organisation.yaml"), problems);
        Path campaignFile = folder.resolve("campaign.yaml");
        Fields c = Fields.of(readYaml(campaignFile, problems), problems);
        if (c == null) {
            problems.throwIfAny();
            throw new DataException(Problem.at(campaignFile.toString(), 0, 0, "empty campaign file"));
        }
        c.allow(CAMPAIGN_KEYS);
        Campaign campaign = campaign(c, organisation, folder, problems);
        List<Recipient> recipients = recipients(folder, c, encoding(c), campaign.platformKind(), problems);
        PublishTarget.read(c);
        List<Finding> findings = FindingFiles.read(folder.resolve(c.optText("findings").orElse("findings")),
                problems);
        List<Survey> surveys = surveys(folder, c, problems);
        checkSurveys(surveys, campaign, campaignFile, problems);
        checkFindings(findings, recipients, problems);
        ProductFindings.warn(findings, recipients, problems);
        problems.throwIfAny();
        return new CampaignData(folder, organisation, campaign, recipients, findings, surveys, problems.rows(),
                problems.warnings());
    }

    /** Only {@code folder}/organisation.yaml's {@code smtp:} block (empty: none); a wrong one is a DataException. */
    public static java.util.Optional<SmtpConfig> smtp(Path folder) {
        return SmtpBlock.load(folder);
    }

    static YamlNode readYaml(Path path, Problems problems) {
        String text = TextFiles.read(path, StandardCharsets.UTF_8, problems);
        return text == null ? null : YamlFiles.parse(text, path.toString(), 0, problems);
    }

    private Campaign campaign(Fields c, Organisation organisation, Path folder, Problems problems) {
        String id = c.text("id", "a short name for folders and references, e.g. cloud-extraction-2020");
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            c.report(c.problemAt("id", "campaign id '" + id + "' may hold only lower-case letters, digits and '-'"));
        }
        String title = c.text("title", "the campaign's name");
        String subject = c.text("subject", "the letter's subject line");
        LocalDate letterDate = null;
        if (!c.has("letter_date")) {
            // no date given: the letters are dated the day they are issued
            letterDate = today;
        } else if (c.optText("letter_date").orElse("").equalsIgnoreCase("today")) {
            letterDate = today;
        } else {
            letterDate = c.optDate("letter_date").orElse(null);
        }
        Integer days = c.integer("response_days", "days the recipient has to respond, e.g. 10");
        if (days != null && days < 1) {
            c.report(c.problemAt("response_days", "the response window must be at least one day"));
        }
        Integer followUpDays = c.optInteger("follow_up_days").orElse(days);
        if (followUpDays != null && followUpDays < 1) {
            c.report(c.problemAt("follow_up_days", "a follow-up's response window must be at least one day"));
        }
        String pattern = c.optText("reference").orElse("{campaign}-{seq:3}");
        if (!pattern.contains("{seq") && !pattern.contains("{id}")) {
            c.report(c.problemAt("reference", "the reference pattern must contain {seq} or {id}, so that every letter"
                    + " gets its own reference"));
        }
        String unknown = pattern.replaceAll("\\{(year|campaign|id|seq(:\\d)?)}", "");
        if (unknown.contains("{")) {
            c.report(c.problemAt("reference", "the reference pattern has an unknown placeholder")
                    .withHint("known: {year}, {campaign}, {id}, {seq}, {seq:3}"));
        }
        if (c.has("locale") && c.has("language")) {
            c.report(c.problemAt("language", "give the campaign's language once: 'locale' and 'language' are the"
                    + " same key"));
        } else if (c.has("locale")) {
            c.warn(c.problemAt("locale", "the old name of 'language': write 'language: "
                    + c.optText("locale").orElse("en-GB") + "'"));
        }
        String locale = c.optText("language").or(() -> c.optText("locale")).orElse("en-GB");
        if (Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            c.report(c.problemAt(c.has("language") ? "language" : "locale", "'" + locale
                    + "' is not a language tag").withHint("such as en-GB, fr-FR or de"));
        }
        Signatory signatory = c.map("signatory").map(s -> OrganisationFile.signatory(s, organisation == null ? null
                : organisation.name())).orElse(organisation == null ? null : organisation.signatory());
        if (signatory == null && organisation != null) {
            c.report(c.node().problem("no signatory: give 'signatory' here or in organisation.yaml"));
        }
        String letterTemplate = "letter.md.ftl";
        String briefingTemplate = "briefing.md.ftl";
        String style = "style.yaml";
        String followUpTemplate = Campaign.FOLLOW_UP_TEMPLATE;
        var templates = c.map("templates");
        if (templates.isPresent() && templates.get() != null) {
            Fields t = templates.get().allow(Set.of("letter", "briefing", "style", "follow_up"));
            letterTemplate = t.optText("letter").orElse(letterTemplate);
            followUpTemplate = t.optText("follow_up").orElse(followUpTemplate);
            style = t.optText("style").orElse(style);
            // "briefing: none" (or false) says the campaign has no briefing
            briefingTemplate = t.optText("briefing").orElse(briefingTemplate);
            if (briefingTemplate.equalsIgnoreCase("none") || briefingTemplate.equalsIgnoreCase("false")) {
                briefingTemplate = null;
            }
        }
        String platform = c.optText("platform").orElse("Twitter");
        if (Platform.named(platform).isEmpty()) {
            c.report(c.problemAt("platform", "'" + platform + "' is not a platform briefgen knows (" + Platform.NAMES
                    + ")"));
        }
        return new Campaign(id, title, subject, letterDate, days == null ? 0 : days, pattern, locale,
                platform, c.optText("default_salutation").orElse("Dear Sir/Madam"),
                signatory, letterTemplate, briefingTemplate, style, c.optText("briefing_url").orElse(null),
                deadlineCounting(c), c.optText("holidays").map(name -> HolidayFile.read(folder.resolve(name), problems))
                        .orElse(List.of()),
                formats(c), followUpDays == null ? 0 : followUpDays, followUpTemplate, approvalPolicy(c));
    }

    /** The {@code approval} key of {@code c}, reporting a value that is neither none nor required. */
    private static ApprovalPolicy approvalPolicy(Fields c) {
        String value = c.optText("approval").orElse("none");
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> ApprovalPolicy.NONE;
            case "required" -> ApprovalPolicy.REQUIRED;
            default -> {
                c.report(c.problemAt("approval", "expected none or required, found '" + value + "'"));
                yield ApprovalPolicy.NONE;
            }
        };
    }

    private static DeadlineCounting deadlineCounting(Fields c) {
        String value = c.optText("deadline_counting").orElse("calendar");
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "calendar" -> DeadlineCounting.CALENDAR;
            case "working" -> DeadlineCounting.WORKING;
            default -> {
                c.report(c.problemAt("deadline_counting", "expected calendar or working, found '" + value + "'"));
                yield DeadlineCounting.CALENDAR;
            }
        };
    }

    /** The recipients table: CSV, or an Excel workbook (.xlsx) with the sheet named in the campaign. */
    private static List<Recipient> recipients(Path folder, Fields c, Charset encoding, Platform platform,
            Problems problems) {
        Path table = folder.resolve(c.optText("recipients").orElse("recipients.csv"));
        if (table.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            return RecipientsXlsx.read(table, c.optText("recipients_sheet").orElse(null), platform, problems);
        }
        return RecipientsCsv.read(table, encoding, platform, problems);
    }

    private List<String> formats(Fields c) {
        List<String> named = new ArrayList<>();
        for (String format : c.texts("formats")) {
            String name = format.toLowerCase(java.util.Locale.ROOT);
            if (formats != null && !formats.contains(name)) {
                c.report(c.problemAt("formats", "unknown format '" + format + "'")
                        .withHint("known: " + String.join(", ", formats)));
            } else if (!named.contains(name)) {
                named.add(name);
            }
        }
        return named;
    }

    private static Charset encoding(Fields c) {
        return c.optText("encoding").map(name -> {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                c.report(c.problemAt("encoding", "unknown encoding '" + name + "'")
                        .withHint("UTF-8 or windows-1252"));
                return StandardCharsets.UTF_8;
            }
        }).orElse(StandardCharsets.UTF_8);
    }

    private static List<Survey> surveys(Path folder, Fields c, Problems problems) {
        List<String> names = c.texts("surveys");
        List<Path> paths = new ArrayList<>();
        if (!names.isEmpty()) {
            names.forEach(n -> paths.add(folder.resolve(n)));
        } else if (Files.isDirectory(folder.resolve("surveys"))) {
            try (Stream<Path> listing = Files.list(folder.resolve("surveys"))) {
                listing.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().forEach(paths::add);
            } catch (java.io.IOException e) {
                problems.add(folder.resolve("surveys").toString(), 0, 0, "cannot list: " + e.getMessage());
            }
        }
        List<Survey> surveys = new ArrayList<>();
        for (Path path : paths) {
            Survey survey = SurveyFile.read(path, problems);
            if (survey != null) {
                surveys.add(survey);
            }
        }
        return surveys;
    }

    private static void checkSurveys(List<Survey> surveys, Campaign campaign, Path campaignFile, Problems problems) {
        List<String> seen = new ArrayList<>();
        for (Survey survey : surveys) {
            if (seen.contains(survey.id())) {
                problems.add(campaignFile.toString(), 0, 0, "two surveys have the id '" + survey.id() + "'");
            }
            seen.add(survey.id());
            if (campaign.letterDate() != null && !survey.fieldworkEnd().isBefore(campaign.letterDate())) {
                problems.add(Problem.at(campaignFile.toString(), 0, 0, "survey '" + survey.id()
                        + "' ends its fieldwork on " + survey.fieldworkEnd() + ", not before the letter date "
                        + campaign.letterDate()).withHint("a letter cannot cite a poll still in the field"));
            }
        }
    }

    private static void checkFindings(List<Finding> findings, List<Recipient> recipients, Problems problems) {
        List<String> ids = recipients.stream().map(Recipient::id).toList();
        for (Finding finding : findings) {
            for (String id : finding.recipients()) {
                if (!ids.contains(id)) {
                    problems.add(Problem.at("finding " + finding.id(), 0, 0, "names recipient '" + id
                            + "', who is not in the recipients table").withHint(Suggestions.hint(id, ids)));
                }
            }
        }
    }
}
