package dev.lectern.ui.search;

import dev.lectern.model.Article;
import dev.lectern.ui.common.ShownScript;
import dev.lectern.ui.common.TextScript;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One search result: the title, the date and path, and a snippet; the search's words are marked in the snippet and in
 * the title, so a list of results shows at a glance which titles hold them.
 */
final class SearchResultCell extends ListCell<SearchResult> {

    private final TextFlow title = new TextFlow();
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, meta, snippet);
    private final ShownScript script;

    SearchResultCell(ShownScript script) {
        this.script = script;
        title.getStyleClass().add("result-title");
        meta.getStyleClass().add("result-meta");
        snippet.getStyleClass().add("result-snippet");
        title.setMinWidth(0);
        meta.setMinWidth(0);
        snippet.setMinWidth(0);
        box.setMinWidth(0);
        box.getStyleClass().add("result-box");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchResult result, boolean empty) {
        super.updateItem(result, empty);
        if (empty || result == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Article article = result.article();
        String words = result.snippet().replace('\n', ' ');
        UnaryOperator<String> titleShown = script.partsOf(article.title(), article.lang());
        UnaryOperator<String> wordsShown = script.partsOf(words, article.lang());
        marked(title, article.title(), result.titleMatches(), "result-title-text", article.lang(), titleShown);
        meta.setText((article.date() == null ? "" : article.date() + "  ·  ") + article.id().path());
        marked(snippet, words, result.matches(), "result-text", article.lang(), wordsShown);
        setGraphic(box);
        // a screen reader hears the result's words, which are drawn as a graphic: title, date and the snippet
        setAccessibleText(titleShown.apply(article.title()) + (article.date() == null ? "" : ", " + article.date())
                + ", " + wordsShown.apply(words).strip());
        // the new words' fonts, so the height asked for next is that of the lines they make
        applyCss();
    }

    /**
     * The height of the lines the title and snippet make at this width: a list cell's own answer is the theme's cell
     * size, and the list then took its content's minimum, a line or two short for a long title, whose first line was
     * drawn over the row above.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - insets.getLeft() - insets.getRight());
        return insets.getTop() + box.prefHeight(inner) + insets.getBottom();
    }

    /**
     * Fills the flow with the text, its matched ranges marked, each part as the list shows it (in the pages' script,
     * converted part by part so the marks stay on the words matched); set in one cut, the one for its script; Korean
     * words kept whole at a line's end ({@link WholeKoreanWords}).
     */
    private static void marked(TextFlow flow, String text, java.util.List<int[]> matches, String style, String lang,
                               UnaryOperator<String> shown) {
        java.util.List<WholeKoreanWords.Part> parts = new java.util.ArrayList<>();
        int at = 0;
        for (int[] match : matches) {
            if (match[0] < at || match[1] > text.length()) {
                continue;
            }
            if (match[0] > at) {
                parts.add(new WholeKoreanWords.Part(shown.apply(text.substring(at, match[0])), false));
            }
            parts.add(new WholeKoreanWords.Part(shown.apply(text.substring(match[0], match[1])), true));
            at = match[1];
        }
        if (at < text.length()) {
            parts.add(new WholeKoreanWords.Part(shown.apply(text.substring(at)), false));
        }
        flow.getChildren().setAll(WholeKoreanWords.nodes(parts, (part, match) -> {
            Text node = plain(part, style);
            if (match) {
                node.getStyleClass().add("result-match");
            }
            TextScript.mark(node, text, lang);
            return node;
        }));
    }

    private static Text plain(String text, String style) {
        Text node = new Text(text);
        node.getStyleClass().addAll(style, TextScript.STYLE_CLASS);
        return node;
    }
}
