package dev.lectern.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.model.Anchor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads W3C Web Annotation JSON-LD (from Lectern, or from another tool such as Hypothesis) and plans its merge by id
 * into a set: an AnnotationCollection, an AnnotationPage, a list, one Annotation, or a Hypothesis API answer
 * ({@code rows}). Each annotation is re-anchored in its article's current text by the same rules as on an edit.
 */
public final class WebAnnotationImporter {

    /** Larger files are refused. */
    public static final int MAX_CHARS = 64 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;
    private static final int MAX_ITEMS = 200_000;

    private final Reanchorer reanchorer = new Reanchorer();
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_CHARS).build()).build());

    /**
     * Plans the import of the JSON text into the set.
     *
     * @param resolve the library article a target's source names, or empty when none does
     * @param textOf  an article's current rendered text, or null when it cannot be read
     * @throws IllegalArgumentException with a sentence for the reader when the text is not such JSON at all
     */
    public ImportPlan plan(String json, AnnotationSet existing, Function<String, Optional<ArticleId>> resolve,
                           Function<ArticleId, String> textOf) {
        return plan(json, existing, resolve, textOf, List.of());
    }

    /**
     * Plans the import as {@link #plan(String, AnnotationSet, Function, Function)} does; the annotations of a source no
     * article has any more (an article renamed since the export) go to the one library article whose text holds their
     * passages, and the plan {@linkplain ImportPlan#found() says so}.
     *
     * @param library the library's articles, searched for the passages of a source that names none of them
     */
    public ImportPlan plan(String json, AnnotationSet existing, Function<String, Optional<ArticleId>> resolve,
                           Function<ArticleId, String> textOf, Collection<ArticleId> library) {
        if (json.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the file is larger than " + MAX_CHARS / (1024 * 1024) + " MB");
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not JSON: " + e.getOriginalMessage());
        }
        List<JsonNode> items = items(root);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("it holds no Web Annotations");
        }
        List<Annotation> fresh = new ArrayList<>();
        List<Annotation> duplicates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int unchanged = 0;
        Map<HighlightColor, String> colorNames = new EnumMap<>(HighlightColor.class);
        Map<String, ArticleId> moved = new PassageFinder(library, textOf).find(lostSources(items, resolve));
        List<Problem> found = new ArrayList<>();
        Map<String, Integer> movedCounts = new TreeMap<>();
        WebAnnotationReader reader = new WebAnnotationReader(
                source -> moved.containsKey(source) ? Optional.of(moved.get(source)) : resolve.apply(source), textOf);
        for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
            try {
                Annotation read = reader.read(items.get(i));
                String source = WebAnnotationReader.source(items.get(i));
                if (moved.containsKey(source)) {
                    movedCounts.merge(source, 1, Integer::sum);
                }
                colorName(items.get(i), colorNames);
                Annotation seen = existing.get(read.id()).orElse(null);
                if (seen == null) {
                    fresh.add(read);
                } else if (seen.equals(read) || samePlaceNow(seen, read, textOf)) {
                    unchanged++;
                } else {
                    duplicates.add(read);
                }
            } catch (RuntimeException e) {
                problems.add(Problem.because(Problem.Kind.IMPORT_ITEM_SKIPPED, ItemRefused.reasonOf(e), i + 1));
            }
        }
        if (items.size() > MAX_ITEMS) {
            problems.add(Problem.of(Problem.Kind.IMPORT_TOO_MANY, MAX_ITEMS));
        }
        movedCounts.forEach((source, count) -> found.add(Problem.of(Problem.Kind.IMPORT_SOURCE_FOUND_BY_TEXT,
                EntryReader.cut(source), moved.get(source).path(), count)));
        return new ImportPlan(fresh, duplicates, unchanged, problems, colorNames, found);
    }

    /** The passages of each source no article of the library is at, in the items' order. */
    private static Map<String, List<Anchor>> lostSources(List<JsonNode> items,
                                                         Function<String, Optional<ArticleId>> resolve) {
        Map<String, List<Anchor>> lost = new LinkedHashMap<>();
        Map<String, Boolean> known = new HashMap<>();
        for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
            String source = WebAnnotationReader.source(items.get(i));
            // a web page's address (a Hypothesis export) names no article of the library, renamed or not: not looked for
            if (source == null || source.contains("://") || known.computeIfAbsent(source, s -> resolve.apply(s).isPresent())) {
                continue;
            }
            List<Anchor> passages = lost.computeIfAbsent(source, s -> new ArrayList<>());
            Anchor quote = WebAnnotationReader.quote(items.get(i));
            if (quote != null) {
                passages.add(quote);
            }
        }
        return lost;
    }

    /**
     * Whether the annotation held differs from the one read only by its stored offsets, which are those of the text
     * it was last placed in: found again in the article's current text it is where the read one is. An article edited
     * above a highlight since made every re-import of one's own export ask to overwrite it.
     */
    private boolean samePlaceNow(Annotation seen, Annotation read, Function<ArticleId, String> textOf) {
        if (seen.anchor() == null || read.anchor() == null || !seen.article().equals(read.article())) {
            return false;
        }
        String text = textOf.apply(read.article());
        AnchorMatch match = text == null ? null : reanchorer.locate(seen.anchor(), text);
        return match != null && match.found() && match.start() == read.anchor().start()
                && match.end() == read.anchor().end() && seen.anchoredAt(read.anchor(), seen.updated()).equals(read);
    }

    private static void colorName(JsonNode item, Map<HighlightColor, String> names) {
        JsonNode color = item.path("lectern:color");
        JsonNode name = item.path("lectern:colorName");
        if (color.isTextual() && name.isTextual()) {
            names.put(WebAnnotationReader.color(item), name.asText());
        }
    }

    private static List<JsonNode> items(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            root.forEach(item -> out.addAll(items(item.isArray() ? null : item)));
        } else if (root.has("rows") && root.get("rows").isArray()) {
            root.get("rows").forEach(out::add);
        } else if (root.has("items") && root.get("items").isArray()) {
            root.get("items").forEach(out::add);
        } else if (root.has("first") && root.get("first").isObject()) {
            out.addAll(items(root.get("first")));
        } else if (root.isObject() && root.has("target")) {
            out.add(root);
        }
        return out;
    }
}
