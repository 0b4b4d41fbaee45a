package org.briefgen.mail.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Password;

/**
 * Where replies are read from: one .eml file, a folder of them, an mbox file, or an IMAP folder.
 * A source only reads: it never deletes, moves or changes a message, but for marking an IMAP
 * message processed once the handler has recorded it.
 */
public interface InboxSource extends AutoCloseable {

    /** Hands each message not yet processed to {@code handler}, in the source's order. */
    void read(InboxHandler handler);

    /** True when the source marks what was recorded, so that it is not read again (IMAP with keywords). */
    default boolean marksProcessed() {
        return false;
    }

    @Override
    void close();

    /**
     * {@code path} as a source: a folder is read as its {@code .eml} files, a file named {@code .eml}
     * as one message, any other file as an mbox. A path that cannot be read is a {@link MailException}.
     */
    static InboxSource fromPath(Path path, InboxOptions options) {
        if (Files.isDirectory(path)) {
            return new EmlFolderSource(path, options);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new MailException(path + " is not a readable file or folder", "nothing was read.");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") ? new EmlFileSource(path, options) : new MboxSource(path, options);
    }

    /**
     * The folder {@code settings} name, on its server: connects and logs in now
     * ({@link MailAuthenticationException} when the login is refused). A message is marked processed
     * with the keyword {@code $BriefgenProcessed}, and passed over once it has it.
     */
    static InboxSource imap(ImapSettings settings, Password password, InboxOptions options) {
        return ImapSource.open(settings, password, options);
    }
}
