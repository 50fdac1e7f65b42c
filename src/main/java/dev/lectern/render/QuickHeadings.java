package dev.lectern.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's headings, asked only about lines that can be one. flexmark's own heading factory builds the whole
 * paragraph so far for every line it is asked about (to see whether the line underlines it), and it is asked about
 * every line that starts with a digit or punctuation: a paragraph of 40,000 such lines (a data dump, a long table)
 * took 6 s, 80,000 took 22 s. Here a line that neither starts with {@code #} nor consists of {@code =} or {@code -}
 * (which is all flexmark would accept) is answered "no" at once; the rest go to flexmark's factory unchanged, so
 * headings parse exactly as before. Use with {@code Parser.HEADING_PARSER} off.
 */
final class QuickHeadings implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    /** flexmark's heading factory, with its place among the block parsers, behind a check of the line. */
    static final class Factory extends HeadingParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory headings = super.apply(options);
            return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex())
                    ? headings.tryStart(state, matched) : BlockStart.none();
        }
    }

    /** A line starting with {@code #}, or made of {@code =} or {@code -} and blanks after its first non-blank. */
    static boolean mayBeHeading(BasedSequence line, int from) {
        if (from >= line.length()) {
            return false;
        }
        char first = line.charAt(from);
        if (first == '#') {
            return true;
        }
        if (first != '=' && first != '-') {
            return false;
        }
        for (int i = from + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != first && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
