package org.briefgen.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.Problem;

/**
 * Every output format briefgen knows, registered through {@link ServiceLoader}
 * ({@code META-INF/services/org.briefgen.batch.OutputFormat}, found with the thread's context class
 * loader): the four built in first (pdf, docx, eml, post, in that order), then the others by id. Made
 * once per command line or workbench ({@link Campaigns}) and passed down: the format names, the
 * campaign's {@code formats} check, the command line's choices and the run's writers all come from it.
 */
public final class OutputFormats {

    /** The built-in formats' ids, in the order their files are listed: what a run writes when no one names formats. */
    private static final List<String> BUILT_IN = List.of("pdf", "docx", "eml", "post");

    private final Map<String, OutputFormat> byId;

    private OutputFormats(Map<String, OutputFormat> byId) {
        this.byId = byId;
    }

    /** The formats installed now. Two formats may not share an id. */
    public static OutputFormats installed() {
        List<OutputFormat> found = new ArrayList<>();
        ServiceLoader.load(OutputFormat.class).forEach(found::add);
        found.sort(Comparator.comparing((OutputFormat f) -> BUILT_IN.contains(f.id()) ? BUILT_IN.indexOf(f.id())
                : BUILT_IN.size()).thenComparing(OutputFormat::id));
        Map<String, OutputFormat> byId = new LinkedHashMap<>();
        for (OutputFormat format : found) {
            OutputFormat before = byId.putIfAbsent(format.id(), format);
            if (before != null && before.getClass() != format.getClass()) {
                throw new IllegalStateException("two output formats are called '" + format.id() + "': "
                        + before.getClass().getName() + " and " + format.getClass().getName());
            }
        }
        List<String> missing = BUILT_IN.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("briefgen's class path lacks its own formats " + missing
                    + " (META-INF/services/" + OutputFormat.class.getName() + ")");
        }
        return new OutputFormats(byId);
    }

    /** Every format, built in first. */
    public List<OutputFormat> all() {
        return List.copyOf(byId.values());
    }

    /**
     * What a run writes when no one names formats: the built-in ones. A registered format is written
     * only when named, so that putting one on the class path changes no run that did not ask for it.
     */
    public List<OutputFormat> defaults() {
        return BUILT_IN.stream().map(byId::get).toList();
    }

    /** The ids, in order: {@code pdf, docx, eml, post}, then the others'. */
    public List<String> names() {
        return List.copyOf(byId.keySet());
    }

    /** The suffixes of every format ({@code .pdf}, {@code .post.txt}), in order. */
    public List<String> suffixes() {
        return byId.values().stream().map(OutputFormat::suffix).toList();
    }

    /** The format called {@code name} (any case); otherwise an {@link IllegalArgumentException} listing the formats. */
    public OutputFormat parse(String name) {
        OutputFormat format = byId.get(name.strip().toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("'" + name + "' is not a format (choose from "
                    + String.join(", ", names()) + ")");
        }
        return format;
    }

    /**
     * {@code chosen} in this registry's order, each once (formats are matched by id); a format given
     * that is not registered comes last.
     */
    public List<OutputFormat> inOrder(Collection<OutputFormat> chosen) {
        Map<String, OutputFormat> wanted = new LinkedHashMap<>();
        chosen.forEach(f -> wanted.putIfAbsent(f.id(), f));
        List<OutputFormat> ordered = new ArrayList<>();
        byId.keySet().stream().filter(wanted::containsKey).forEach(id -> ordered.add(wanted.remove(id)));
        ordered.addAll(wanted.values());
        return ordered;
    }

    /**
     * The formats a run writes: {@code asked} (the command line's), else those the campaign's
     * {@code formats} key names, else the defaults. The campaign's names were checked, with their
     * line, when it was loaded against {@link #names()}; one unknown here is a campaign loaded
     * against another registry, reported without a line.
     */
    public List<OutputFormat> forRun(Collection<OutputFormat> asked, CampaignData data) {
        if (!asked.isEmpty()) {
            return inOrder(asked);
        }
        if (data.campaign().formats().isEmpty()) {
            return defaults();
        }
        List<OutputFormat> formats = new ArrayList<>();
        for (String name : data.campaign().formats()) {
            OutputFormat format = byId.get(name.toLowerCase(Locale.ROOT));
            if (format == null) {
                throw new DataException(Problem.at(data.folder().resolve("campaign.yaml").toString(), 0, 0,
                        "unknown format '" + name + "'").withHint("known: " + String.join(", ", names())));
            }
            formats.add(format);
        }
        return inOrder(formats);
    }
}
