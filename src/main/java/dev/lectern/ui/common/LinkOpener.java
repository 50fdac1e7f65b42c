package dev.lectern.ui.common;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Hands things to the desktop: an external link (http, https, mailto) to the system browser, an article's file to the
 * application the desktop opens its type with, its folder to the file manager. Behind an interface so tests use a
 * fake; each happens only when the reader asks for it. Each completes with false when no program could open it.
 */
public interface LinkOpener {

    CompletionStage<Boolean> open(URI uri);

    /** Opens a file of the library in the desktop's application for its type (a Markdown editor, say). */
    default CompletionStage<Boolean> openFile(Path file) {
        return CompletableFuture.completedFuture(false);
    }

    /** Shows the folder that holds a file in the desktop's file manager, the file selected where the desktop can. */
    default CompletionStage<Boolean> showInFolder(Path file) {
        return CompletableFuture.completedFuture(false);
    }
}
