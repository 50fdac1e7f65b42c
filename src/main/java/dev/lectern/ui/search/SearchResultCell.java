package dev.lectern.ui.search;

import dev.lectern.model.Article;
import dev.lectern.ui.common.TextScript;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** One search result: the title, the date and path, and a snippet with the matched words in bold. */
final class SearchResultCell extends ListCell<SearchResult> {

    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, meta, snippet);

    SearchResultCell() {
        title.getStyleClass().add("result-title");
        meta.getStyleClass().add("result-meta");
        snippet.getStyleClass().add("result-snippet");
        title.setMinWidth(0);
        meta.setMinWidth(0);
        snippet.setMinWidth(0);
        snippet.setMaxHeight(3 * 18);
        box.setMinWidth(0);
        box.getStyleClass().add("result-box");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchResult result, boolean empty) {
        super.updateItem(result, empty);
        if (empty || result == null) {
            setGraphic(null);
            return;
        }
        Article article = result.article();
        TextScript.show(title, article.title(), article.lang());
        meta.setText((article.date() == null ? "" : article.date() + "  ·  ") + article.id().path());
        snippet.getChildren().clear();
        String text = result.snippet().replace('\n', ' ');
        int at = 0;
        for (int[] match : result.matches()) {
            if (match[0] > at) {
                snippet.getChildren().add(plain(text.substring(at, match[0])));
            }
            Text bold = plain(text.substring(match[0], match[1]));
            bold.getStyleClass().add("result-match");
            snippet.getChildren().add(bold);
            at = match[1];
        }
        if (at < text.length()) {
            snippet.getChildren().add(plain(text.substring(at)));
        }
        // the snippet is set in one cut, the one for its script as a whole (a matched kanji in Japanese text too)
        snippet.getChildren().forEach(part -> TextScript.mark(part, text, article.lang()));
        setGraphic(box);
    }

    private static Text plain(String text) {
        Text node = new Text(text);
        node.getStyleClass().addAll("result-text", TextScript.STYLE_CLASS);
        return node;
    }
}
