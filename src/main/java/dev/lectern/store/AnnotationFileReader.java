package dev.lectern.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads an annotation file's text leniently: what is malformed is skipped and described, the rest is kept. */
final class AnnotationFileReader {

    private static final int MAX_RECOVERY_ATTEMPTS = 64;

    LoadResult read(String text) {
        List<String> problems = new ArrayList<>();
        AnnotationSet set = new AnnotationSet();
        Object root;
        boolean cut = false;
        try {
            root = YamlSetup.load(text, YamlSetup.MAX_LINE);
        } catch (YAMLException e) {
            problems.add(describe(e));
            root = readBeforeError(text, e);
            cut = true;
        }
        if (!(root instanceof Map<?, ?> map)) {
            if (!cut) {
                problems.add("it does not hold annotations");
            }
            return new LoadResult(set, null, problems);
        }
        checkSchema(map.get("schema"), problems);
        Object articles = map.get("articles");
        if (articles instanceof List<?> list) {
            EntryReader entries = new EntryReader(set, problems);
            for (int i = 0; i < list.size(); i++) {
                entries.readArticle(list.get(i), i + 1);
            }
        } else if (articles != null) {
            problems.add("its 'articles' is not a list");
        }
        if (!cut) {
            checkCount(map.get("annotations"), set.size(), problems);
        }
        return new LoadResult(set, map.get("library") instanceof String s ? s : null, problems);
    }

    private static void checkSchema(Object schema, List<String> problems) {
        if (!(schema instanceof Integer number)) {
            problems.add("it has no schema number");
        } else if (number > AnnotationFile.SCHEMA) {
            problems.add("it was written by a newer Lectern (schema " + number + "; this one reads schema "
                    + AnnotationFile.SCHEMA + ")");
        }
    }

    private static void checkCount(Object count, int read, List<String> problems) {
        if (!(count instanceof Integer number)) {
            problems.add("it does not end with its annotation count, so it may have been cut short");
        } else if (number != read) {
            problems.add("it lists " + number + " annotations but " + read + " could be read");
        }
    }

    /** Parses the text before the failing line, cut at an item boundary, so a truncated file gives back what it holds. */
    private static Object readBeforeError(String text, YAMLException error) {
        String[] lines = text.split("\n", -1);
        int last = error instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                ? Math.min(marked.getProblemMark().getLine(), lines.length - 1) : lines.length - 1;
        int attempts = 0;
        for (int line = last; line > 0 && attempts < MAX_RECOVERY_ATTEMPTS; line--) {
            if (!lines[line].stripLeading().startsWith("- ")) {
                continue;
            }
            attempts++;
            try {
                return YamlSetup.load(String.join("\n", java.util.Arrays.copyOf(lines, line)) + "\n", YamlSetup.MAX_LINE);
            } catch (YAMLException e) {
                // try an earlier boundary
            }
        }
        return null;
    }

    private static String describe(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return "line " + (marked.getProblemMark().getLine() + 1) + ": " + marked.getProblem();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
    }
}
