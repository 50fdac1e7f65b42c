package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.FormulaGaps;
import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The annotations as an export writes them: a passage quoted before formulas had words in the page's text (its quote
 * has a hole where each formula was) is quoted as it reads now, with the formulas' TeX. The window does this for an
 * article when it is opened and saves it; an export (from the window or the command line) reaches articles never
 * opened since, and writes nothing back.
 */
public final class FormulaQuotes {

    private FormulaQuotes() {
    }

    /** A copy of set with such quotes filled in; each article's text is read once, and only where one may need it. */
    public static AnnotationSet filled(AnnotationSet set, Function<ArticleId, String> textOf) {
        AnnotationSet copy = set.copy();
        Reanchorer reanchorer = new Reanchorer();
        Function<ArticleId, String> texts = once(textOf);
        for (Annotation a : set.all()) {
            Anchor anchor = a.anchor();
            if (a.isDeleted() || anchor == null) {
                continue;
            }
            String text = texts.apply(a.article());
            if (text == null || text.indexOf('$') < 0) {
                continue;
            }
            AnchorMatch match = reanchorer.locate(anchor, text);
            if (match.found() && FormulaGaps.onlyFormulasAdded(anchor.quote(), match.text())) {
                copy.put(a.anchoredAt(anchor.foundAgainIn(text, match.start(), match.end()), a.updated()));
            }
        }
        return copy;
    }

    /**
     * textOf, each article read once (an export reads each again to mark passages no longer there); the texts are kept
     * softly, so that a library of thousands of annotated articles is read again rather than held whole in memory.
     */
    public static Function<ArticleId, String> once(Function<ArticleId, String> textOf) {
        Map<ArticleId, SoftReference<String>> texts = new HashMap<>();
        Set<ArticleId> unread = new HashSet<>(); // an article that could not be read is not tried again
        return id -> {
            if (unread.contains(id)) {
                return null;
            }
            SoftReference<String> kept = texts.get(id);
            String text = kept == null ? null : kept.get();
            if (text == null) {
                text = textOf.apply(id);
                if (text == null) {
                    unread.add(id);
                } else {
                    texts.put(id, new SoftReference<>(text));
                }
            }
            return text;
        };
    }
}
