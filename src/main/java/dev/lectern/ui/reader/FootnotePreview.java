package dev.lectern.ui.reader;

import dev.lectern.render.FootnoteScripts;
import java.util.function.Consumer;
import javafx.util.Duration;

/**
 * A footnote shown where its number is: resting the pointer on the number a moment opens the note in a box beside it
 * ({@link FootnoteScripts}), which stays and closes as a {@link HoverBox} does. A click on the number still jumps to
 * the note, as before.
 */
final class FootnotePreview implements HoverBox.Boxes {

    /** How long the pointer rests on a number before its note shows: passing over one shows nothing. */
    static final Duration DELAY = Duration.millis(250);

    private final FootnoteScripts scripts = new FootnoteScripts();

    @Override
    public String at(double x, double y) {
        return scripts.noteAt(x, y);
    }

    @Override
    public String over() {
        return FootnoteScripts.OVER_BOX;
    }

    @Override
    public void opening(String key, double x, double y, Consumer<String> script) {
        script.accept(scripts.showAt(x, y));
    }

    @Override
    public String hide() {
        return scripts.hide();
    }
}
