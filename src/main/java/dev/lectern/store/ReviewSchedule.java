package dev.lectern.store;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.ReviewState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily review's spaced repetition: a highlight never reviewed is due now; marked "known" it comes back after 1,
 * then 3 days, then each time about 2.5 times later (8, 20, 50 …, at most a year); marked "again" it comes back in
 * ten minutes and starts over; discarded it never comes back. The clock is injected.
 */
public final class ReviewSchedule {

    /** How many highlights a review shows at a time. */
    public static final int BATCH = 5;
    /** How soon a highlight marked "again" comes back. */
    public static final Duration AGAIN = Duration.ofMinutes(10);
    private static final int MAX_INTERVAL = 365;
    private static final double GROWTH = 2.5;

    private final Clock clock;

    public ReviewSchedule(Clock clock) {
        this.clock = clock;
    }

    /**
     * The live, not discarded highlights due now, the longest overdue first, then never-reviewed ones oldest first,
     * taken from their articles in turn (an article's first, then another's first, …): in the order made, a batch was
     * one article's highlights, where Readwise mixes its sources.
     */
    public List<Highlight> due(List<? extends Annotation> annotations, int limit) {
        Instant now = clock.instant();
        List<Highlight> all = live(annotations)
                .filter(h -> h.review() == null || !h.review().discarded() && !h.review().due().isAfter(now))
                .sorted(Comparator.comparing((Highlight h) -> h.review() == null ? Instant.MAX : h.review().due())
                        .thenComparing(Annotation::created).thenComparing(h -> h.id().toString()))
                .toList();
        List<Highlight> ordered = new ArrayList<>();
        Map<ArticleId, Deque<Highlight>> fresh = new LinkedHashMap<>();
        for (Highlight h : all) {
            if (h.review() == null) {
                fresh.computeIfAbsent(h.article(), article -> new ArrayDeque<>()).add(h);
            } else {
                ordered.add(h);
            }
        }
        while (!fresh.isEmpty() && ordered.size() < limit) {
            for (var it = fresh.values().iterator(); it.hasNext() && ordered.size() < limit; ) {
                Deque<Highlight> ofArticle = it.next();
                ordered.add(ofArticle.poll());
                if (ofArticle.isEmpty()) {
                    it.remove();
                }
            }
        }
        return List.copyOf(ordered.size() > limit ? ordered.subList(0, limit) : ordered);
    }

    private static java.util.stream.Stream<Highlight> live(List<? extends Annotation> annotations) {
        return annotations.stream().filter(a -> !a.isDeleted()).filter(Highlight.class::isInstance).map(Highlight.class::cast);
    }

    /** When the next highlight not due now comes back (reviewed and not discarded), or null when none will. */
    public Instant nextDue(List<? extends Annotation> annotations) {
        Instant now = clock.instant();
        return live(annotations).map(Highlight::review)
                .filter(r -> r != null && !r.discarded() && r.due().isAfter(now))
                .map(ReviewState::due).min(Comparator.naturalOrder()).orElse(null);
    }

    /** How many highlights are due now. */
    public int dueCount(List<? extends Annotation> annotations) {
        return due(annotations, Integer.MAX_VALUE).size();
    }

    /** The state after "known": the interval grows, so it comes back less often each time. */
    public ReviewState known(Highlight h) {
        int last = h.review() == null ? 0 : h.review().interval();
        int next = last == 0 ? 1 : last == 1 ? 3 : (int) Math.min(MAX_INTERVAL, Math.round(last * GROWTH));
        Instant now = clock.instant();
        return new ReviewState(now.plus(Duration.ofDays(next)), next, reviews(h) + 1, false, now);
    }

    /** The state after "again": back in ten minutes, the interval starts over. */
    public ReviewState again(Highlight h) {
        Instant now = clock.instant();
        return new ReviewState(now.plus(AGAIN), 0, reviews(h) + 1, false, now);
    }

    /** The state after "discard": out of the review (the highlight itself stays). */
    public ReviewState discard(Highlight h) {
        Instant now = clock.instant();
        return new ReviewState(now, h.review() == null ? 0 : h.review().interval(), reviews(h), true, now);
    }

    private static int reviews(Highlight h) {
        return h.review() == null ? 0 : h.review().reviews();
    }
}
