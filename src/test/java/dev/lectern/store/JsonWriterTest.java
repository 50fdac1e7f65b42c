package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesValuesAndEscapesStrings() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", "引号 \"quoted\"\n\\ tab\t");
        row.put("date", null);
        row.put("draft", true);
        row.put("tags", List.of("a", "b/c"));
        row.put("n", 3);
        row.put("ctl", "\u0001");
        assertThat(JsonWriter.compact(row)).isEqualTo(
                "{\"title\":\"引号 \\\"quoted\\\"\\n\\\\ tab\\t\",\"date\":null,\"draft\":true,"
                        + "\"tags\":[\"a\",\"b/c\"],\"n\":3,\"ctl\":\"\\u0001\"}");
    }

    @Test
    void prettyOutputIsIndentedForPeople() {
        assertThat(JsonWriter.write(java.util.Map.of("a", List.of(1)))).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}\n");
    }

    @Test
    void nullsInsideListsStayNull() {
        assertThat(JsonWriter.compact(Arrays.asList("x", null))).isEqualTo("[\"x\",null]");
    }
}
