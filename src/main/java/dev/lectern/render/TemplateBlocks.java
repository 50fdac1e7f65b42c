package dev.lectern.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of Liquid and Nunjucks blocks a page never shows, found in one walk of the source: a {@code for} loop with
 * its body (it runs over the site's data, which an offline reader does not have: an empty item or link is all it could
 * make), the body of {@code if false} up to its {@code else} or {@code endif}, and the {@code else} part of
 * {@code if true}. Other conditions cannot be known offline: what they hold stays, their tags go. Blocks pair up as
 * the template nests them; tags in code are not read, and an end without its opening is ignored.
 */
final class TemplateBlocks {

    /** How far a tag may reach from "{%" to its "%}". */
    private static final int MAX_TAG = 2100;

    /** Where each skipped part starts (the start of its first tag) and where the source goes on after it. */
    private final Map<Integer, Integer> skips = new HashMap<>();

    private TemplateBlocks() {
    }

    /** An opened block: its kind, where its tag starts, its constant condition ("true", "false" or null), its else. */
    private static final class Open {
        final String kind;
        final int start;
        final String condition;
        int otherwise = -1;

        Open(String kind, int start, String condition) {
            this.kind = kind;
            this.start = start;
            this.condition = condition;
        }
    }

    /** The blocks of {@code markdown}, its sorted code ranges left unread. */
    static TemplateBlocks of(String markdown, List<int[]> codeRanges) {
        TemplateBlocks blocks = new TemplateBlocks();
        Deque<Open> open = new ArrayDeque<>();
        int range = 0;
        int close = -1;
        for (int at = markdown.indexOf("{%"); at >= 0; at = markdown.indexOf("{%", at + 2)) {
            while (range < codeRanges.size() && codeRanges.get(range)[1] <= at) {
                range++;
            }
            if (range < codeRanges.size() && codeRanges.get(range)[0] <= at) {
                at = codeRanges.get(range)[1] - 2; // on after the code
                continue;
            }
            if (close < at + 2 && close != Integer.MAX_VALUE) {
                close = markdown.indexOf("%}", at + 2);
                close = close < 0 ? Integer.MAX_VALUE : close;
            }
            if (close == Integer.MAX_VALUE) {
                break;
            }
            if (close - at > MAX_TAG) {
                continue;
            }
            blocks.read(markdown.substring(at + 2, close), at, close + 2, open);
        }
        return blocks;
    }

    /** Reads one tag, its inside {@code text}, from {@code start} to {@code end}. */
    private void read(String text, int start, int end, Deque<Open> open) {
        String inside = text.strip();
        if (inside.startsWith("-")) {
            inside = inside.substring(1).strip();
        }
        int word = 0;
        while (word < inside.length() && Character.isLetter(inside.charAt(word))) {
            word++;
        }
        String name = inside.substring(0, word);
        String argument = inside.substring(word).strip();
        if (argument.endsWith("-")) {
            argument = argument.substring(0, argument.length() - 1).strip();
        }
        switch (name) {
            case "for" -> open.push(new Open("for", start, null));
            case "if" -> {
                String condition = argument.toLowerCase(Locale.ROOT);
                open.push(new Open("if", start, "false".equals(condition) || "true".equals(condition) ? condition : null));
            }
            case "endfor" -> {
                if (!open.isEmpty() && "for".equals(open.peek().kind)) {
                    skips.put(open.pop().start, end);
                }
            }
            case "elif", "else" -> {
                Open block = open.peek();
                if (block != null && "if".equals(block.kind) && block.otherwise < 0) {
                    block.otherwise = start;
                }
            }
            case "endif" -> {
                if (!open.isEmpty() && "if".equals(open.peek().kind)) {
                    Open block = open.pop();
                    if ("false".equals(block.condition)) {
                        skips.put(block.start, block.otherwise >= 0 ? block.otherwise : end);
                    } else if ("true".equals(block.condition) && block.otherwise >= 0) {
                        skips.put(block.otherwise, end);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** Where the source goes on when a tag starting at {@code start} begins a part never shown, else -1. */
    int skip(int start) {
        return skips.getOrDefault(start, -1);
    }
}
