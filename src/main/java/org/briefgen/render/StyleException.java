package org.briefgen.render;

/** The house style file is wrong; the message names the file and, where known, the line. */
public final class StyleException extends RuntimeException {

    public StyleException(String message) {
        super(message);
    }
}
