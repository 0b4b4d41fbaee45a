package org.briefgen.archive.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.Verification;
import org.briefgen.files.Sha256;

/**
 * Compares the ends of the archive's chains with every anchor of it and with a head the user kept.
 * A chain shorter than an anchor records was cut; a chain whose row at the anchored position has
 * another hash was rewritten from there. Each chain is named once, for the newest anchor it fails.
 */
final class AnchorCheck {

    private AnchorCheck() {
    }

    /** {@code hashes}: every chain's recorded row hashes, in order; {@code expected} may be null. */
    static Verification.Ends check(ArchiveHead now, Map<String, List<String>> hashes, Anchors.Found found,
            ArchiveHead.Expected expected) {
        List<String> problems = new ArrayList<>(found.unreadable());
        for (Chains.Chain chain : Chains.ALL) {
            for (Anchors.Anchor anchor : found.anchors()) {
                Optional<String> problem = anchor.head().chains().stream().filter(c -> c.chain().equals(chain
                        .name())).findFirst().flatMap(end -> compare(end, hashes, anchor.describe()));
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    break;
                }
            }
        }
        String given = null;
        if (expected != null) {
            List<ArchiveHead.ChainEnd> ends = expected.digestOnly() ? known(expected, found) : ends(expected);
            given = expected.given();
            List<String> cut = new ArrayList<>();
            for (ArchiveHead.ChainEnd end : ends) {
                compare(end, hashes, "the head you gave").ifPresent(cut::add);
            }
            problems.addAll(cut);
            if (cut.isEmpty() && !ArchiveHead.digest(ends(ends, hashes)).equals(expected.digest())) {
                List<String> covered = new ArrayList<>();
                ends.forEach(e -> covered.add(e.rows() + " " + e.chain()));
                problems.add("the archive does not give the head you gave (" + expected.digest() + "): among its"
                        + " first rows (" + String.join(", ", covered) + ") one was changed or replaced, or the head"
                        + " was mistyped");
            }
        }
        Anchors.Anchor newest = found.anchors().isEmpty() ? null : found.anchors().get(0);
        return new Verification.Ends(now, found.folder().toString(), found.anchors().size(), newest == null ? null
                : newest.describe() + " (" + newest.file().getFileName() + ")", found.others(), given, problems);
    }

    /** A chain that ends before {@code end}, or whose row there has another hash, named with {@code who} recorded it. */
    private static Optional<String> compare(ArchiveHead.ChainEnd end, Map<String, List<String>> hashes, String who) {
        List<String> rows = hashes.getOrDefault(end.chain(), List.of());
        if (rows.size() < end.rows()) {
            String last = end.lastSha256() == null ? "" : " (last sha256 " + end.lastSha256() + ")";
            return Optional.of(end.chain() + " chain ends at row " + rows.size() + " but " + who + " records " + end
                    .rows() + " rows" + last + ": rows were removed");
        }
        if (end.rows() > 0 && end.lastSha256() != null && !rows.get(end.rows() - 1).equals(end.lastSha256())) {
            return Optional.of(end.chain() + " row " + end.rows() + " has sha256 " + rows.get(end.rows() - 1) + " but "
                    + who + " records " + end.lastSha256() + ": rows were removed and others recorded in their place,"
                    + " or rows changed and hashed anew");
        }
        return Optional.empty();
    }

    /** The rows a head of digest and counts covers, their last hashes not known (null). */
    private static List<ArchiveHead.ChainEnd> ends(ArchiveHead.Expected expected) {
        List<ArchiveHead.ChainEnd> ends = new ArrayList<>();
        expected.rows().forEach((chain, rows) -> ends.add(new ArchiveHead.ChainEnd(chain, rows, null)));
        return ends;
    }

    /** {@code ends} with each last hash as the database has it now. */
    private static List<ArchiveHead.ChainEnd> ends(List<ArchiveHead.ChainEnd> ends, Map<String, List<String>> hashes) {
        List<ArchiveHead.ChainEnd> now = new ArrayList<>();
        for (ArchiveHead.ChainEnd e : ends) {
            List<String> rows = hashes.getOrDefault(e.chain(), List.of());
            now.add(new ArchiveHead.ChainEnd(e.chain(), e.rows(), e.rows() == 0 ? Sha256.NONE : rows.get(e.rows()
                    - 1)));
        }
        return now;
    }

    /** The chains' ends of the anchor whose head has the digest given, which alone says which rows it covers. */
    private static List<ArchiveHead.ChainEnd> known(ArchiveHead.Expected expected, Anchors.Found found) {
        return found.anchors().stream().filter(a -> a.head().digest().equals(expected.digest())).findFirst()
                .map(a -> a.head().chains()).orElseThrow(() -> new ArchiveException("'" + expected.given()
                        + "' is not the head of any anchor of this archive in " + found.folder() + ", and a digest"
                        + " alone does not say which rows it covers: give the head as it was printed,"
                        + " DIGEST:letters=N,responses=N,…"));
    }
}
