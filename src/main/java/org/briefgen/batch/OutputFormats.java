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
 * Every output format briefgen knows: the four built in (pdf, docx, eml, post, in that order), then
 * those registered through {@link ServiceLoader} ({@code META-INF/services/org.briefgen.batch.OutputFormat},
 * found with the thread's context class loader), by id. The format names, the campaign's
 * {@code formats} check, the command line's choices and the run's writers all come from here.
 */
public final class OutputFormats {

    private static final List<OutputFormat> BUILT_IN = List.of(OutputFormat.PDF, OutputFormat.DOCX,
            OutputFormat.EML, OutputFormat.POST);

    private final Map<String, OutputFormat> byId;

    private OutputFormats(Map<String, OutputFormat> byId) {
        this.byId = byId;
    }

    /** The formats installed now: built in and registered. A registered format may not reuse a known id. */
    public static OutputFormats installed() {
        Map<String, OutputFormat> byId = new LinkedHashMap<>();
        BUILT_IN.forEach(f -> byId.put(f.id(), f));
        List<OutputFormat> found = new ArrayList<>();
        ServiceLoader.load(OutputFormat.class).forEach(found::add);
        found.sort(Comparator.comparing(OutputFormat::id));
        for (OutputFormat format : found) {
            OutputFormat before = byId.putIfAbsent(format.id(), format);
            if (before != null && before.getClass() != format.getClass()) {
                throw new IllegalStateException("two output formats are called '" + format.id() + "': "
                        + before.getClass().getName() + " and " + format.getClass().getName());
            }
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
        return BUILT_IN;
    }

    /** The ids, in order: {@code pdf, docx, eml, post}. */
    public List<String> names() {
        return List.copyOf(byId.keySet());
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
     * The formats the campaign's {@code formats} key names, in this registry's order. A name no
     * format has is a problem of {@code campaign.yaml}; loading with {@link #names()} reports it
     * sooner, with its line.
     */
    public List<OutputFormat> named(CampaignData data) {
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
