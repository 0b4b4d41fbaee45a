package org.briefgen.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefgen.merge.FileNames;
import org.briefgen.merge.LetterContext;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The archive in a database reached through JDBC: SQLite by default. The SQL is plain and
 * portable; what is particular to SQLite (the write lock taken when a transaction begins, the
 * triggers that refuse UPDATE and DELETE) is set up here and in {@code db/migration/sqlite}.
 */
final class JdbcArchive implements Archive {

    private static final String LETTER_COLUMNS = "entry_no, reference, campaign, campaign_title, subject, "
            + "organisation, seq, recipient_id, company, channels, letter_date, deadline, data_sha256, "
            + "templates_sha256, supersedes, issued_at, previous_sha256, row_sha256";
    private static final String RESPONSE_COLUMNS = "entry_no, reference, kind, received, summary, file_path, "
            + "file_size, file_sha256, supersedes, recorded_at, previous_sha256, row_sha256";
    /** How long a run waits for another one holding the archive's write lock. */
    private static final int BUSY_TIMEOUT_MS = 60_000;

    private final ArchiveLocation location;
    private final Path root;
    private final Clock clock;
    private final Connection connection;
    private final AtomicFiles files;
    /** Prepared statements by their SQL: the same few are run for every letter. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private JdbcArchive(ArchiveLocation location, Clock clock, Connection connection, AtomicFiles files) {
        this.location = location;
        this.root = location.files().toAbsolutePath().normalize();
        this.clock = clock;
        this.connection = connection;
        this.files = files;
    }

    static void requireExisting(ArchiveLocation location) {
        Optional<Path> file = location.sqliteFile();
        if (file.isPresent() && !Files.exists(file.get())) {
            throw new ArchiveException("no archive at " + file.get()
                    + " (generate creates it when it issues the first letters)");
        }
    }

    static JdbcArchive open(ArchiveLocation location, Clock clock, boolean readOnly) {
        return open(location, clock, readOnly, AtomicFiles.DURABLE);
    }

    /** As {@link #open(ArchiveLocation, Clock, boolean)}, syncing what it records through {@code files}. */
    static JdbcArchive open(ArchiveLocation location, Clock clock, boolean readOnly, AtomicFiles files) {
        boolean sqlite = location.jdbcUrl().startsWith(ArchiveLocation.SQLITE);
        SQLiteDataSource sqliteSource = sqlite ? sqliteSource(location.jdbcUrl()) : null;
        if (!sqlite) {
            vendor(location);
            try {
                DriverManager.getDriver(location.jdbcUrl());
            } catch (SQLException e) {
                throw new ArchiveException("no database driver for " + location.jdbcUrl() + " (briefgen comes with"
                        + " SQLite's: jdbc:sqlite:FILE)");
            }
        }
        try {
            if (!readOnly) {
                Optional<Path> file = location.sqliteFile();
                if (file.isPresent() && file.get().toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.get().toAbsolutePath().getParent());
                }
                // the portable schema, then what only this database's own SQL can say (its folder is
                // named as in the JDBC URL: sqlite, postgresql)
                FluentConfiguration flyway = Flyway.configure()
                        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(location))
                        .failOnMissingLocations(false);
                migrate(sqlite ? flyway.dataSource(sqliteSource) : flyway.dataSource(location.jdbcUrl(), null, null),
                        location);
            }
            Connection connection = sqlite ? sqliteSource.getConnection() : DriverManager.getConnection(
                    location.jdbcUrl());
            return new JdbcArchive(location, clock, connection, files);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the archive " + location.describe() + ": " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the archive's folder: " + e.getMessage(), e);
        }
    }

    /** {@code sqlite} for {@code jdbc:sqlite:…}, {@code postgresql} for {@code jdbc:postgresql:…}. */
    static String vendor(ArchiveLocation location) {
        String url = location.jdbcUrl();
        int end = url.indexOf(':', "jdbc:".length());
        if (!url.startsWith("jdbc:") || end < 0) {
            throw new ArchiveException("'" + url + "' is not a JDBC URL (like jdbc:sqlite:archive.sqlite)");
        }
        return url.substring("jdbc:".length(), end).toLowerCase(Locale.ROOT);
    }

    private static SQLiteDataSource sqliteSource(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so two runs issuing
        // at once take turns instead of both choosing the same next reference
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // a write-ahead log, synced to disk at checkpoints rather than at every commit: a killed run
        // loses nothing it committed, and issuing a letter no longer waits for the disk three times.
        // (A power cut can lose the last commits; their files are then issued again, identically.)
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // readers too open the file writable (they never write): only a writable connection can
        // tidy the log away when it closes, so a look at the archive leaves nothing beside it
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    /** Brings the schema up to date; two runs creating the same new archive at once retry rather than fail. */
    private static void migrate(FluentConfiguration config, ArchiveLocation location) {
        for (int attempt = 1;; attempt++) {
            try {
                config.load().migrate();
                return;
            } catch (FlywayException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("cannot set up the archive " + location.describe() + ": "
                            + e.getMessage(), e);
                }
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", interrupted);
                }
            }
        }
    }

    @Override
    public String describe() {
        return location.describe();
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the archive " + describe() + ": " + e.getMessage(), e);
        }
    }

    // ---- issuing

    @Override
    public IssueOutcome issue(LetterIssue issue) {
        return issue(List.of(issue)).get(0);
    }

    @Override
    public List<IssueOutcome> issue(List<LetterIssue> issues) {
        return inTransaction(() -> {
            List<IssueOutcome> outcomes = new ArrayList<>();
            List<Path> folders = new ArrayList<>();
            for (LetterIssue issue : issues) {
                outcomes.add(issueOne(issue, folders));
            }
            // the renames into these folders reach the disk before the rows that record the files commit
            files.sync(folders);
            return outcomes;
        });
    }

    private IssueOutcome issueOne(LetterIssue issue, List<Path> folders) throws SQLException, IOException {
        if (issue.supersedes() == null) {
            List<IssuedLetter> earlier = select("WHERE campaign = ? AND recipient_id = ?", issue.campaign(),
                    issue.recipientId());
            if (!earlier.isEmpty()) {
                return new IssueOutcome.AlreadyIssued(earlier.get(earlier.size() - 1));
            }
        } else {
            IssuedLetter old = letter(issue.supersedes()).orElseThrow(() -> unknown(issue.supersedes()));
            Optional<String> newer = supersededBy(old.reference());
            if (newer.isPresent()) {
                throw new ArchiveException(old.reference() + " was already corrected by " + newer.get()
                        + "; reissue " + newer.get() + " instead");
            }
        }
        int sequence = integer("SELECT MAX(seq) FROM letters WHERE campaign = ?", issue.campaign()) + 1;
        LetterContext context = issue.merge(sequence);
        while (integer("SELECT COUNT(*) FROM letters WHERE reference = ?", context.letter().reference()) > 0) {
            LetterContext next = issue.merge(++sequence);
            if (next.letter().reference().equals(context.letter().reference())) {
                throw new ArchiveException("reference " + context.letter().reference() + " is already in the"
                        + " archive, and the campaign's reference pattern '" + context.campaign()
                                .referencePattern() + "' gives it again: a new letter needs {seq} in the pattern");
            }
            context = next;
        }
        List<Path> written = issue.write(context, this::isRecorded);
        List<RecordedFile> recorded = new ArrayList<>();
        for (Path path : written) {
            recorded.add(recordFile(path));
            folders.add(path.toAbsolutePath().getParent());
        }
        int entry = integer("SELECT MAX(entry_no) FROM letters") + 1;
        var l = context.letter();
        IssuedLetter unsigned = new IssuedLetter(entry, l.reference(), issue.campaign(), context.campaign().title(),
                context.campaign().subject(), context.organisation().name(), sequence, issue.recipientId(),
                context.recipient().company(), Channels.of(context), l.date().date(), l.deadline().date(),
                LetterDigest.sha256(context), issue.templatesSha256(), issue.supersedes(), now(), recorded,
                lastHash("letters"), null);
        IssuedLetter letter = withHash(unsigned, RowHash.of(unsigned));
        insert(letter);
        return new IssueOutcome.Issued(letter);
    }

    private static IssuedLetter withHash(IssuedLetter l, String sha256) {
        return new IssuedLetter(l.entryNo(), l.reference(), l.campaign(), l.campaignTitle(), l.subject(),
                l.organisation(), l.sequence(), l.recipientId(), l.company(), l.channels(), l.letterDate(), l.deadline(),
                l.dataSha256(), l.templatesSha256(), l.supersedes(), l.issuedAt(), l.files(), l.previousSha256(), sha256);
    }

    private void insert(IssuedLetter l) throws SQLException {
        update("INSERT INTO letters (" + LETTER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", l.entryNo(), l.reference(), l.campaign(), l.campaignTitle(), l.subject(), l.organisation(),
                l.sequence(), l.recipientId(), l.company(), l.channels(), l.letterDate().toString(),
                l.deadline().toString(), l.dataSha256(), l.templatesSha256(), l.supersedes(), l.issuedAt(),
                l.previousSha256(), l.sha256());
        for (RecordedFile f : l.files()) {
            update("INSERT INTO letter_files (reference, path, size, sha256) VALUES (?, ?, ?, ?)", l.reference(),
                    f.path(), f.size(), f.sha256());
        }
    }

    // ---- responses

    @Override
    public Response respond(ResponseRequest request) {
        return inTransaction(() -> {
            IssuedLetter letter = letter(request.reference()).orElseThrow(() -> unknown(request.reference()));
            Integer supersedes = null;
            if (request.kind() == ResponseKind.RESPONSE) {
                if (request.received() == null) {
                    throw new ArchiveException("a response needs the date it was received");
                }
            } else {
                Response standing = standing(responsesTo(letter.reference())).orElseThrow(() -> new ArchiveException(
                        letter.reference() + " has no response to " + (request.kind() == ResponseKind.CORRECTION
                                ? "correct" : "withdraw")));
                supersedes = standing.entryNo();
            }
            if (request.received() != null && request.received().isBefore(letter.letterDate())) {
                throw new ArchiveException("the response to " + letter.reference() + " cannot be received on "
                        + request.received() + ", before the letter's date " + letter.letterDate());
            }
            int entry = integer("SELECT MAX(entry_no) FROM responses") + 1;
            RecordedFile file = null;
            if (request.file() != null) {
                file = recordFile(copyIn(request.file(), letter.reference(), entry));
            }
            Response unsigned = new Response(entry, letter.reference(), request.kind(), request.received(),
                    blankToNull(request.summary()), file, supersedes, now(), lastHash("responses"), null);
            Response response = new Response(entry, unsigned.reference(), unsigned.kind(), unsigned.received(),
                    unsigned.summary(), file, supersedes, unsigned.recordedAt(), unsigned.previousSha256(),
                    RowHash.of(unsigned));
            update("INSERT INTO responses (" + RESPONSE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    entry, response.reference(), response.kind().key(), response.received() == null ? null
                            : response.received().toString(), response.summary(), file == null ? null : file.path(),
                    file == null ? null : file.size(), file == null ? null : file.sha256(), supersedes,
                    response.recordedAt(), response.previousSha256(), response.sha256());
            return response;
        });
    }

    /** The latest response to a letter that no correction or withdrawal has replaced. */
    static Optional<Response> standing(List<Response> responses) {
        Set<Integer> replaced = new HashSet<>();
        responses.forEach(r -> {
            if (r.supersedes() != null) {
                replaced.add(r.supersedes());
            }
        });
        return responses.stream().filter(r -> r.kind() != ResponseKind.WITHDRAWAL && !replaced.contains(r.entryNo()))
                .reduce((a, b) -> b);
    }

    private List<Response> responsesTo(String reference) throws SQLException {
        return selectResponses("WHERE reference = ?", reference);
    }

    /** Copies a response's file to {@code responses/<reference>/<entry>-<name>} in the output folder. */
    private Path copyIn(Path source, String reference, int entry) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new ArchiveException(source + ": file not found");
        }
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                : "";
        String stem = FileNames.slug(dot > 0 ? name.substring(0, dot) : name);
        Path folder = root.resolve("responses").resolve(reference.replaceAll("[^A-Za-z0-9._-]", "-"));
        Files.createDirectories(folder);
        Path target = folder.resolve(entry + "-" + stem + (extension.isEmpty() ? "" : "." + extension));
        AtomicFiles.removeLeftovers(folder);
        files.copyFile(source, target);
        files.sync(List.of(folder));
        return target;
    }

    // ---- reading

    @Override
    public List<IssuedLetter> letters() {
        try {
            return select("");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<IssuedLetter> letter(String reference) {
        try {
            return select("WHERE reference = ?", reference).stream().findFirst();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Response> responses() {
        try {
            return selectResponses("");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private Optional<String> supersededBy(String reference) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT reference FROM letters WHERE supersedes = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Letters matching {@code where} (with its parameters), in the order issued, with their files. */
    private List<IssuedLetter> select(String where, Object... parameters) throws SQLException {
        Map<String, List<RecordedFile>> files = new LinkedHashMap<>();
        String fileWhere = where.isEmpty() ? "" : " WHERE reference IN (SELECT reference FROM letters " + where + ")";
        try (ResultSet rs = prepare("SELECT reference, path, size, sha256 FROM letter_files" + fileWhere
                + " ORDER BY path", parameters).executeQuery()) {
            while (rs.next()) {
                files.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RecordedFile(rs.getString(2),
                        rs.getLong(3), rs.getString(4)));
            }
        }
        List<IssuedLetter> letters = new ArrayList<>();
        try (ResultSet rs = prepare("SELECT " + LETTER_COLUMNS + " FROM letters " + where
                + " ORDER BY entry_no", parameters).executeQuery()) {
            while (rs.next()) {
                String reference = rs.getString(2);
                letters.add(new IssuedLetter(rs.getInt(1), reference, rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), LocalDate.parse(rs.getString(11)), LocalDate.parse(rs.getString(12)),
                        rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                        files.getOrDefault(reference, List.of()), rs.getString(17), rs.getString(18)));
            }
        }
        return letters;
    }

    private List<Response> selectResponses(String where, Object... parameters) throws SQLException {
        List<Response> responses = new ArrayList<>();
        try (ResultSet rs = prepare("SELECT " + RESPONSE_COLUMNS + " FROM responses " + where
                + " ORDER BY entry_no", parameters).executeQuery()) {
            while (rs.next()) {
                String received = rs.getString(4);
                String path = rs.getString(6);
                RecordedFile file = path == null ? null : new RecordedFile(path, rs.getLong(7), rs.getString(8));
                int supersedes = rs.getInt(9);
                Integer replaced = rs.wasNull() ? null : supersedes;
                responses.add(new Response(rs.getInt(1), rs.getString(2), ResponseKind.of(rs.getString(3)),
                        received == null ? null : LocalDate.parse(received), rs.getString(5), file, replaced,
                        rs.getString(10), rs.getString(11), rs.getString(12)));
            }
        }
        return responses;
    }

    // ---- verification

    @Override
    public Verification verify() {
        List<IssuedLetter> letters = letters();
        List<Response> responses = responses();
        List<Verification.Mismatch> mismatches = new ArrayList<>();
        int files = 0;
        String previous = Sha256.NONE;
        for (IssuedLetter l : letters) {
            String row = "letters row " + l.entryNo();
            if (!l.previousSha256().equals(previous)) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.CHAIN_BROKEN, l.reference(), row, previous,
                        l.previousSha256()));
            }
            String actual = RowHash.of(l);
            if (!actual.equals(l.sha256())) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.ROW_CHANGED, l.reference(), row,
                        l.sha256(), actual));
            }
            previous = l.sha256();
            for (RecordedFile f : l.files()) {
                files++;
                checkFile(l.reference(), f, mismatches);
            }
        }
        previous = Sha256.NONE;
        for (Response r : responses) {
            String row = "responses row " + r.entryNo();
            if (!r.previousSha256().equals(previous)) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.CHAIN_BROKEN, r.reference(), row, previous,
                        r.previousSha256()));
            }
            String actual = RowHash.of(r);
            if (!actual.equals(r.sha256())) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.ROW_CHANGED, r.reference(), row,
                        r.sha256(), actual));
            }
            previous = r.sha256();
            if (r.file() != null) {
                files++;
                checkFile(r.reference(), r.file(), mismatches);
            }
        }
        return new Verification(letters.size(), responses.size(), files, mismatches);
    }

    private void checkFile(String reference, RecordedFile f, List<Verification.Mismatch> mismatches) {
        Path path = root.resolve(f.path());
        if (!Files.isRegularFile(path)) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.FILE_MISSING, reference, f.path(), f.sha256(),
                    "missing"));
            return;
        }
        try {
            String actual = Sha256.ofFile(path);
            if (!actual.equals(f.sha256())) {
                mismatches.add(new Verification.Mismatch(Verification.Problem.FILE_CHANGED, reference, f.path(),
                        f.sha256(), actual));
            }
        } catch (IOException e) {
            mismatches.add(new Verification.Mismatch(Verification.Problem.FILE_MISSING, reference, f.path(), f.sha256(),
                    "unreadable: " + e.getMessage()));
        }
    }

    // ---- plumbing

    private boolean isRecorded(Path file) {
        try {
            return integer("SELECT COUNT(*) FROM letter_files WHERE path = ?", relative(file)) > 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private RecordedFile recordFile(Path file) throws IOException {
        return new RecordedFile(relative(file), Files.size(file), Sha256.ofFile(file));
    }

    /** {@code file}'s path relative to the output folder, with '/' separators. */
    private String relative(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        if (relative.startsWith("..") || relative.toString().isEmpty()) {
            throw new IllegalStateException(file + " is not inside the output folder " + root);
        }
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private String now() {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private String lastHash(String table) throws SQLException {
        int last = integer("SELECT MAX(entry_no) FROM " + table);
        if (last == 0) {
            return Sha256.NONE;
        }
        try (ResultSet rs = prepare("SELECT row_sha256 FROM " + table + " WHERE entry_no = ?", last).executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private ArchiveException unknown(String reference) {
        return new ArchiveException("no letter " + reference + " in the archive " + describe()
                + " (briefgen archive list shows what it holds)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Work done inside one transaction. */
    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                // back to autocommit, which also ends the transaction the driver opens after a commit
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the archive " + describe() + ": " + e.getMessage(), e);
    }

    /** The statement for {@code sql}, prepared once and kept until the archive closes, with {@code parameters} set. */
    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        s.clearParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (p instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                s.setLong(i + 1, n);
            } else {
                s.setString(i + 1, p.toString());
            }
        }
        return s;
    }

    private int integer(String sql, Object... parameters) throws SQLException {
        try (ResultSet rs = prepare(sql, parameters).executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        prepare(sql, parameters).executeUpdate();
    }
}
