package dev.lectern.ui.annotations;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/** A field for a highlight's tags that completes the word being typed from the tags known to the library. */
public final class TagField extends TextField {

    private static final int MAX_SUGGESTIONS = 8;

    private final ContextMenu suggestions = new ContextMenu();

    /** known gives the library's article tags and the tags used on highlights. */
    public TagField(String text, Supplier<List<String>> known) {
        super(text);
        setId("tag-field");
        textProperty().addListener((obs, was, now) -> suggest(known.get()));
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                suggestions.hide();
            }
        });
    }

    private void suggest(List<String> known) {
        String text = getText();
        int start = Math.max(Math.max(text.lastIndexOf(' '), text.lastIndexOf(',')), text.lastIndexOf('#')) + 1;
        String word = text.substring(start).toLowerCase(Locale.ROOT);
        List<String> matches = word.isEmpty() ? List.of() : known.stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(word) && !t.equalsIgnoreCase(word))
                .limit(MAX_SUGGESTIONS).toList();
        if (matches.isEmpty()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(matches.stream().map(tag -> {
            MenuItem item = new MenuItem(tag);
            item.setMnemonicParsing(false); // "machine_learning" keeps its underscore
            item.setOnAction(e -> {
                setText(text.substring(0, start) + tag + ", ");
                positionCaret(getText().length());
            });
            return item;
        }).toList());
        if (!suggestions.isShowing() && getScene() != null) {
            suggestions.show(this, Side.BOTTOM, 0, 0);
        }
    }
}
