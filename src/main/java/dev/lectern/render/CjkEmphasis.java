package dev.lectern.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.lectern.model.CjkScript;

/**
 * Emphasis that works in Chinese, Japanese and Korean prose. CommonMark will not close {@code **} that follows
 * punctuation when a letter comes next, nor open it before punctuation after a letter, so
 * {@code 一个**键值对（Key-Value）**结构} and {@code 是**"有且仅有"**的} showed their asterisks (the Jekyll and Hexo
 * sites these posts come from make them bold). Here the flanking rules follow the CJK-friendly amendment proposed
 * for CommonMark (markdown-it-cjk-friendly, remark-cjk-friendly): CJK punctuation such as {@code （。“} no longer
 * blocks a run, and a CJK character beside a run counts as space would. Text without CJK characters parses exactly
 * as before. Use with flexmark's own asterisk and underscore processors off.
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
        builder.customDelimiterProcessor(new Asterisks(strongWrapsEmphasis));
        builder.customDelimiterProcessor(new Underscores(strongWrapsEmphasis));
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

    private static boolean nonCjkPunctuation(String character, boolean isPunctuation) {
        return isPunctuation && !cjk(character);
    }

    private static boolean cjk(String character) {
        return !character.isEmpty() && CjkScript.isWide(character.codePointAt(0));
    }

    private static final class Asterisks extends AsteriskDelimiterProcessor {
        Asterisks(boolean strongWrapsEmphasis) {
            super(strongWrapsEmphasis);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            return leftFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            return rightFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
        }
    }

    /** Underscores keep CommonMark's extra rule: inside a word ({@code snake_case}, {@code 中文_中文}) they stay text. */
    private static final class Underscores extends UnderscoreDelimiterProcessor {
        Underscores(boolean strongWrapsEmphasis) {
            super(strongWrapsEmphasis);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            boolean left = leftFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
            boolean right = rightFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
            return super.canBeOpener(before, after, left, right, beforeIsPunctuation, afterIsPunctuation,
                    beforeIsWhitespace, afterIsWhitespace);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace,
                boolean afterIsWhitespace) {
            boolean left = leftFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
            boolean right = rightFlanking(before, after, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                    afterIsWhitespace);
            return super.canBeCloser(before, after, left, right, beforeIsPunctuation, afterIsPunctuation,
                    beforeIsWhitespace, afterIsWhitespace);
        }
    }
}
