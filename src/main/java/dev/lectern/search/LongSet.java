package dev.lectern.search;

import java.util.Arrays;

/** A set of non-zero longs with open addressing: a file's pieces are counted without a boxed object each. */
final class LongSet {

    private long[] slots;
    private int size;

    /** An empty set with room for about expected values before it grows. */
    LongSet(int expected) {
        slots = new long[Math.max(1024, Integer.highestOneBit(Math.max(1, expected)) * 4)];
    }

    /** Adds a value (never 0). */
    void add(long value) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
    }

    int size() {
        return size;
    }

    /** The values, in no particular order. */
    long[] values() {
        long[] values = new long[size];
        int n = 0;
        for (long slot : slots) {
            if (slot != 0) {
                values[n++] = slot;
            }
        }
        return values;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return Arrays.toString(values());
    }
}
