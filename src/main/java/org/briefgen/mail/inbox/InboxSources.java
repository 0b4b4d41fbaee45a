package org.briefgen.mail.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Password;

/** Makes the {@link InboxSource} for where replies are: a file, a folder or an IMAP folder. */
public final class InboxSources {

    private InboxSources() {
    }

    /**
     * {@code path} as a source: a folder is read as its {@code .eml} files, a file named {@code .eml}
     * as one message, any other file as an mbox. A path that cannot be read is a {@link MailException}.
     */
    public static InboxSource fromPath(Path path, InboxOptions options) {
        if (Files.isDirectory(path)) {
            return EmlSource.folder(path, options);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new MailException(path + " is not a readable file or folder", "nothing was read.");
        }
        Path file = path.getFileName();
        String name = file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") ? EmlSource.file(path, options) : new MboxSource(path, options);
    }

    /**
     * The folder {@code settings} name, on its server: connects and logs in now
     * ({@link MailAuthenticationException} when the login is refused). A message is marked processed
     * with the keyword {@code $BriefgenProcessed}, and passed over once it has it.
     */
    public static InboxSource imap(ImapSettings settings, Password password, InboxOptions options) {
        return ImapSource.open(settings, password, options);
    }
}
