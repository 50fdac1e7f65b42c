package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.TagIndex;
import dev.lectern.library.Translation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * Under the reader's toolbar, the open article's versions in the library's other languages ("Also in: English ·
 * Español"), as a translated site's language switcher; a click opens one. Hidden where there are none; follows the
 * open article and the library's tag index (read again when files change).
 */
final class TranslationsBar extends FlowPane {

    /** A page of a site translated into dozens of languages lists at most this many. */
    private static final int MOST = 40;

    private final ObservableValue<Article> article;
    private final ObservableValue<TagIndex> index;
    private final Consumer<ArticleId> open;

    /**
     * @param article the article open in the reader
     * @param index   the library's tag index, which knows each article's versions
     * @param open    opens one
     */
    TranslationsBar(ObservableValue<Article> article, ObservableValue<TagIndex> index, Consumer<ArticleId> open) {
        super(6, 2);
        this.article = article;
        this.index = index;
        this.open = open;
        setId("translations");
        getStyleClass().add("translations-bar");
        article.addListener((obs, was, now) -> update());
        index.addListener((obs, was, now) -> update());
        update();
    }

    private void update() {
        Article shown = article.getValue();
        List<Translation> others = shown == null || index.getValue() == null ? List.of()
                : index.getValue().translationsOf(shown.id());
        getChildren().clear();
        if (!others.isEmpty()) {
            Label also = new Label(t("reader.translations"));
            also.getStyleClass().add("translations-label");
            getChildren().add(also);
            others.stream().sorted(Comparator.comparing(Translation::language)).limit(MOST).forEach(other -> {
                Hyperlink link = new Hyperlink(other.language());
                link.setOnAction(e -> open.accept(other.article()));
                // reached by Tab as the window's other controls are; Enter (as on a link) or Space opens it
                link.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                        e.consume();
                        link.fire();
                    }
                });
                getChildren().add(link);
            });
        }
        setVisible(!others.isEmpty());
        setManaged(!others.isEmpty());
    }
}
