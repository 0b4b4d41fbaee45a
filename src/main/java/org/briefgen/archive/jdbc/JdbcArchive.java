package org.briefgen.archive.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.briefgen.approval.Decision;
import org.briefgen.approval.Role;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.DismissedMessage;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IncomingMessage;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.Officer;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.archive.Verification;
import org.briefgen.files.AtomicFiles;

/**
 * The archive in a database reached through JDBC (SQLite by default). Opening it is {@link ArchiveDatabase}'s
 * job, issuing {@link LetterIssuer}'s, the rows {@link LetterStore}'s and others': all share one {@link Statements}.
 */
final class JdbcArchive implements Archive {

    private final ArchiveLocation location;
    private final LetterIssuer issuer;
    private final ResponseStore responses;
    private final OfficerStore officers;
    private final DeliveryStore deliveries;
    private final InboxStore inbox;
    private final ReviewStore review;
    private final ApprovalStore approvals;
    private final StoreContext shared;

    private JdbcArchive(ArchiveLocation location, Clock clock, Statements statements, AtomicFiles files)
            throws SQLException {
        this.location = location;
        this.shared = new StoreContext(statements, LetterStore.of(statements), StoredFiles.of(statements),
                new OutputFolder(location.files()), files, clock, location.describe());
        this.issuer = new LetterIssuer(shared);
        this.responses = new ResponseStore(shared);
        this.officers = new OfficerStore(shared);
        this.deliveries = new DeliveryStore(shared);
        this.inbox = new InboxStore(shared, responses, deliveries);
        this.review = new ReviewStore(shared, inbox);
        this.approvals = new ApprovalStore(statements, clock);
    }

    static JdbcArchive open(ArchiveLocation location, Clock clock, boolean readOnly) {
        return open(location, clock, readOnly, AtomicFiles.DURABLE, NewArchive.NONE);
    }

    /** As above, syncing what it records through {@code files}, a new archive the one {@code ahead} made. */
    static JdbcArchive open(ArchiveLocation location, Clock clock, boolean readOnly, AtomicFiles files,
            NewArchive ahead) {
        Dialect dialect = ArchiveDatabase.dialect(location);
        Connection connection = ArchiveDatabase.connect(location, dialect, readOnly, ahead);
        try {
            return new JdbcArchive(location, clock, new Statements(connection, location.describe(), dialect), files);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot open the archive " + location.describe() + ": " + e.getMessage(),
                    e);
        }
    }

    /** What its stores share: for copying an archive ({@link ArchiveMigration}). */
    StoreContext shared() {
        return shared;
    }

    @Override
    public String describe() {
        return location.describe();
    }

    /** Closes the archive; when it recorded anything, first leaves an anchor of the heads in the output folder. */
    @Override
    public void close() {
        try {
            if (shared.statements().appended()) {
                Anchors.write(shared.files(), location.files(), Anchors.identity(location), head(), shared.clock());
            }
        } finally {
            shared.statements().close();
        }
    }

    @Override
    public ArchiveHead head() {
        return read(() -> Chains.head(shared.statements()));
    }

    @Override
    public List<IssueOutcome> issue(List<LetterIssue> issues) {
        return issuer.issue(issues);
    }

    @Override
    public Response respond(ResponseRequest request) {
        return responses.respond(request);
    }

    @Override
    public List<IssuedLetter> letters() {
        return read(() -> shared.letters().all());
    }

    @Override
    public ArchiveInPages pages() {
        return new PagedReads(shared, responses, deliveries, inbox);
    }

    @Override
    public Optional<IssuedLetter> letter(String reference) {
        return read(() -> shared.letters().letter(reference));
    }

    @Override
    public List<Response> responses() {
        return read(() -> responses.all());
    }

    @Override
    public void addOfficer(String name, char[] password, Role role) {
        officers.add(name, password, role);
    }

    @Override
    public void setRole(String name, Role role) {
        officers.setRole(name, role);
    }

    @Override
    public Map<String, Role> roles() {
        return read(() -> officers.roles());
    }

    @Override
    public Decision recordApproval(Decision decision, Function<String, Optional<String>> texts) {
        return approvals.record(decision, texts);
    }

    @Override
    public void approvals(Consumer<Decision> each) {
        read(() -> approvals.each(each));
    }

    @Override
    public Optional<String> officerAddress(String name) {
        return new OfficerAddresses(shared.statements(), shared.clock()).of(name);
    }

    @Override
    public void setOfficerAddress(String name, String address) {
        new OfficerAddresses(shared.statements(), shared.clock()).set(name, address);
    }

    @Override
    public boolean checkOfficer(String name, char[] password) {
        return read(() -> officers.check(name, password));
    }

    @Override
    public List<String> officers() {
        return read(() -> officers.names());
    }

    @Override
    public Verification verify(String expectedHead) {
        ArchiveHead.Expected expected = expectedHead == null ? null : ArchiveHead.Expected.parse(expectedHead);
        // the anchors first: each was written after its rows were committed, so the rows read next include them
        // even while another officer records (never a chain taken for cut short because it grew meanwhile)
        Anchors.Found anchors = Anchors.read(location.files(), Anchors.identity(location));
        Verification rows = verifyRows();
        Map<String, List<String>> hashes = new HashMap<>();
        for (Chains.Chain chain : Chains.ALL) {
            hashes.put(chain.name(), read(() -> Chains.hashes(shared.statements(), chain)));
        }
        Verification.Ends ends = AnchorCheck.check(head(), hashes, anchors, expected);
        return new Verification(rows.letters(), rows.responses(), rows.files(), rows.mismatches(), ends);
    }

    private Verification verifyRows() {
        return read(() -> ArchiveVerifier.verify(pages().everyLetter(), responses(), deliveries(), inboxMessages(),
                officers.rows(), reviewMessages(), reviewDecisions(), approvals::rows, dismissedMessages(),
                shared.folder(), ArchiveVerifier.copies(shared.stored()::required, this::storedCopy)));
    }

    @Override
    public List<DeliveryRow> deliver(List<DeliveryEvent> events, boolean resend) {
        return deliveries.deliver(events, resend);
    }

    @Override
    public List<DeliveryRow> deliveries() {
        return read(() -> deliveries.all());
    }

    @Override
    public boolean recordReply(IncomingMessage message) {
        return inbox.reply(message);
    }

    @Override
    public boolean recordBounce(IncomingMessage message) {
        return inbox.bounce(message);
    }

    @Override
    public List<InboxRecord> inboxMessages() {
        return read(() -> inbox.all());
    }

    @Override
    public boolean holdForReview(IncomingMessage message) {
        return review.hold(message);
    }

    @Override
    public ReviewDecision decide(int entry, boolean confirm, Officer officer, String comment) {
        return review.decide(entry, confirm, null, officer, comment);
    }

    @Override
    public ReviewDecision attach(int entry, String reference, Officer officer, String comment) {
        return review.decide(entry, true, java.util.Objects.requireNonNull(reference), officer, comment);
    }

    @Override
    public List<ReviewMessage> reviewMessages() {
        return read(() -> review.messages());
    }

    @Override
    public List<ReviewDecision> reviewDecisions() {
        return read(() -> review.decisions());
    }

    @Override
    public DismissedMessage dismiss(String messageId, String sender, String subject, String reason, Officer officer,
            String comment) {
        return review.dismiss(messageId, sender, subject, reason, officer, comment);
    }

    @Override
    public List<DismissedMessage> dismissedMessages() {
        return read(() -> review.dismissed());
    }

    @Override
    public Path file(RecordedFile file) {
        return shared.folder().resolve(file.path());
    }

    @Override
    public boolean storesFiles() {
        return shared.stored().enabled();
    }

    @Override
    public Optional<byte[]> storedCopy(String sha256) {
        return read(() -> shared.stored().read(sha256));
    }

    /** A query's result; its failure as the archive's. */
    private <T> T read(PagedReads.Query<T> query) {
        return PagedReads.read(shared, query);
    }

    /** Sets the archive to keep the files it records from now on. */
    void storeFiles() {
        shared.statements().inTransaction(() -> {
            StoredFiles.enable(shared.statements());
            return null;
        });
    }
}
