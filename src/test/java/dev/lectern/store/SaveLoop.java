package dev.lectern.store;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** Child process of the crash and two-process tests: adds a bookmark and saves, over and over, saying "saving N" before and "saved N" after each save. */
public final class SaveLoop {

    private SaveLoop() {
    }

    /** Arguments: the annotation file, the first number to use, and optionally how many saves (else forever). */
    public static void main(String[] args) throws IOException {
        AnnotationStore store = AnnotationStore.open(Path.of(args[0]), Path.of("/library"), null, Clock.systemUTC());
        System.out.println("ready " + store.annotations().size());
        System.out.flush();
        int first = Integer.parseInt(args[1]);
        long last = args.length > 2 ? first + Long.parseLong(args[2]) : Long.MAX_VALUE;
        for (int n = first; n < last; n++) {
            store.addBookmark(new ArticleId("crash.md"), null, null, "n" + n);
            System.out.println("saving " + n);
            System.out.flush();
            store.save();
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
