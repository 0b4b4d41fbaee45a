package org.briefgen.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.batch.CampaignRun;
import org.briefgen.merge.DateCheck;
import org.briefgen.merge.Letter;

import io.javalin.http.Context;

/**
 * The explicit confirmation the workbench asks for before issuing or sending letters dated more than
 * seven days before the day, or past their deadline ({@link DateCheck}): a checkbox whose value names
 * the dates confirmed, checked here, on the server, so that no form without it (or confirming other
 * dates) issues or sends anything.
 */
final class DatesConfirmation {

    /** The form field. */
    static final String FIELD = "confirm_dates";

    private DatesConfirmation() {
    }

    /** The campaign's letters as issued on {@code day}, when their dates need confirming. */
    static Optional<DateCheck> ofCampaign(CampaignRun run, LocalDate day) {
        if (run.data().recipients().isEmpty()) {
            return Optional.empty();
        }
        Letter letter = run.merge(run.data().recipients().get(0), 1).letter();
        return Optional.of(new DateCheck(letter.date().date(), letter.deadline().date(), day)).filter(
                DateCheck::questionable);
    }

    /** The oldest-dated of {@code letters} as sent on {@code day}, when some letter's dates need confirming. */
    static Optional<DateCheck> ofLetters(List<IssuedLetter> letters, LocalDate day) {
        return letters.stream().map(l -> new DateCheck(l.letterDate(), l.deadline(), day)).filter(
                DateCheck::questionable).min(Comparator.comparing(DateCheck::letterDate));
    }

    /** What the page's checkbox shows and sends, or an empty map when nothing needs confirming. */
    static Map<String, Object> model(Optional<DateCheck> check, boolean plural) {
        Map<String, Object> model = new HashMap<>();
        check.ifPresent(c -> {
            model.put("sentence", c.confirmation(plural));
            model.put("token", token(c));
        });
        return model;
    }

    /**
     * Refuses (400) the request unless its form confirms {@code check}'s dates; {@code what} is what
     * would have happened ("issued", "sent").
     */
    static void require(Context ctx, Optional<DateCheck> check, boolean plural, String what) {
        if (check.isEmpty()) {
            return;
        }
        if (!token(check.get()).equals(ctx.formParam(FIELD))) {
            throw RefusedException
                    .badRequest("these letters' dates were not confirmed: tick \"" + check.get().confirmation(
                            plural) + "\" to go on; nothing was " + what + ".");
        }
    }

    private static String token(DateCheck check) {
        return check.letterDate() + "/" + check.deadline() + "/" + check.day();
    }
}
