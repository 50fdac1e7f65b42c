package dev.lectern.ui.common;

import dev.lectern.model.LoadOnce;
import dev.lectern.render.Script;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The script the article list and the search results show Chinese titles and snippets in: the default script pages
 * are shown in (Taiwan's, say), so a list beside a converted page reads as the page does. Only text that is Chinese
 * is converted: Han characters with no kana and no Hangul, from an article whose language is unknown or Chinese. The
 * files and what is searched stay as written. Conversions are remembered, a bounded number of them. A script's
 * dictionaries (most of a second to load) are loaded off the window's thread first; until then text is shown as
 * written, and {@link #revisionProperty()} moves on once it can be converted.
 */
public final class ShownScript {

    /** Conversions remembered at most (about a screenful of rows many times over). */
    static final int REMEMBERED = 4_096;

    private final ObjectProperty<Script> script = new SimpleObjectProperty<>(Script.AS_WRITTEN);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final Set<Script> ready = EnumSet.of(Script.AS_WRITTEN);
    private final Map<String, String> converted = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Loads each script's dictionaries once, on a thread of their own; told on {@code fx} when they are loaded. */
    public ShownScript(Executor fx) {
        this(fx, chosen -> LoadOnce.start("script-" + chosen.key(), () -> chosen.convert("中文")));
    }

    /**
     * @param fx   the window's thread, where the lists learn that a script's dictionaries are loaded
     * @param load loads a script's dictionaries, done when they are
     */
    public ShownScript(Executor fx, Function<Script, CompletionStage<?>> load) {
        script.addListener((obs, was, now) -> {
            converted.clear();
            if (now != null && !ready.contains(now)) {
                load.apply(now).whenComplete((done, failed) -> {
                    if (failed == null) { // else the text stays as written, never loaded on the window's thread
                        fx.execute(() -> {
                            ready.add(now);
                            if (script.get() == now) {
                                revision.set(revision.get() + 1);
                            }
                        });
                    }
                });
            }
            revision.set(revision.get() + 1);
        });
    }

    /** The script Chinese text is shown in; bound to the reader's default script. */
    public ObjectProperty<Script> scriptProperty() {
        return script;
    }

    /** Moves on whenever what {@link #of} gives may have changed: the lists then show their rows again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The text as the list shows it: converted when it is Chinese text of an article in {@code lang} (may be null). */
    public String of(String text, String lang) {
        return partsOf(text, lang).apply(text);
    }

    /**
     * How parts of a text are shown (a snippet's words around its marks): converted when the whole text is Chinese
     * text of an article in {@code lang}, else as written.
     */
    public UnaryOperator<String> partsOf(String whole, String lang) {
        Script chosen = script.get();
        if (whole == null || chosen == null || chosen == Script.AS_WRITTEN || !ready.contains(chosen)
                || !isChinese(whole, lang)) {
            return UnaryOperator.identity();
        }
        return part -> part == null ? null : converted.computeIfAbsent(part, chosen::convert);
    }

    static boolean isChinese(String text, String lang) {
        if (lang != null && !lang.regionMatches(true, 0, "zh", 0, 2)) {
            return false;
        }
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript of = Character.UnicodeScript.of(c);
            if (of == Character.UnicodeScript.HIRAGANA || of == Character.UnicodeScript.KATAKANA
                    || of == Character.UnicodeScript.HANGUL) {
                return false;
            }
            han |= of == Character.UnicodeScript.HAN;
            i += Character.charCount(c);
        }
        return han;
    }
}
