package org.briefgen.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.export.SheetWriter;
import org.briefgen.archive.export.TrackerReport;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.archive.rules.TrackerStatus;
import org.briefgen.web.paging.PageRequest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The tracker: where each letter stands today, as a table and a chart; its exports, as {@code tracker} writes them. */
record TrackerPages(Services services) {

    void register(RoutesConfig routes) {
        routes.get("/tracker", this::page);
        routes.get("/tracker/export.csv", ctx -> download(ctx, "text/csv; charset=utf-8", "csv", SheetWriter.csv(
                TrackerReport.sheet(rows())).getBytes(StandardCharsets.UTF_8)));
        routes.get("/tracker/export.xlsx", ctx -> download(ctx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                SheetWriter.xlsx(TrackerReport.sheet(rows()))));
        routes.get("/tracker/export.pdf", ctx -> download(ctx, "application/pdf", "pdf", new TrackerReport(services
                .source().templates()).pdf(rows(), LocalDate.now()).bytes()));
    }

    private List<TrackerRow> rows() {
        return ArchiveView.read(services.archive()).tracker(LocalDate.now());
    }

    private void page(Context ctx) {
        List<TrackerRow> rows = rows();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (TrackerStatus status : TrackerStatus.values()) {
            int n = (int) rows.stream().filter(r -> r.status() == status).count();
            // the sending statuses only when some letter has one: a campaign not sent by briefgen has none
            if (status != TrackerStatus.SUPERSEDED && (!status.ofDelivery() || n > 0)) {
                counts.put(Words.status(status), n);
                statuses.put(key(status), Words.status(status));
            }
        }
        Map<String, Object> model = new HashMap<>();
        // a follow-up's row comes right after the letter it chases, and says so
        Words words = Words.officers();
        // a page of the letters, as filtered; the chart counts every letter
        PageRequest asked = PageRequest.of(ctx.queryParamMap(), statuses.keySet());
        model.put("letters", asked.slice(rows.stream().filter(r -> asked.matches(key(r.status()), r.letter()
                .reference(), r.letter().company())).toList(), "/tracker")
                .map(r -> Map.of("reference", r.letter().reference(), "company", r.letter()
                        .company(), "issued", words.day(r.letter().letterDate()), "deadline",
                        words.day(r.letter()
                                .deadline()),
                        "status", r.ownStatusText(), "chain", r.chainText(), "statusKey",
                        key(r.status()), "follows", r.letter().isFollowUp() ? r.letter().follows() : "",
                        "round", r.letter().round())));
        model.put("statuses", statuses);
        model.put("today", TrackerRow.text(LocalDate.now()));
        model.put("chart", StatusChart.model(counts));
        model.put("inbox", InboxPages.where(services.settings().mail()));
        services.pages().render(ctx, "tracker.ftlh", "tracker", model);
    }

    /** A status as the page's address and classes write it: "no-response-by-deadline". */
    private static String key(TrackerStatus status) {
        return status.key().replace(' ', '-');
    }

    private static void download(Context ctx, String type, String extension, byte[] bytes) {
        ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"tracker." + extension + "\"")
                .result(bytes);
    }
}
