package org.briefgen.batch.format;

import org.briefgen.batch.OutputFormat;

/**
 * What the four built-in formats say of themselves, given once each: the id, whose file suffix is
 * the id as an extension unless the format says otherwise, and whether the file carries the research
 * briefing (beside it or attached).
 */
abstract class BuiltInFormat implements OutputFormat {

    private final String id;
    private final boolean carriesBriefing;

    BuiltInFormat(String id, boolean carriesBriefing) {
        this.id = id;
        this.carriesBriefing = carriesBriefing;
    }

    @Override
    public final String id() {
        return id;
    }

    /** {@code .} and the id: {@code .pdf}. */
    @Override
    public String suffix() {
        return "." + id;
    }

    @Override
    public final boolean carriesBriefing() {
        return carriesBriefing;
    }
}
