package dev.lectern.ui.annotations;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.store.AnchorMatch;
import dev.lectern.store.AnchorState;
import dev.lectern.store.Reanchorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where the open article's highlights and bookmarks are in its current text: re-anchors each one (at its old place,
 * else its quote elsewhere, else an approximate quote) and saves an anchor that moved once, not on every repaint.
 */
public final class HighlightPlacement {

    /** An annotation found in the text, between these offsets. */
    public record Placed(Annotation annotation, int start, int end) {
    }

    /** How an annotation of the open article stands. */
    public enum Status { IN_PLACE, SHIFTED, NOT_FOUND }

    private final AnnotationsViewModel annotations;
    private final Reanchorer reanchorer = new Reanchorer();
    private final Map<UUID, int[]> placed = new HashMap<>();
    private final Set<UUID> moved = new HashSet<>();
    private final Map<UUID, Anchor> saved = new HashMap<>();
    private ArticleId article;
    private String text = "";

    public HighlightPlacement(AnnotationsViewModel annotations) {
        this.annotations = annotations;
    }

    /** Places the article's annotations in its text; anchors that moved are saved (each new place once). */
    public List<Placed> place(ArticleId shown, String pageText) {
        if (!shown.equals(article)) {
            moved.clear();
            saved.clear();
            article = shown;
        }
        text = pageText;
        placed.clear();
        List<Placed> found = new ArrayList<>();
        Map<UUID, Anchor> toSave = new LinkedHashMap<>();
        for (Annotation a : annotations.of(shown)) {
            Anchor anchor = a.anchor();
            if (anchor == null) {
                continue;
            }
            AnchorMatch where = reanchorer.locate(anchor, text);
            if (!where.found()) {
                continue;
            }
            placed.put(a.id(), new int[] {where.start(), where.end()});
            found.add(new Placed(a, where.start(), where.end()));
            if (where.state() == AnchorState.MOVED) {
                moved.add(a.id());
            }
            if (where.start() != anchor.start() || where.end() != anchor.end() || !where.text().equals(anchor.quote())) {
                // the passage as it reads now becomes the quote (what panels, popover and exports show); the words
                // first highlighted stay in the anchor's originalQuote
                Anchor now = anchor.foundAgainIn(text, where.start(), where.end());
                if (!now.equals(saved.get(a.id()))) {
                    saved.put(a.id(), now);
                    toSave.put(a.id(), now);
                }
            }
        }
        toSave.forEach(annotations::follow);
        return found;
    }

    /** Where an annotation of the open article was placed, as {start, end}, or null when it has no place. */
    public int[] where(UUID id) {
        return placed.get(id);
    }

    /** How an annotation of the open article stands after the last placing. */
    public Status status(Annotation a) {
        if (a.anchor() == null) {
            return Status.IN_PLACE;
        }
        if (!placed.containsKey(a.id())) {
            return Status.NOT_FOUND;
        }
        return moved.contains(a.id()) || a.anchor().originalQuote() != null ? Status.SHIFTED : Status.IN_PLACE;
    }
}
