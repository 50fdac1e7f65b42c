package dev.lectern.library;

import java.io.IOException;

/** Thrown when a file with an article extension holds binary data rather than text. */
public final class NotTextException extends IOException {

    private static final long serialVersionUID = 1L;

    public NotTextException(String reason) {
        super(reason);
    }
}
