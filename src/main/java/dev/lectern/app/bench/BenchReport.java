package dev.lectern.app.bench;

import dev.lectern.store.JsonWriter;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bench's figures: printed as table rows as they are measured, and kept by name for {@code --json}. */
final class BenchReport {

    private final PrintStream table;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    /** @param table where the rows go as they come; null to print nothing until {@link #printJson} */
    BenchReport(PrintStream table) {
        this.table = table;
    }

    /** A line of text for the table only. */
    void note(String format, Object... args) {
        if (table != null) {
            table.printf(format + "%n", args);
        }
    }

    /** A figure kept for the JSON only (the table says it in a note or a row). */
    void put(String key, Object value) {
        figures.put(key, value);
    }

    /** A time in seconds: a row "12.34 ms" (with a suffix) and the figure in milliseconds. */
    void millis(String key, String label, double seconds, String suffix) {
        figures.put(key, Math.round(seconds * 100_000) / 100.0);
        row(label, BenchCommand.ms(seconds) + suffix);
    }

    /** A row with its text; the figure, when a key is given, as the value. */
    void row(String key, String label, String text, Object value) {
        figures.put(key, value);
        row(label, text);
    }

    private void row(String label, String text) {
        if (table != null) {
            BenchCommand.row(table, label, text);
        }
    }

    /** The table's stream, or null when only JSON is printed. */
    PrintStream table() {
        return table;
    }

    void printJson(PrintStream out) {
        out.println(JsonWriter.write(figures));
    }
}
