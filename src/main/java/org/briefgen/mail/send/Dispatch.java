package org.briefgen.mail.send;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.Officer;
import org.briefgen.archive.rules.Tracker;
import org.briefgen.failure.UserError;
import org.briefgen.mail.ArchivedEmail;
import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.MessageSummary;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.Password;

/**
 * One run of sending: which issued letters' e-mails still have addresses to send to (never one
 * that may have left, or was refused for good, unless the letter is asked for again), and sending
 * them with each hand-over recorded in the archive. The command line and any other face call this.
 */
public final class Dispatch {

    /**
     * What to send: only campaign {@code campaign} (null: all), at most {@code limit} letters (0: no
     * limit), and when {@code resend} names letters, only those, to every address not yet sent to;
     * when {@code only} names letters, none but those (a confirmed list: nothing issued since is sent).
     * A letter whose thread already has a response is passed over (and named) unless
     * {@code includeResponded}.
     */
    public record Request(String campaign, int limit, Set<String> resend, Set<String> only,
            boolean includeResponded) {

        public Request {
            resend = Set.copyOf(resend);
            only = Set.copyOf(only);
        }

        public Request(String campaign, int limit, Set<String> resend, Set<String> only) {
            this(campaign, limit, resend, only, false);
        }

        public Request(String campaign, int limit, Set<String> resend) {
            this(campaign, limit, resend, Set.of(), false);
        }

        /** The same request, sending to letters already responded to as well when {@code include}. */
        public Request includingResponded(boolean include) {
            return new Request(campaign, limit, resend, only, include);
        }
    }

    /** A letter passed over because the company already responded (to it or to a letter of its thread). */
    public record Responded(String reference, String company) {
    }

    /** Hears a run as it goes: the letters planned, then each letter once it is done with. */
    public interface Listener {

        /** Nothing is heard. */
        Listener NONE = new Listener() {
        };

        default void planned(List<Planned> planned) {
        }

        default void done(Item item) {
        }
    }

    /** A letter to send now, and the addresses it goes to. */
    public record Planned(ArchivedEmail email, MessageSummary summary, List<String> addresses) {
    }

    /** One letter of the run: its summary, and what came of it (null in a plan), or why it was not sent. */
    public record Item(String reference, String company, MessageSummary summary, List<String> addresses,
            SendResult result, String problem) {

        /** True when some address was not sent to (failed, deferred, uncertain) or the letter could not be sent. */
        public boolean failed() {
            return problem != null || result != null && result.deliveries().stream()
                    .anyMatch(d -> d.status() != DeliveryStatus.SENT && d.status() != DeliveryStatus.DRY_RUN);
        }
    }

    /**
     * A letter whose hand-over to some addresses began in an earlier run that stopped before the server
     * answered ({@code addresses}, as recorded): it may or may not have arrived, and is never sent there
     * again unless asked for by {@code send --resend REF}.
     */
    public record Uncertain(String reference, String company, List<String> addresses) {

        public Uncertain {
            addresses = List.copyOf(addresses);
        }
    }

    /**
     * What a run did: each letter, how many letters had nothing left to send, why the run stopped
     * early (null when it did not), the letters of the request left uncertain by an earlier run, and those
     * passed over because the company already responded.
     */
    public record Report(List<Item> items, int alreadySent, String stopped, List<Uncertain> uncertain,
            List<Responded> responded) {

        public Report {
            items = List.copyOf(items);
            uncertain = List.copyOf(uncertain);
            responded = List.copyOf(responded);
        }

        public boolean anyFailed() {
            return stopped != null || items.stream().anyMatch(Item::failed);
        }
    }

    private final Archive archive;
    private final Request request;
    private final Officer officer;

    /** Sends as the system's user. */
    public Dispatch(Archive archive, Request request) {
        this(archive, request, Officer.systemUser());
    }

    /** Sends as {@code officer}, whom every delivery row recorded names. */
    public Dispatch(Archive archive, Request request, Officer officer) {
        this.archive = archive;
        this.request = request;
        this.officer = Objects.requireNonNull(officer, "officer");
    }

    /** The letters that have addresses left to send to, in the order issued; and the problems met. */
    public Report plan(List<Planned> planned) {
        Map<String, Map<String, DeliveryKind>> state = new HashMap<>();
        Map<String, Map<String, String>> written = new HashMap<>();
        for (DeliveryRow d : archive.deliveries()) {
            state.computeIfAbsent(d.reference(), r -> new HashMap<>()).put(d.address().toLowerCase(Locale.ROOT),
                    d.kind());
            written.computeIfAbsent(d.reference(), r -> new TreeMap<>()).put(d.address().toLowerCase(Locale.ROOT),
                    d.address());
        }
        List<ArchivedEmail> emails = ArchivedEmail.of(archive);
        for (String r : request.resend()) {
            if (emails.stream().noneMatch(e -> e.reference().equals(r))) {
                throw archive.letter(r).isPresent()
                        ? new MailException(r + " has no e-mail (it was issued without an .eml)", "nothing was sent.")
                        : ArchiveMessages.noSuchLetter(r, archive.describe());
            }
        }
        Set<String> superseded = ArchivedEmail.superseded(archive);
        Set<String> answered = request.includeResponded() ? Set.of()
                : Tracker.responded(archive.letters(), archive.responses());
        List<Responded> responded = new ArrayList<>();
        List<Item> problems = new ArrayList<>();
        List<Uncertain> uncertain = new ArrayList<>();
        int alreadySent = 0;
        for (ArchivedEmail e : emails) {
            boolean resend = request.resend().contains(e.reference());
            if (!request.resend().isEmpty() && !resend || !request.only().isEmpty()
                    && !request.only().contains(e.reference()) || request.campaign() != null
                            && !request.campaign().equals(e.letter().campaign())
                    || superseded.contains(e.reference()) && !resend) {
                continue;
            }
            Map<String, DeliveryKind> recorded = state.getOrDefault(e.reference(), Map.of());
            List<String> unsure = written.getOrDefault(e.reference(), Map.of()).entrySet().stream().filter(a -> {
                DeliveryKind k = recorded.get(a.getKey());
                return (k == DeliveryKind.SENDING || k == DeliveryKind.UNCERTAIN) && !resend;
            }).map(Map.Entry::getValue).toList();
            if (!unsure.isEmpty()) {
                uncertain.add(new Uncertain(e.reference(), e.letter().company(), unsure));
            }
            if (request.limit() > 0 && planned.size() >= request.limit()) {
                continue;
            }
            MessageSummary summary;
            try {
                summary = e.summary();
            } catch (MailException problem) {
                problems.add(new Item(e.reference(), e.letter().company(), null, List.of(), null,
                        problem.getMessage()));
                continue;
            }
            Map<String, DeliveryKind> known = state.getOrDefault(e.reference(), Map.of());
            List<String> open = summary.recipients().stream().filter(a -> {
                DeliveryKind k = known.get(a.toLowerCase(Locale.ROOT));
                return k == null || !k.settled() || resend && k != DeliveryKind.SENT;
            }).toList();
            if (open.isEmpty()) {
                alreadySent++;
            } else if (answered.contains(e.reference())) {
                // the company answered: a letter (or a reminder) now would cross its reply
                responded.add(new Responded(e.reference(), e.letter().company()));
            } else {
                planned.add(new Planned(e, summary, open));
            }
        }
        return new Report(problems, alreadySent, null, uncertain, responded);
    }

    /**
     * Plans, then sends each planned letter through a sender connected with {@code settings} (a dry run
     * or a to-self run as {@code options} say). {@code hook} wraps the archive's delivery log (tests
     * inject faults with it). A refused login stops the run ({@link MailAuthenticationException});
     * any other failure stops it too, reported in {@link Report#stopped()}.
     */
    public Report send(SmtpSettings settings, Password password, SendOptions options, UnaryOperator<DeliveryLog> hook) {
        return send(settings, password, options, hook, Listener.NONE);
    }

    /** As {@link #send(SmtpSettings, Password, SendOptions, UnaryOperator)}, telling {@code listener} as it goes. */
    public Report send(SmtpSettings settings, Password password, SendOptions options, UnaryOperator<DeliveryLog> hook,
            Listener listener) {
        List<Planned> planned = new ArrayList<>();
        Report plan = plan(planned);
        List<Item> items = new ArrayList<>(plan.items());
        plan.items().forEach(listener::done);
        listener.planned(List.copyOf(planned));
        if (planned.isEmpty() && !options.dryRun()) {
            return new Report(items, plan.alreadySent(), null, plan.uncertain(), plan.responded());
        }
        DeliveryLog log = hook.apply(new ArchiveDeliveryLog(archive, !request.resend().isEmpty(), officer));
        String stopped = null;
        try (Sender sender = Sender.connect(settings, password, options)) {
            for (Planned p : planned) {
                ArchivedEmail e = p.email();
                try {
                    SendResult result = sender.send(new Outgoing(e.reference(), e.bytes(), p.addresses()), log);
                    items.add(new Item(e.reference(), e.letter().company(), p.summary(), p.addresses(), result, null));
                    listener.done(items.get(items.size() - 1));
                } catch (MailAuthenticationException refused) {
                    throw refused;
                } catch (UserError problem) {
                    items.add(new Item(e.reference(), e.letter().company(), p.summary(), p.addresses(), null,
                            problem.getMessage()));
                    listener.done(items.get(items.size() - 1));
                    stopped = problem.getMessage();
                    break;
                }
            }
        }
        return new Report(items, plan.alreadySent(), stopped, plan.uncertain(), plan.responded());
    }
}
