package org.briefgen.mail.inbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

import org.briefgen.mail.Causes;
import org.briefgen.mail.CertificateCheck;
import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Password;
import org.briefgen.mail.TlsProblem;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.ReadOnlyFolderException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * An IMAP folder, read without changing it: messages are fetched with PEEK (they stay unread), and
 * the only change ever made is the keyword {@value #PROCESSED} on a message once it is recorded.
 * Nothing is deleted, moved or expunged. A server that keeps no keywords, or a folder open only for
 * reading, gets none (every run then reads the whole folder; recording by Message-ID keeps that harmless).
 */
record ImapSource(ImapSettings settings, InboxOptions options, Store store, Folder folder, boolean marksProcessed)
        implements
            InboxSource {

    static final String PROCESSED = "$BriefgenProcessed";

    /** How a user names the organisation's certificate authority for IMAP. */
    static final String TRUST_ADVICE = "--imap-trust FILE (or trust: FILE in the imap: block of organisation.yaml)";

    static ImapSource open(ImapSettings settings, Password password, InboxOptions options) {
        String where = "the IMAP server " + settings.host() + ":" + settings.port();
        if (password.isEmpty()) {
            throw new MailException("no password was given for IMAP user '" + settings.username() + "' at "
                    + settings.host(), "nothing was read.");
        }
        Store store = null;
        CertificateCheck certificates = new CertificateCheck(settings.trust());
        try {
            Properties p = properties(settings, options.timeout());
            // this connection's own certificate checks (the settings' trust), for TLS and STARTTLS alike
            p.put("mail.imap.ssl.socketFactory", certificates.socketFactory());
            store = Session.getInstance(p).getStore("imap");
            store.connect(settings.host(), settings.port(), settings.username(), password.reveal());
            Folder folder = store.getFolder(settings.folder());
            if (!folder.exists()) {
                throw new MailException(where + " has no folder '" + DisplayText.of(settings.folder(), 200) + "'",
                        "nothing was read.");
            }
            boolean writable = true;
            try {
                folder.open(Folder.READ_WRITE);
            } catch (ReadOnlyFolderException e) {
                // still readable; without marks every run reads it whole, and recording by Message-ID keeps that harmless
                folder.open(Folder.READ_ONLY);
                writable = false;
            }
            Flags permanent = folder.getPermanentFlags();
            return new ImapSource(settings, options, store, folder, writable && (permanent.contains(Flags.Flag.USER)
                    || permanent.contains(PROCESSED)));
        } catch (AuthenticationFailedException e) {
            closeQuietly(store);
            throw new MailAuthenticationException(where + " refused the login of '" + settings.username() + "': "
                    + password.hiddenIn(DisplayText.of(e.getMessage(), 300)), "nothing was read.");
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            if (e instanceof MailException m) {
                throw m;
            }
            Optional<String> tls = TlsProblem.describe(new TlsProblem.Server("IMAP", settings.host(), settings.port(),
                    settings.security(), TRUST_ADVICE), certificates, e);
            throw new MailException(password.hiddenIn(tls.orElseGet(() -> "cannot read " + settings.url() + ": "
                    + Causes.of(e))), "nothing was read.");
        }
    }

    static Properties properties(ImapSettings settings, Duration timeout) {
        Properties p = settings.security().properties("imap", settings.encryptionRequired(), timeout);
        // reading a message must not mark it read in the officer's mail client
        p.setProperty("mail.imap.peek", "true");
        return p;
    }

    @Override
    public void read(InboxHandler handler) {
        try {
            Message[] messages = folder.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
            folder.fetch(messages, profile);
            for (Message message : messages) {
                if (!message.isExpunged() && !message.getFlags().contains(PROCESSED)) {
                    readOne(message, handler);
                }
            }
        } catch (FolderClosedException | StoreClosedException e) {
            throw lost(e);
        } catch (MessagingException e) {
            throw new MailException("cannot read " + settings.url() + ": " + Causes.of(e),
                    "what was recorded before is kept.");
        }
    }

    private void readOne(Message message, InboxHandler handler) throws MessagingException {
        String origin = "IMAP " + DisplayText.of(settings.folder(), 100) + " UID "
                + ((UIDFolder) folder).getUID(message);
        if (message.getSize() > options.maxMessageBytes()) {
            handler.skipped(origin, "larger than " + (options.maxMessageBytes() >> 10) + " KiB");
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        try {
            message.writeTo(bytes);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (IOException | MessagingException e) {
            handler.skipped(origin, "cannot be fetched: " + DisplayText.of(e.getMessage(), 200));
            return;
        }
        Date received = message.getReceivedDate();
        Instant arrived = received == null ? null : received.toInstant();
        if (handler.accept(new InboxMessage(origin, bytes.toByteArray(), arrived)) && marksProcessed) {
            message.setFlags(new Flags(PROCESSED), true);
        }
    }

    private MailException lost(MessagingException e) {
        return new MailException("the connection to " + settings.host() + ":" + settings.port() + " was lost: "
                + Causes.of(e), "what was recorded before is kept; run again to read the rest.");
    }

    private static void closeQuietly(Store store) {
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            // closing after a failure: nothing more to do
        }
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            // the folder is left as it was: nothing was expunged
        }
        closeQuietly(store);
    }
}
