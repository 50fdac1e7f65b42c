package dev.lectern.model;

/**
 * How far a reader got in an article, and the rules that move it on. An article is {@link ReadState#UNREAD} until
 * it has been on screen; it is then {@link ReadState#IN_PROGRESS}, its progress being the furthest part of it that
 * has been on screen; it becomes {@link ReadState#READ} when its end has been on screen (the last
 * {@code 1 - READ_AT} of its length; an article that fits on one screen is read as soon as it counts as opened) or
 * when the reader marks it read. Only a mark by hand makes it unread again.
 *
 * @param state    where the reader is
 * @param furthest the furthest part seen, from 0 to 1 (the bottom of the window, as a fraction of the page height)
 */
public record ReadProgress(ReadState state, double furthest) {

    /** Never opened. */
    public static final ReadProgress UNREAD = new ReadProgress(ReadState.UNREAD, 0);
    /** The part of the page that must have been on screen for the article to count as read. */
    public static final double READ_AT = 0.98;

    public ReadProgress {
        state = state == null ? ReadState.UNREAD : state;
        furthest = Double.isFinite(furthest) ? Math.max(0, Math.min(1, furthest)) : 0;
    }

    /**
     * The article was on screen down to {@code fraction} of its length: it is opened, its furthest point moves on,
     * and it becomes read when that reaches {@link #READ_AT}. A read article stays read.
     */
    public ReadProgress seen(double fraction) {
        double further = Math.max(furthest, Double.isFinite(fraction) ? fraction : 0);
        ReadState next = state == ReadState.READ || further >= READ_AT ? ReadState.READ : ReadState.IN_PROGRESS;
        return new ReadProgress(next, further);
    }

    /** Marked read, or unread (as if never opened), by hand. */
    public ReadProgress marked(boolean read) {
        return read ? new ReadProgress(ReadState.READ, furthest) : UNREAD;
    }

    /** For state kept before read states existed: a remembered position means the article was opened. */
    public static ReadProgress openedAt(double position) {
        return UNREAD.seen(position);
    }

    /** 0 when unread, 100 when read, otherwise the furthest part seen in whole percent, at most 99. */
    public int percent() {
        return switch (state) {
            case UNREAD -> 0;
            case READ -> 100;
            case IN_PROGRESS -> Math.min(99, (int) Math.floor(furthest * 100));
        };
    }
}
