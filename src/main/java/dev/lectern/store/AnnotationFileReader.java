package dev.lectern.store;

import dev.lectern.model.Problem;
import dev.lectern.model.Problem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads an annotation file's text leniently: what is malformed is skipped and noted as a problem, the rest is kept. */
final class AnnotationFileReader {

    LoadResult read(String text) {
        List<Problem> problems = new ArrayList<>();
        AnnotationSet set = new AnnotationSet();
        Object root;
        boolean cut = false;
        try {
            root = YamlSetup.load(text, YamlSetup.MAX_LINE);
        } catch (YAMLException e) {
            int before = problems.size();
            Map<String, Object> salvaged = YamlSalvage.read(text, problems);
            if (problems.size() == before) {
                problems.add(YamlSetup.problemOf(e));
            }
            root = salvaged.isEmpty() ? null : salvaged;
            cut = true;
        }
        if (!(root instanceof Map<?, ?> map)) {
            if (!cut) {
                problems.add(Problem.of(Kind.ANNOTATIONS_NOT_A_MAP));
            }
            return new LoadResult(set, null, problems);
        }
        checkSchema(map.get("schema"), problems);
        set.setColorNames(SchemaTwo.colorNames(map.get("colors"), problems));
        Object articles = map.get("articles");
        if (articles instanceof List<?> list) {
            EntryReader entries = new EntryReader(set, problems);
            for (int i = 0; i < list.size(); i++) {
                entries.readArticle(list.get(i), i + 1);
            }
        } else if (articles != null) {
            problems.add(Problem.of(Kind.ARTICLES_NOT_A_LIST));
        }
        if (!cut) {
            checkEnd(map, set.size(), text, problems);
        }
        return new LoadResult(set, map.get("library") instanceof String s ? s : null, problems);
    }

    private static void checkSchema(Object schema, List<Problem> problems) {
        if (!(schema instanceof Integer number)) {
            problems.add(Problem.of(Kind.SCHEMA_MISSING));
        } else if (number > AnnotationFile.SCHEMA) {
            problems.add(Problem.of(Kind.SCHEMA_NEWER, number, AnnotationFile.SCHEMA));
        }
    }

    /**
     * Checks that the file ends where a whole file ends. The count Lectern writes last ({@code annotations: N}) is that
     * end: a file cut short at any byte has lost it, or is cut inside its digits and no line break follows them. So
     * the count's value itself does not have to match: fewer annotations than it says is an entry deleted by hand
     * while Lectern was closed (as the README allows; nobody updates the count), more is one added by hand, and
     * neither is damage. Where the count was moved by hand and is no longer last, it marks no end, and any difference
     * is reported as before.
     */
    private static void checkEnd(Map<?, ?> map, int read, String text, List<Problem> problems) {
        if (!(map.get("annotations") instanceof Integer number)) {
            problems.add(Problem.of(Kind.COUNT_MISSING));
            return;
        }
        boolean last = "annotations".equals(lastKey(map));
        boolean whole = text.endsWith("\n");
        if (number != read && !(last && (number > read || whole))) {
            problems.add(Problem.of(Kind.COUNT_MISMATCH, number, read));
        }
    }

    private static Object lastKey(Map<?, ?> map) {
        Object last = null;
        for (Object key : map.keySet()) {
            last = key;
        }
        return last;
    }
}
