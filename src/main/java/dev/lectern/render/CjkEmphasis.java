package dev.lectern.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.lectern.model.CjkScript;

/**
 * Emphasis that works in Chinese, Japanese and Korean prose. CommonMark will not close {@code **} that follows
 * punctuation when a letter comes next, nor open it before punctuation after a letter, so
 * {@code 一个**键值对（Key-Value）**结构} and {@code 是**"有且仅有"**的} showed their asterisks (the Jekyll and Hexo
 * sites these posts come from make them bold). Here the flanking rules follow the CJK-friendly amendment proposed
 * for CommonMark (markdown-it-cjk-friendly, remark-cjk-friendly): CJK punctuation such as {@code （。“} no longer
 * blocks a run, and a CJK character beside a run counts as space would; text without CJK characters keeps
 * CommonMark's rules. Also, as CommonMark has since 0.29 and flexmark (0.28) has not, two runs of three close each
 * other: {@code 高效，***核心研发***及时} and {@code foo***bar***baz} are bold italic. Use with flexmark's own
 * asterisk and underscore processors off.
 */
final class CjkEmphasis implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        boolean strongWrapsEmphasis = Parser.STRONG_WRAPS_EMPHASIS.get(builder);
        builder.customDelimiterProcessor(new Processor('*', strongWrapsEmphasis));
        builder.customDelimiterProcessor(new Processor('_', strongWrapsEmphasis));
    }

    /** Whether a delimiter run between these characters is left-flanking: it can open emphasis. */
    static boolean leftFlanking(String before, String after, boolean beforeIsPunctuation, boolean afterIsPunctuation,
            boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        return !afterIsWhitespace && (!nonCjkPunctuation(after, afterIsPunctuation) || beforeIsWhitespace
                || nonCjkPunctuation(before, beforeIsPunctuation) || cjk(before));
    }

    /** Whether a delimiter run between these characters is right-flanking: it can close emphasis. */
    static boolean rightFlanking(String before, String after, boolean beforeIsPunctuation, boolean afterIsPunctuation,
            boolean beforeIsWhitespace, boolean afterIsWhitespace) {
        return !beforeIsWhitespace && (!nonCjkPunctuation(before, beforeIsPunctuation) || afterIsWhitespace
                || nonCjkPunctuation(after, afterIsPunctuation) || cjk(after));
    }

    /**
     * How many delimiters a closer takes from an opener (0: they do not match). The "multiple of 3" rule keeps
     * {@code *foo**bar*} apart, except where both runs are multiples of 3 ({@code ***bar***}).
     */
    static int delimiterUse(DelimiterRun opener, DelimiterRun closer, boolean strongWrapsEmphasis) {
        int open = opener.length();
        int close = closer.length();
        if ((opener.canClose() || closer.canOpen()) && (open + close) % 3 == 0 && (open % 3 != 0 || close % 3 != 0)) {
            return 0;
        }
        if (open < 3 || close < 3) {
            return Math.min(open, close);
        }
        return close % 2 == 0 || !strongWrapsEmphasis ? 2 : 1;
    }

    private static boolean nonCjkPunctuation(String character, boolean isPunctuation) {
        return isPunctuation && !cjk(character);
    }

    /** A CJK letter or CJK punctuation: what the amendment calls a CJK character (bopomofo and rarer forms aside). */
    private static boolean cjk(String character) {
        if (character.isEmpty()) {
            return false;
        }
        int codePoint = character.codePointAt(0);
        return CjkScript.isLetter(codePoint) || CjkScript.isPunctuation(codePoint);
    }

    /**
     * Asterisks, or underscores with CommonMark's extra rule: inside a word ({@code snake_case}, {@code 中文_中文})
     * they stay text.
     */
    private static final class Processor extends EmphasisDelimiterProcessor {
        private final boolean underscore;
        private final boolean strongWrapsEmphasis;

        Processor(char delimiter, boolean strongWrapsEmphasis) {
            super(delimiter, strongWrapsEmphasis);
            this.underscore = delimiter == '_';
            this.strongWrapsEmphasis = strongWrapsEmphasis;
        }

        @Override
        public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
            return delimiterUse(opener, closer, strongWrapsEmphasis);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            return can(true, before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            return can(false, before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
        }

        /** Whether the run can open (or close) emphasis; flexmark's own flanking flags are not used. */
        private boolean can(boolean opening, String before, String after, boolean beforeIsPunctuation,
                boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhitespace) {
            boolean left = leftFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
            boolean right = rightFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
            boolean flanking = opening ? left : right;
            boolean otherFlanking = opening ? right : left;
            return flanking && (!underscore || !otherFlanking || (opening ? beforeIsPunctuation : afterIsPunctuation));
        }
    }
}
