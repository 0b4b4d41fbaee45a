package org.briefgen.mail.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailException;

/** A folder's {@code .eml} files, by name; its subfolders and other files are left alone. */
final class EmlFolderSource implements InboxSource {

    private final Path folder;
    private final InboxOptions options;

    EmlFolderSource(Path folder, InboxOptions options) {
        this.folder = folder;
        this.options = options;
    }

    @Override
    public void read(InboxHandler handler) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> p.getFileName().toString()
                .toLowerCase(Locale.ROOT).endsWith(".eml"))) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new MailException("the folder " + folder + " cannot be read: " + DisplayText.of(e.getMessage(), 200),
                    "nothing was read.");
        }
        files.sort(null);
        for (Path file : files) {
            EmlFileSource.readFile(file, DisplayText.of(file.getFileName().toString(), 200), options, handler);
        }
    }

    @Override
    public void close() {
    }
}
