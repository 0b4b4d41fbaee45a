package org.briefgen.publish;

import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

/** The folder named for the publication is a file, or holds files that are not an earlier publication. */
public final class PublicationFolderException extends UserError {

    public PublicationFolderException(String message) {
        super(message, ExitCode.NOT_A_PUBLICATION_FOLDER);
    }

    @Override
    public String outcome() {
        return "nothing was written.";
    }
}
