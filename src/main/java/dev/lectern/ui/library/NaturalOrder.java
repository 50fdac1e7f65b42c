package dev.lectern.ui.library;

import java.util.Comparator;

/**
 * Compares sort keys (a {@link dev.lectern.library.NameOrder}'s, which keeps digits as ASCII digits) the way a reader
 * counts: a run of digits by its value, so "「SF-LC」2" comes before "「SF-LC」10"; everything else as the keys are.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder KEYS = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (digit(x) && digit(y)) {
                int endA = runEnd(a, i);
                int endB = runEnd(b, j);
                int byValue = compareNumbers(a, i, endA, b, j, endB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else if (x != y) {
                return Character.compare(x, y);
            } else {
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Two runs of digits by value (leading zeros skipped), any length; equal values by fewer leading zeros first. */
    private static int compareNumbers(String a, int from, int to, String b, int bFrom, int bTo) {
        int startA = from;
        while (startA < to - 1 && a.charAt(startA) == '0') {
            startA++;
        }
        int startB = bFrom;
        while (startB < bTo - 1 && b.charAt(startB) == '0') {
            startB++;
        }
        int byLength = Integer.compare(to - startA, bTo - startB);
        if (byLength != 0) {
            return byLength;
        }
        for (int k = 0; k < to - startA; k++) {
            int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return Integer.compare(to - from, bTo - bFrom);
    }

    private static int runEnd(String s, int from) {
        int end = from;
        while (end < s.length() && digit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
