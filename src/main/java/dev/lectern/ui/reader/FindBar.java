package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.ArticleId;
import dev.lectern.ui.common.PageBridge;
import dev.lectern.search.ShownText;
import dev.lectern.search.TextMatches;
import dev.lectern.ui.common.Tips;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The find bar over the reading pane (Ctrl+F, or opened by a library search): marks every match in the open
 * article and scrolls to the first; Enter and Shift+Enter (or F3 and Shift+F3) step through them, Escape closes.
 * Typed text is found literally; a library search's words and phrases are found as the search found them.
 */
public final class FindBar extends HBox {

    private final TextField field = new TextField();
    private final Label count = new Label();
    private final ReaderView reader;
    private final PageBridge page;
    private boolean querySyntax;
    private boolean settingText;
    private int total;
    private int current;
    /** The open page's body text, read from the page once per load rather than on every key typed. */
    private String pageText;
    /** The same text as the page shows it when converted (another script), else null; read with it. */
    private ShownText shownText;
    /** The article a library search's words were shown in, or null. */
    private ArticleId searched;

    public FindBar(ReaderView reader) {
        super(6);
        this.reader = reader;
        this.page = new PageBridge(reader::run);
        field.setId("find-field");
        field.setPromptText(t("find.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(360);
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        Button previous = button("▲", t("find.previous.tip"), () -> step(-1));
        Button next = button("▼", t("find.next.tip"), () -> step(1));
        Button close = button("✕", t("find.close.tip"), () -> close(false));
        getChildren().addAll(field, count, previous, next, close);
        getStyleClass().add("find-bar");
        setId("find-bar");
        field.textProperty().addListener((obs, was, now) -> {
            if (!settingText) {
                querySyntax = false;
                mark();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close(true);
                e.consume();
            }
        });
        reader.onPageReady(() -> {
            pageText = null;
            if (isVisible() && querySyntax && !reader.shownArticle().equals(searched)
                    && !java.util.Objects.equals(reader.wantedArticle(), searched)) {
                // a library search's words belong to its results: another article opened (from the list, Go to, a
                // link) is not searched for them, and a "No matches" would only puzzle
                hide();
            } else if (isVisible()) {
                mark();
            }
        });
        show(false);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        Tips.on(button, tip);
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("find-button");
        button.setFocusTraversable(false);
        // never cut to "…" in a narrow pane (at twice the size ▲ and ▼ were): the field gives way instead
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    /** Opens the bar with the keyboard in its field (Ctrl+F). */
    public void open() {
        show(true);
        field.requestFocus();
        field.selectAll();
        mark();
    }

    /**
     * Marks the words of a library search in an article being opened: at once when its page is on screen,
     * otherwise when it has loaded.
     */
    public void showSearch(String query, ArticleId article, boolean takeKeyboard) {
        settingText = true;
        field.setText(query);
        settingText = false;
        querySyntax = true;
        searched = article;
        show(true);
        if (article.equals(reader.shownArticle())) {
            mark();
        }
        if (takeKeyboard) {
            field.requestFocus();
            field.end();
        }
    }

    /** Moves to the next (1) or previous (-1) match, wrapping around. */
    public void step(int delta) {
        if (!isVisible()) {
            open();
            return;
        }
        if (total > 0) {
            current = Math.floorMod(current + delta, total);
            page.findFocus(current);
        }
        showCount();
    }

    /**
     * Closes the bar (Esc, or its ✕), leaving the current match selected in the page as a browser does; the page takes
     * the keyboard, with its ring when a key closed the bar.
     */
    void close(boolean byKey) {
        if (total > 0) {
            page.selectFound(current);
        }
        hide();
        if (byKey) {
            reader.focusFromKeyboard();
        } else {
            reader.web().requestFocus();
        }
    }

    private void hide() {
        show(false);
        total = 0;
        searched = null;
        page.clearFind();
    }

    private void show(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }

    private void mark() {
        String text = field.getText() == null ? "" : field.getText();
        if (pageText == null) {
            page.install();
            String loaded = page.text();
            pageText = loaded.isEmpty() ? null : loaded;
            shownText = pageText == null ? null : page.shown();
        }
        List<int[]> spans = pageText == null ? List.of()
                : querySyntax ? searchMatches(text) : TextMatches.ofLiteral(text, pageText, shownText);
        total = page.find(spans);
        current = 0;
        if (querySyntax && total > 1) {
            // a library search opens where its words stand together, the passage its result's snippet showed
            // (in the article's own words: not in a table of contents made from its headings)
            int passage = TextMatches.bestPassage(text, PageBridge.ownWords(pageText, page.madeUp()));
            while (current < total - 1 && spans.get(current)[0] < passage) {
                current++;
            }
        } else if (total > 1) {
            // a find typed into the bar starts where the reader is, as a browser's does
            current = Math.min(total - 1, page.findFromView());
        }
        if (total > 0) {
            page.findFocus(current);
        }
        showCount();
    }

    /**
     * A library search's matches in the page: words alone (no quotes, no {@code tag:}, no {@code -word}) are found
     * where they stand together as typed, as a browser's find does ("blast radius" three times, not "1 of 6" for its
     * words apart); the words each on their own when they never stand together here.
     */
    private List<int[]> searchMatches(String query) {
        String words = query.strip();
        if (WORDS_ALONE.matcher(words).matches()) {
            List<int[]> together = TextMatches.ofLiteral(words, pageText, shownText);
            if (!together.isEmpty()) {
                return together;
            }
        }
        return TextMatches.ofQuery(query, pageText);
    }

    /** Two or more words, nothing but letters, digits and marks between the spaces. */
    private static final java.util.regex.Pattern WORDS_ALONE =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\p{M}_.']+(\\s+[\\p{L}\\p{N}\\p{M}_.']+)+");

    private void showCount() {
        String text = field.getText() == null ? "" : field.getText().strip();
        count.setText(text.isEmpty() ? "" : total == 0 ? t("find.none") : t("find.count", current + 1, total));
        count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), !text.isEmpty() && total == 0);
    }
}
