package org.briefgen.batch;

import java.nio.file.Path;

/** The campaign's research briefing written to disk: its file, page count and size in bytes. */
public record WrittenBriefing(Path file, int pages, long bytes) {
}
