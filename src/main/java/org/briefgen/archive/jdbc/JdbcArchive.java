package org.briefgen.archive.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.approval.Decision;
import org.briefgen.approval.Role;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryRow;
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
import org.briefgen.archive.export.FileExport;
import org.briefgen.files.AtomicFiles;

/**
 * The archive in a database reached through JDBC: SQLite by default. Opening it is
 * {@link ArchiveDatabase}'s job; issuing {@link LetterIssuer}'s; the rows are {@link LetterStore}'s
 * and {@link ResponseStore}'s; all of them share one connection's {@link Statements}.
 */
final class JdbcArchive implements Archive {

    private final ArchiveLocation location;
    private final OutputFolder folder;
    private final Statements statements;
    private final LetterStore letters;
    private final LetterIssuer issuer;
    private final ResponseStore responses;
    private final OfficerStore officers;
    private final StoredFiles stored;
    private final DeliveryStore deliveries;
    private final InboxStore inbox;
    private final Clock clock;
    private final AtomicFiles files;
    private final ReviewStore review;
    private final ApprovalStore approvals;

    private JdbcArchive(ArchiveLocation location, Clock clock, Connection connection, AtomicFiles files)
            throws SQLException {
        this.location = location;
        this.clock = clock;
        this.files = files;
        this.folder = new OutputFolder(location.files());
        Dialect dialect = ArchiveDatabase.dialect(location);
        this.statements = new Statements(connection, location.describe(), dialect);
        this.letters = LetterStore.of(statements);
        this.stored = StoredFiles.of(statements, dialect);
        this.issuer = new LetterIssuer(statements, letters, folder, files, clock, location.describe(), stored);
        this.responses = new ResponseStore(statements, letters, folder, files, clock, location.describe(), stored);
        this.officers = new OfficerStore(statements, clock);
        this.deliveries = new DeliveryStore(statements, letters, clock, location.describe());
        this.inbox = new InboxStore(statements, letters, responses, deliveries, folder, files, clock,
                location.describe());
        this.review = new ReviewStore(statements, inbox, clock);
        this.approvals = new ApprovalStore(statements, clock);
    }

    static JdbcArchive open(ArchiveLocation location, Clock clock, boolean readOnly) {
        return open(location, clock, readOnly, AtomicFiles.DURABLE);
    }

    /** As {@link #open(ArchiveLocation, Clock, boolean)}, syncing what it records through {@code files}. */
    static JdbcArchive open(ArchiveLocation location, Clock clock, boolean readOnly, AtomicFiles files) {
        Connection connection = ArchiveDatabase.connect(location, readOnly);
        try {
            return new JdbcArchive(location, clock, connection, files);
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

    Statements statements() {
        return statements;
    }

    StoredFiles stored() {
        return stored;
    }

    OutputFolder folder() {
        return folder;
    }

    @Override
    public String describe() {
        return location.describe();
    }

    /** Closes the archive; when it recorded anything, first leaves an anchor of the heads in the output folder. */
    @Override
    public void close() {
        try {
            if (statements.appended()) {
                Anchors.write(files, location.files(), Anchors.identity(location), head(), clock);
            }
        } finally {
            statements.close();
        }
    }

    @Override
    public ArchiveHead head() {
        return read(() -> Chains.head(statements));
    }

    @Override
    public IssueOutcome issue(LetterIssue issue) {
        return issue(List.of(issue)).get(0);
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
        return read(() -> letters.all());
    }

    @Override
    public Optional<IssuedLetter> letter(String reference) {
        return read(() -> letters.letter(reference));
    }

    @Override
    public List<Response> responses() {
        return read(() -> responses.all());
    }

    @Override
    public void addOfficer(String name, char[] password) {
        officers.add(name, password);
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
    public Decision recordApproval(Decision decision) {
        return approvals.record(decision);
    }

    @Override
    public List<Decision> approvals() {
        return read(() -> approvals.all());
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
        try {
            Map<String, List<String>> hashes = new HashMap<>();
            for (Chains.Chain chain : Chains.ALL) {
                hashes.put(chain.name(), Chains.hashes(statements, chain));
            }
            Verification.Ends ends = AnchorCheck.check(head(), hashes, anchors, expected);
            return new Verification(rows.letters(), rows.responses(), rows.files(), rows.mismatches(), ends);
        } catch (SQLException e) {
            throw statements.failure(e);
        }
    }

    private Verification verifyRows() {
        return read(() -> ArchiveVerifier.verify(letters(), responses(), deliveries(), inboxMessages(), officers.rows(),
                reviewMessages(), reviewDecisions(), approvals.all(), folder,
                ArchiveVerifier.copies(stored::required, this::storedCopy)));
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
        return review.decide(entry, confirm, officer, comment);
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
    public Path file(RecordedFile file) {
        return folder.resolve(file.path());
    }

    @Override
    public boolean storesFiles() {
        return stored.enabled();
    }

    @Override
    public FileExport exportFiles(Path into) {
        return FileExport.write(letters(), responses(), this::storedCopy, into);
    }

    /** The archive's copy of the file with {@code sha256}, if it keeps one. */
    private Optional<byte[]> storedCopy(String sha256) {
        return read(() -> stored.read(sha256));
    }

    /** A query's result; its failure as the archive's. */
    private <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw statements.failure(e);
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /** Sets the archive to keep the files it records from now on. */
    void storeFiles() {
        statements.inTransaction(() -> {
            StoredFiles.enable(statements);
            return null;
        });
    }
}
