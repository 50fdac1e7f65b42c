package dev.lectern.store;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of an article's Markdown source (``` and ~~~ fences, Jekyll's {@code {% highlight %}}), with their
 * languages: an export writes a passage highlighted in one as code, not as prose.
 */
public final class CodeInSource {

    /** A code block's text as the page shows it (its lines, each ending in a line break) and language, or null. */
    public record Code(String language, String text) {
    }

    /** Articles larger than this are not looked into (their passages are written as prose). */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^`\\s]*).*$");
    // possessive: a long line opening {% highlight with no %} tried every split of the name and the rest (quadratic)
    private static final Pattern HIGHLIGHT = Pattern.compile("^\\s*+\\{%-?\\s*+highlight\\s++([^\\s%]++).*%}\\s*$");
    private static final Pattern END_HIGHLIGHT = Pattern.compile("^\\s*\\{%-?\\s*endhighlight\\s*-?%}\\s*$");

    private CodeInSource() {
    }

    /** The code blocks of each article under root, read from its file (none when it cannot be read). */
    public static Function<ArticleId, List<Code>> in(Path root) {
        return article -> {
            try {
                return of(new String(CappedRead.bytes(root.resolve(article.path()), MAX_BYTES), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        };
    }

    /** The code blocks of a Markdown text, in order. */
    public static List<Code> of(String markdown) {
        List<Code> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            Matcher highlight = HIGHLIGHT.matcher(lines[i]);
            if (fence.matches()) {
                String mark = fence.group(2);
                int indent = fence.group(1).length();
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                for (; j < lines.length && !closes(lines[j], mark); j++) {
                    text.append(unindented(lines[j], indent)).append('\n');
                }
                blocks.add(new Code(language(fence.group(3)), text.toString()));
                i = j;
            } else if (highlight.matches()) {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                for (; j < lines.length && !END_HIGHLIGHT.matcher(lines[j]).matches(); j++) {
                    text.append(lines[j]).append('\n');
                }
                blocks.add(new Code(language(highlight.group(1)), text.toString()));
                i = j;
            }
        }
        return blocks;
    }

    private static boolean closes(String line, String mark) {
        String s = line.strip();
        return s.length() >= mark.length() && s.chars().allMatch(c -> c == mark.charAt(0));
    }

    private static String unindented(String line, int indent) {
        int n = 0;
        while (n < indent && n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(n);
    }

    /** "java" of "java", "{.java}", "js/1-2"; null when none. */
    private static String language(String info) {
        String name = info.replaceAll("^[{.]+", "").replaceAll("[}/].*$", "");
        return name.matches("[A-Za-z0-9+#._-]{1,40}") ? name : null;
    }
}
