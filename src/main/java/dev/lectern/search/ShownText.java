package dev.lectern.search;

import java.util.Arrays;

/**
 * An article's text as its page shows it (a converted page: 乾燥 where the file holds 干燥, 記憶體 for 内存), with the
 * source offsets each run of it stands for: what the reader sees can be found, and is marked by the source offsets
 * anchors count. Converting a query back cannot do this: 乾 is a simplified character too, so 乾燥 stays 乾燥.
 */
public final class ShownText {

    private final String text;
    /** Four numbers a run, in order: shownStart, sourceStart, sourceEnd, linear (1: char for char; 0: whole only). */
    private final int[] runs;

    private ShownText(String text, int[] runs) {
        this.text = text;
        this.runs = runs;
    }

    /** The page's text as shown and its runs as the page gives them (comma-joined numbers); null when malformed. */
    public static ShownText of(String text, String runs) {
        if (text == null || runs == null || runs.isBlank()) {
            return null;
        }
        try {
            int[] numbers = Arrays.stream(runs.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
            return numbers.length % 4 == 0 && numbers[0] == 0 ? new ShownText(text, numbers) : null;
        } catch (NumberFormatException notRuns) { // the page's answer, however odd, never breaks the find bar
            return null;
        }
    }

    public String text() {
        return text;
    }

    /**
     * The source span a span of the shown text stands for: char for char where the conversion kept the length, else
     * the whole phrase a start or end falls in (a match inside 執行緒 marks all of 线程, as a highlight does).
     */
    int[] toSource(int start, int end) {
        int first = runAt(start, false);
        int last = runAt(end, true);
        int from = runs[first + 3] == 1 ? runs[first + 1] + start - runs[first] : runs[first + 1];
        int to = runs[last + 3] == 1 ? runs[last + 1] + end - runs[last] : runs[last + 2];
        return new int[] {from, Math.max(from, to)};
    }

    /** The index of the last run that starts at or before a start (before an end), in log time. */
    private int runAt(int offset, boolean isEnd) {
        int lo = 0;
        int hi = runs.length / 4 - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int shownStart = runs[mid * 4];
            if (isEnd ? shownStart < offset : shownStart <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo * 4;
    }
}
