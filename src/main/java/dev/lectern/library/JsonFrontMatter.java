package dev.lectern.library;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lectern.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads Hugo's JSON front matter. Values are kept as the author wrote them, as for YAML: numbers and booleans as their
 * text ({@code "draft": true} is {@code "true"}), lists as lists. JSON that does not parse is reported with its line
 * and read line by line ({@code "title": "x",} lines), so the article keeps what can be read of it. Jackson's own
 * limits bound the input (nesting at most 1,000 deep).
 */
final class JsonFrontMatter {

    /** A key as {@link LineFrontMatter} reads one. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][\\w-]{0,100}");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final LineFrontMatter LINES = new LineFrontMatter();

    private JsonFrontMatter() {
    }

    /**
     * Parses the object into top-level keys (lower-cased) and values; adds warnings. Static, so that this class and
     * Jackson load with the first JSON front matter rather than at start-up.
     */
    static Map<String, Object> parse(FrontMatterBlock block, List<Problem> warnings) {
        JsonNode root;
        try {
            root = JSON.readTree(block.text());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? block.firstLine() : at.getLineNr() + block.firstLine() - 1;
            String detail = YamlFrontMatter.oneLine(e.getOriginalMessage());
            warnings.add(Problem.of(Problem.Kind.FRONT_MATTER_NOT_JSON_AT, line, detail));
            return LINES.parse(asKeyLines(block.text()));
        }
        if (root == null || !root.isObject()) {
            warnings.add(Problem.of(Problem.Kind.FRONT_MATTER_NOT_A_MAP));
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        root.fields().forEachRemaining(field ->
                fields.putIfAbsent(field.getKey().strip().toLowerCase(Locale.ROOT), value(field.getValue())));
        return fields;
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), value(field.getValue())));
            return map;
        }
        return node.asText();
    }

    /** The object's {@code "key": value,} lines as {@code key: value} lines, for {@link LineFrontMatter}. */
    static String asKeyLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            int close = trimmed.indexOf('"', 1);
            int colon = close < 0 ? -1 : trimmed.indexOf(':', close);
            if (!trimmed.startsWith("\"") || colon < 0 || !trimmed.substring(close + 1, colon).isBlank()
                    || !KEY.matcher(trimmed.substring(1, close)).matches()) {
                continue;
            }
            String value = trimmed.substring(colon + 1).strip();
            out.append(trimmed, 1, close).append(": ")
                    .append(value.endsWith(",") ? value.substring(0, value.length() - 1).strip() : value).append('\n');
        }
        return out.toString();
    }
}
