#!/usr/bin/env bash
# rooms.sh ROOT - issue 25 part 3 (rooms) and the pure renames of part 4, re-runnable on a merged tree.
#
# Usage: docs/seams/rooms.sh /path/to/briefgen   (then: mvn -o -q -DskipTests compile test-compile)
#
# For every line of the MOVES table below (old class -> new class, relative to org.briefgen), it
#   - `git mv`s the source file (src/main/java or src/test/java) to its new package folder,
#   - rewrites its `package` line (and its class name when renamed),
#   - rewrites every fully-qualified reference and import (also `import static`) in src/main and src/test,
#   - renames the simple name in files that import the class or lived in its old package,
#   - adds an explicit import wherever a class is used from its old package (where a file and the
#     class it names no longer share a package), unless the file already imports another class of
#     that simple name or declares one;
# then renames a few nested exception classes, sends the calls of the CALLS table to their new class
# (Archive.open… -> Archives.open…, SigningConfig.load -> SigningBlock.load, InboxSource.fromPath/imap ->
# InboxSources.fromPath/imap, Tracker.sheet -> TrackerReport.sheet), and runs `mvn -o -q spotless:apply`, which removes the
# imports added for mere mentions and orders the rest.
# It is idempotent: a class already at its new place is skipped, so it can be run again after more
# changes land (ROOMS_EXTRA="old.Class new.pkg.Class" adds lines to the table for a class others added).
#
# Replay on a merged tree (branch `rooms`): run this script, commit its output as one commit, then
# cherry-pick every commit of `rooms` after "Rooms: moves by rooms.sh" (the hand fixes: what crosses the
# new package lines made public, Archives, StoreContext, InboxSources, IssueOfRun, ArchitectureTest and
# the docs...). A new class another branch added to `archive` or `mail` stays there until it is given a
# line here; ArchitectureTest then says if it must move (for example a JDBC store outside archive.jdbc).
# Check: mvn -o -q -DskipTests compile test-compile; then ArchitectureTest and DocsTest.
#
# What it moves (see the table for every class):
#   archive  -> org.briefgen.files           AtomicFiles, Sha256 (OutputFolder, which records files as the archive
#                                            does, goes to archive.jdbc, its only user)
#   archive  -> org.briefgen.archive.jdbc    JdbcArchive, the stores, Statements, Dialect, PostgresSource,
#                                            ArchiveDatabase, OfficerChainMigration, RowHash, Chains, Anchors,
#                                            AnchorCheck, ArchiveVerifier, ArchiveMigration, StoredFiles,
#                                            PasswordHash, Channels, OfficerRow, OutputFolder (+ their tests)
#   archive  -> org.briefgen.archive.rules   Tracker, TrackerRow, TrackerStatus, LetterDelivery, FollowUps,
#                                            Threads, ReferenceAllocator, LetterDigest, LetterDigestV1
#   archive  -> org.briefgen.archive.export  FileExport, LetterExport, Sheet, SheetWriter; batch.TrackerReport
#   archive  stays the API: Archive, ArchiveLocation, ArchiveException, ArchiveMessages, ArchiveHead,
#                                            Verification and the records
#   mail     -> org.briefgen.mail.send       Dispatch, Sender, HandOver, SmtpConnection, SmtpSettings, ...
#   mail     -> org.briefgen.mail.inbox      Inbox, InboxReader, sources, ReplyMatcher, BounceReader, ...
#   mail     stays shared: Trust, CertificateCheck, TlsProblem, Causes, Security, MailUrl, Password,
#                                            MailException, DisplayText, MessageSummary, ArchivedEmail, Outgoing...
#   batch.DemoCampaign -> org.briefgen.campaign.demo.DemoCampaign, with its built-in files
#                         (src/main/resources/org/briefgen/batch/demo/ -> .../campaign/demo/; the class then
#                         reads them beside itself: a hand fix drops the "demo/" prefix)
#   campaign.Suggestions -> org.briefgen.failure.Suggestions ("did you mean" hints; i18n's copy is removed by hand)
#   campaign: its readers (CampaignLoader, YAML/CSV/XLSX files, blocks) -> org.briefgen.campaign.load
#   cli: archive commands                 -> org.briefgen.cli.archive
# Renames (naming rule in CONTRIBUTING.md: nouns, exceptions end in Exception):
#   batch.Issuing -> CampaignIssuer, batch.FollowUpIssuing -> FollowUpIssuer, mail.BounceReading -> BounceReader,
#   render.pdf.Styling -> PdfStyle, render.pdf.Typesetting -> Typesetter, template.TemplateProblem ->
#   TemplateFaultException (Freemarker has a TemplateException), web.Refused -> RefusedException, cli.OutputFolder -> cli.OutputOption,
#   nested: TlsKeystore.Unusable -> UnusableKeystoreException, ServeCommand.Refused -> NotStartedException,
#   UserCommand.NoPassword -> NoPasswordException, MessageHeaders.Unreadable -> UnreadableException,
#   SmtpConnection.Unreachable -> UnreachableException.
set -euo pipefail
ROOT=${1:?usage: rooms.sh REPO_ROOT}
cd "$ROOT"
python3 - <<'PY'
import os, re, subprocess, sys

MOVES = """
archive.AtomicFiles                files.AtomicFiles
archive.OutputFolder               archive.jdbc.OutputFolder
archive.Sha256                     files.Sha256
archive.JdbcArchive                archive.jdbc.JdbcArchive
archive.OfficerRow                 archive.jdbc.OfficerRow
archive.DeliveryStore              archive.jdbc.DeliveryStore
archive.OfficerStore               archive.jdbc.OfficerStore
archive.LetterStore                archive.jdbc.LetterStore
archive.LetterIssuer               archive.jdbc.LetterIssuer
archive.ResponseStore              archive.jdbc.ResponseStore
archive.ReviewStore                archive.jdbc.ReviewStore
archive.InboxStore                 archive.jdbc.InboxStore
archive.Statements                 archive.jdbc.Statements
archive.Dialect                    archive.jdbc.Dialect
archive.PostgresSource             archive.jdbc.PostgresSource
archive.ArchiveDatabase            archive.jdbc.ArchiveDatabase
archive.OfficerChainMigration      archive.jdbc.OfficerChainMigration
archive.RowHash                    archive.jdbc.RowHash
archive.Chains                     archive.jdbc.Chains
archive.Anchors                    archive.jdbc.Anchors
archive.AnchorCheck                archive.jdbc.AnchorCheck
archive.ArchiveVerifier            archive.jdbc.ArchiveVerifier
archive.ArchiveMigration           archive.jdbc.ArchiveMigration
archive.StoredFiles                archive.jdbc.StoredFiles
archive.PasswordHash               archive.jdbc.PasswordHash
archive.Channels                   archive.jdbc.Channels
archive.Tracker                    archive.rules.Tracker
archive.TrackerRow                 archive.rules.TrackerRow
archive.TrackerStatus              archive.rules.TrackerStatus
archive.LetterDelivery             archive.rules.LetterDelivery
archive.FollowUps                  archive.rules.FollowUps
archive.Threads                    archive.rules.Threads
archive.ReferenceAllocator         archive.rules.ReferenceAllocator
archive.LetterDigest               archive.rules.LetterDigest
archive.LetterDigestV1             archive.rules.LetterDigestV1
archive.FileExport                 archive.export.FileExport
archive.LetterExport               archive.export.LetterExport
archive.Sheet                      archive.export.Sheet
archive.SheetWriter                archive.export.SheetWriter
batch.TrackerReport                archive.export.TrackerReport
batch.DemoCampaign                 campaign.demo.DemoCampaign
campaign.Suggestions               failure.Suggestions
campaign.CampaignLoader             campaign.load.CampaignLoader
campaign.Fields                     campaign.load.Fields
campaign.FindingFiles               campaign.load.FindingFiles
campaign.HolidayFile                campaign.load.HolidayFile
campaign.Problems                   campaign.load.Problems
campaign.RecipientTable             campaign.load.RecipientTable
campaign.RecipientsCsv              campaign.load.RecipientsCsv
campaign.RecipientsXlsx             campaign.load.RecipientsXlsx
campaign.SurveyFile                 campaign.load.SurveyFile
campaign.SurveyTranslations         campaign.load.SurveyTranslations
campaign.TableRow                   campaign.load.TableRow
campaign.TextFiles                  campaign.load.TextFiles
campaign.YamlFiles                  campaign.load.YamlFiles
campaign.YamlNode                   campaign.load.YamlNode
campaign.OrganisationBlocks         campaign.load.OrganisationBlocks
campaign.SmtpBlock                  campaign.load.SmtpBlock
campaign.ImapBlock                  campaign.load.ImapBlock
campaign.SigningBlock               campaign.load.SigningBlock
cli.ArchiveCommand                 cli.archive.ArchiveCommand
cli.ArchiveListCommand             cli.archive.ArchiveListCommand
cli.ArchiveMigrateCommand          cli.archive.ArchiveMigrateCommand
cli.ArchiveVerifyCommand           cli.archive.ArchiveVerifyCommand
cli.ArchiveExportCommand           cli.archive.ArchiveExportCommand
cli.ArchiveShowCommand             cli.archive.ArchiveShowCommand

archive.ApprovalStore              archive.jdbc.ApprovalStore
archive.OfficerAddresses           archive.jdbc.OfficerAddresses
cli.SendCommand                    cli.mail.SendCommand
cli.SendReport                     cli.mail.SendReport
cli.SentAudit                      cli.mail.SentAudit
cli.InboxCommand                   cli.mail.InboxCommand
cli.InboxLines                     cli.mail.InboxLines
cli.InboxReviewCommand             cli.mail.InboxReviewCommand
cli.ReplyDomains                   cli.mail.ReplyDomains
cli.MailPasswords                  cli.mail.MailPasswords
render.pdf.DocumentDates           render.pdf.file.DocumentDates
render.pdf.PdfMetadata             render.pdf.file.PdfMetadata
render.pdf.XmpPacket               render.pdf.file.XmpPacket
render.pdf.ReproducibleDocument    render.pdf.file.ReproducibleDocument
render.pdf.PdfBytes                render.pdf.file.PdfBytes

mail.Dispatch                      mail.send.Dispatch
mail.Sender                        mail.send.Sender
mail.HandOver                      mail.send.HandOver
mail.SmtpConnection                mail.send.SmtpConnection
mail.SmtpSettings                  mail.send.SmtpSettings
mail.SendOptions                   mail.send.SendOptions
mail.SendResult                    mail.send.SendResult
mail.Delivery                      mail.send.Delivery
mail.DeliveryStatus                mail.send.DeliveryStatus
mail.DeliveryLog                   mail.send.DeliveryLog
mail.ArchiveDeliveryLog            mail.send.ArchiveDeliveryLog
mail.RateLimiter                   mail.send.RateLimiter
mail.Retry                         mail.send.Retry
mail.TimeSource                    mail.send.TimeSource
mail.Inbox                         mail.inbox.Inbox
mail.InboxReader                   mail.inbox.InboxReader
mail.InboxReport                   mail.inbox.InboxReport
mail.InboxSource                   mail.inbox.InboxSource
mail.InboxHandler                  mail.inbox.InboxHandler
mail.InboxMessage                  mail.inbox.InboxMessage
mail.InboxOptions                  mail.inbox.InboxOptions
mail.ImapSource                    mail.inbox.ImapSource
mail.ImapSettings                  mail.inbox.ImapSettings
mail.MboxSource                    mail.inbox.MboxSource
mail.EmlFileSource                 mail.inbox.EmlFileSource
mail.EmlFolderSource               mail.inbox.EmlFolderSource
mail.ReplyMatcher                  mail.inbox.ReplyMatcher
mail.BounceReading                 mail.inbox.BounceReader
mail.DsnReader                     mail.inbox.DsnReader
mail.MessageHeaders                mail.inbox.MessageHeaders
mail.SubjectReferences             mail.inbox.SubjectReferences
mail.MailDate                      mail.inbox.MailDate
mail.OurLetter                     mail.inbox.OurLetter
mail.ReplyTrust                    mail.inbox.ReplyTrust
mail.Authentication                mail.inbox.Authentication
mail.AuthenticationResults         mail.inbox.AuthenticationResults
mail.Classification                mail.inbox.Classification
mail.MatchedBy                     mail.inbox.MatchedBy
mail.ReceivedMessage               mail.inbox.ReceivedMessage
mail.FailedRecipient               mail.inbox.FailedRecipient
mail.ResponseLog                   mail.inbox.ResponseLog
mail.ArchiveResponseLog            mail.inbox.ArchiveResponseLog

# tests follow their classes (src/test/java)
archive.ArchiveAnchorsStoreTest    archive.jdbc.ArchiveAnchorsStoreTest
archive.ArchiveCompatibilityTest   archive.jdbc.ArchiveCompatibilityTest
archive.FollowUpArchiveTest        archive.jdbc.FollowUpArchiveTest
archive.JdbcArchiveTest            archive.jdbc.JdbcArchiveTest
archive.ResponsePublicationTest    archive.jdbc.ResponsePublicationTest
archive.ReviewListArchiveTest      archive.jdbc.ReviewListArchiveTest
archive.OfficerStoreTest           archive.jdbc.OfficerStoreTest
archive.TrackerTest                archive.rules.TrackerTest
archive.ReferenceAllocatorTest     archive.rules.ReferenceAllocatorTest
archive.LetterDigestTest           archive.rules.LetterDigestTest
archive.AddedContextFieldTest      archive.rules.AddedContextFieldTest
archive.JacksonLetterDigest        archive.rules.JacksonLetterDigest
archive.FileExportTest             archive.export.FileExportTest
archive.AtomicFilesTest            files.AtomicFilesTest
mail.ImapSourceTest                mail.inbox.ImapSourceTest
mail.ReplyMatcherTest              mail.inbox.ReplyMatcherTest
mail.InboxReaderTest               mail.inbox.InboxReaderTest
mail.FileSourceTest                mail.inbox.FileSourceTest
mail.HostileMessageTest            mail.inbox.HostileMessageTest
mail.ReplyAuthenticationTest       mail.inbox.ReplyAuthenticationTest
mail.Incoming                      mail.inbox.Incoming
mail.SenderTest                    mail.send.SenderTest
mail.SenderRetryTest               mail.send.SenderRetryTest
mail.FakeSmtpServer                mail.send.FakeSmtpServer
mail.SettingsTest                  mail.send.SettingsTest

batch.Issuing                      batch.CampaignIssuer
batch.FollowUpIssuing              batch.FollowUpIssuer
render.pdf.Styling                 render.pdf.PdfStyle
render.pdf.Typesetting             render.pdf.Typesetter
template.TemplateProblem           template.TemplateFaultException
web.Refused                        web.RefusedException
web.security.Refused               web.security.RefusedException
cli.OutputFolder                   cli.OutputOption
"""

# nested classes renamed: (owner class FQN, old simple name, new simple name)
NESTED = [
    ("web.TlsKeystore", "Unusable", "UnusableKeystoreException"),
    ("web.security.TlsKeystore", "Unusable", "UnusableKeystoreException"),
    ("cli.ServeCommand", "Refused", "NotStartedException"),
    ("cli.UserCommand", "NoPassword", "NoPasswordException"),
    ("mail.inbox.MessageHeaders", "Unreadable", "UnreadableException"),
    ("mail.send.SmtpConnection", "Unreachable", "UnreachableException"),
]

P = "org.briefgen."
ROOTS = ["src/main/java", "src/test/java"]
EXTRA = os.environ.get("ROOMS_EXTRA", "")  # more "old new" lines, for a re-run after a merge


def path_of(root, fqn):
    return os.path.join(root, fqn.replace(".", "/") + ".java")


def pkg(fqn):
    return fqn.rsplit(".", 1)[0]


def simple(fqn):
    return fqn.rsplit(".", 1)[1]


moves = {}
for line in (MOVES + "\n" + EXTRA).splitlines():
    line = line.split("#")[0].strip()
    if not line:
        continue
    old, new = line.split()
    moves[P + old] = P + new

# which moves still have to happen (a re-run skips what is done)
todo = {}
for old, new in moves.items():
    src = [r for r in ROOTS if os.path.exists(path_of(r, old))]
    if src:
        todo[old] = (new, src[0])
    elif not any(os.path.exists(path_of(r, new)) for r in ROOTS):
        print("rooms.sh: neither " + old + " nor " + new + " exists; skipped", file=sys.stderr)

# every java file: its path, package and top-level class (by file name)
files = {}
for r in ROOTS:
    for d, _, names in os.walk(r):
        for n in names:
            if n.endswith(".java"):
                p = os.path.join(d, n)
                with open(p, encoding="utf-8") as f:
                    text = f.read()
                m = re.search(r"^package\s+([\w.]+)\s*;", text, re.M)
                files[p] = {"text": text, "pkg": m.group(1) if m else "", "root": r,
                            "cls": (m.group(1) + "." if m else "") + n[:-5]}

# classes by their (old) package, with their new names
by_pkg = {}
for p, f in files.items():
    if os.path.basename(p) == "package-info.java":
        continue
    old = f["cls"]
    by_pkg.setdefault(f["pkg"], []).append((old, todo.get(old, (old,))[0]))

moved_pkgs = {pkg(o) for o in todo}

fqn_re = None
if todo:
    alts = "|".join(re.escape(o) for o in sorted(todo, key=len, reverse=True))
    fqn_re = re.compile(r"(?<![\w.])(" + alts + r")(?![\w])")

HEAD = re.compile(r"^(package|import)\s[^\n]*$", re.M)


def body(text):
    return HEAD.sub("", text)


COMMENT = re.compile(r"^\s*(\*|//|/\*)")


def rename_word(text, old, new):
    """old -> new as a word; in a comment line only where it names code ({@link X}, `X`, X#m, X.Y, X(...))."""
    code = re.compile(r"(?<![\w.])" + old + r"\b")
    named = re.compile(r"((?<=@link )|(?<=@linkplain )|(?<=@code )|(?<=`)|(?<=\.))" + old + r"\b|(?<![\w.])" + old
                       + r"(?=[#.(`])")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        lines[i] = (named if COMMENT.match(line) else code).sub(new, line)
    return "\n".join(lines)


for p, f in files.items():
    text = f["text"]
    old_cls = f["cls"]
    new_cls = todo.get(old_cls, (old_cls,))[0]
    new_pkg = pkg(new_cls) if old_cls in todo else f["pkg"]
    # 1. fully-qualified names and imports
    if fqn_re:
        text = fqn_re.sub(lambda m: todo[m.group(1)][0], text)
    # 2. simple names of renamed classes, where the file sees them
    for old, (new, _) in todo.items():
        if simple(old) == simple(new):
            continue
        sees = ("import " + new + ";") in text or ("import static " + new + ".") in text \
            or f["pkg"] == pkg(old) or old_cls == old
        if sees:
            text = rename_word(text, simple(old), simple(new))
    # 3. explicit imports where a file and a class of its old package no longer share a package
    if f["pkg"] in moved_pkgs:
        b = body(text)
        imports = set(re.findall(r"^import\s+([\w.]+)\s*;", text, re.M))
        imported_simple = {simple(i) for i in imports}
        adds = []
        for old, new in by_pkg.get(f["pkg"], []):
            if old == old_cls or pkg(new) == new_pkg or new in imports:
                continue
            s = simple(new)
            if s in imported_simple or re.search(r"\b(class|record|enum|interface)\s+" + s + r"\b", text):
                continue
            if re.search(r"(?<![\w.])" + s + r"\b", b):
                adds.append("import " + new + ";")
        if adds:
            last = list(re.finditer(r"^import\s[^\n]*$", text, re.M))
            at = last[-1].end() if last else re.search(r"^package\s[^\n]*$", text, re.M).end()
            text = text[:at] + "\n" + "\n".join(adds) + text[at:]
    # 4. package line of a moved file
    if old_cls in todo:
        text = re.sub(r"^package\s+[\w.]+\s*;", "package " + new_pkg + ";", text, count=1, flags=re.M)
    f["text"] = text

# nested renames
for owner, old, new in NESTED:
    owner = P + owner
    for p, f in files.items():
        text = f["text"]
        owner_now = todo.get(f["cls"], (f["cls"],))[0]
        if owner_now == owner:
            text = re.sub(r"(?<![\w.])" + old + r"\b", new, text)
        else:
            text = re.sub(r"\b" + re.escape(simple(owner)) + r"\." + old + r"\b", simple(owner) + "." + new, text)
        f["text"] = text

# calls that now go through another class: (pattern, replacement, the import it needs)
CALLS = [
    (r"(?<![\w.])(?:org\.briefgen\.archive\.)?Archive\.(open|openExisting|openReadOnly|storeFiles|migrate)\(",
     r"Archives.\1(",
     P + "archive.jdbc.Archives"),
    (r"(?<![\w.])SigningConfig\.load\(", "SigningBlock.load(", P + "campaign.load.SigningBlock"),
    (r"(?<![\w.])InboxSource\.(fromPath|imap)\(", r"InboxSources.\1(", P + "mail.inbox.InboxSources"),
    (r"(?<![\w.])Tracker\s*\.\s*sheet\(", "TrackerReport.sheet(", P + "archive.export.TrackerReport"),
]
for p, f in files.items():
    text = f["text"]
    m = re.search(r"^package\s+([\w.]+)\s*;", text, re.M)
    for pattern, replacement, needs in CALLS:
        if simple(f["cls"]) in ("Archive", "SigningConfig", "InboxSource", "Tracker"):
            continue
        text, n = re.subn(pattern, replacement, text)
        if n and m and m.group(1) != pkg(needs) and ("import " + needs + ";") not in text:
            text = text[:m.end()] + "\nimport " + needs + ";" + text[m.end():]
    f["text"] = text

for p, f in files.items():
    with open(p, "w", encoding="utf-8") as out:
        out.write(f["text"])

for old, (new, root) in todo.items():
    src, dst = path_of(root, old), path_of(root, new)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    subprocess.run(["git", "mv", src, dst], check=True)

# resources a moved class reads beside itself (Class.getResourceAsStream): they move with it
RESOURCES = [
    ("src/main/resources/org/briefgen/batch/demo", "src/main/resources/org/briefgen/campaign/demo"),
]
for src, dst in RESOURCES:
    if os.path.isdir(src):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.isdir(dst):
            for n in sorted(os.listdir(src)):
                subprocess.run(["git", "mv", os.path.join(src, n), os.path.join(dst, n)], check=True)
        else:
            subprocess.run(["git", "mv", src, dst], check=True)
print("rooms.sh: moved %d classes" % len(todo))
PY
mvn -o -q spotless:apply
