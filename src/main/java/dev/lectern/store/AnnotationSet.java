package dev.lectern.store;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * All annotations of one library, tombstones included, with what is known about their articles.
 * A plain mutable value: the store guards it; {@link AnnotationStore#snapshot()} hands out copies.
 */
public final class AnnotationSet {

    /** The file's order: oldest first, then by id. */
    public static final Comparator<Annotation> ORDER =
            Comparator.comparing(Annotation::created).thenComparing(a -> a.id().toString());

    private final Map<UUID, Annotation> items = new HashMap<>();
    private final Map<ArticleId, ArticleEntry> entries = new HashMap<>();
    private ColorNames colorNames = ColorNames.NONE;
    /**
     * Annotations read with a field left at its default ({@code EntryReader}): they never win a merge over a copy held
     * here, which may still have the field (a window whose file was damaged by hand would else lose a note).
     */
    private final Set<UUID> partial = new java.util.HashSet<>();

    public Optional<Annotation> get(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Every annotation, deleted ones included, in file order. */
    public List<Annotation> all() {
        List<Annotation> list = new ArrayList<>(items.values());
        list.sort(ORDER);
        return list;
    }

    /** The annotations of one article, deleted ones included, in file order. */
    public List<Annotation> of(ArticleId article) {
        return all().stream().filter(a -> a.article().equals(article)).toList();
    }

    /** Every article that has annotations or an entry, sorted by path. */
    public List<ArticleId> articles() {
        TreeSet<ArticleId> ids = new TreeSet<>(entries.keySet());
        items.values().forEach(a -> ids.add(a.article()));
        return List.copyOf(ids);
    }

    /** The entry of an article; one without a key when only its annotations are known. */
    public ArticleEntry entry(ArticleId article) {
        return entries.getOrDefault(article, new ArticleEntry(article, null, List.of()));
    }

    /** What the reader named the highlight colours. */
    public ColorNames colorNames() {
        return colorNames;
    }

    void setColorNames(ColorNames names) {
        colorNames = names == null ? ColorNames.NONE : names;
    }

    /** How many annotations, deleted ones included. */
    public int size() {
        return items.size();
    }

    void put(Annotation annotation) {
        items.put(annotation.id(), annotation);
    }

    void putEntry(ArticleEntry entry) {
        entries.put(entry.article(), entry);
    }

    /**
     * Takes in the other set: per id the newer {@code updated} wins (tombstones too), with the review state marked
     * last on either side; ids on one side are kept.
     *
     * @return the articles whose annotations changed here
     */
    Set<ArticleId> mergeFrom(AnnotationSet other) {
        return mergeFrom(other, new AnnotationSet());
    }

    /**
     * Takes in the other set, a newer version of the file whose older version was {@code base}: an annotation changed
     * there and not here since that version is taken even though its {@code updated} is the same (an edit by hand in a
     * text editor leaves it as it was); one changed on both sides, or put back older (a sync tool restoring an earlier
     * copy), goes to the newer {@code updated}, as in {@link #mergeFrom(AnnotationSet)}.
     *
     * @return the articles whose annotations changed here
     */
    Set<ArticleId> mergeFrom(AnnotationSet other, AnnotationSet base) {
        Set<ArticleId> changed = new TreeSet<>();
        for (Annotation theirs : other.items.values()) {
            Annotation ours = items.get(theirs.id());
            Annotation was = base.items.get(theirs.id());
            boolean onlyTheirs = ours != null && ours.equals(was) && !theirs.equals(was)
                    && !theirs.updated().isBefore(was.updated()); // an older copy put back by a sync tool is not an edit
            if (ours != null && other.partial.contains(theirs.id())) {
                continue; // read with a default in place of a field it had: ours is the better copy
            }
            Annotation won = ours == null || onlyTheirs || theirs.updated().isAfter(ours.updated()) ? theirs : ours;
            won = ours == null ? won : withLaterReview(won, won == theirs ? ours : theirs);
            if (!won.equals(ours)) {
                items.put(theirs.id(), won);
                changed.add(theirs.article());
                if (ours != null) {
                    changed.add(ours.article());
                }
            }
        }
        if (other.colorNames.updated() != null && (colorNames.updated() == null
                || other.colorNames.updated().isAfter(colorNames.updated()))) {
            colorNames = other.colorNames;
        }
        for (ArticleEntry theirs : other.entries.values()) {
            ArticleEntry ours = entries.get(theirs.article());
            entries.put(theirs.article(), ours == null ? theirs : ours.mergedWith(theirs));
        }
        return changed;
    }

    /**
     * The winner of a merge with the review state of the other version when that one was marked later: a review does
     * not change a highlight's {@code updated}, so a note edited on one machine and a review done on another both stay.
     */
    private static Annotation withLaterReview(Annotation won, Annotation lost) {
        if (won instanceof Highlight w && lost instanceof Highlight l && l.review() != null
                && l.review().markedAfter(w.review())) {
            return w.reviewed(l.review(), w.updated());
        }
        return won;
    }

    /** Moves an article's entry to a new path (the annotations are moved by the caller). */
    void moveEntry(ArticleId from, ArticleId to) {
        ArticleEntry moved = entry(from).movedTo(to);
        entries.remove(from);
        ArticleEntry existing = entries.get(to);
        entries.put(to, existing == null ? moved : existing.mergedWith(moved));
    }

    /** Notes that an annotation was read with a field left at its default. */
    void markPartial(UUID id) {
        partial.add(id);
    }

    AnnotationSet copy() {
        AnnotationSet copy = new AnnotationSet();
        copy.items.putAll(items);
        copy.entries.putAll(entries);
        copy.colorNames = colorNames;
        return copy;
    }
}
