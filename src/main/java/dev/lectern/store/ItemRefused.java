package dev.lectern.store;

import dev.lectern.model.Problem;

/** Why one annotation read from a file was skipped, as a problem for the interface to word; the message is for logs. */
final class ItemRefused extends IllegalArgumentException {

    private final transient Problem reason;

    ItemRefused(Problem.Kind kind, Object... values) {
        this(Problem.of(kind, values));
    }

    private ItemRefused(Problem reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /** The reason an exception thrown while reading an item gives: its own, or the error as Java worded it. */
    static Problem reasonOf(RuntimeException e) {
        return e instanceof ItemRefused refused ? refused.reason : Problem.of(Problem.Kind.ITEM_UNREADABLE, String.valueOf(e));
    }
}
