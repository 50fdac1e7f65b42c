package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.Translation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * Under the reader's toolbar, the open article's versions in the library's other languages ("Also in: English ·
 * Español"), as a translated site's language switcher; a click opens one. Hidden where there are none.
 */
final class TranslationsBar extends FlowPane {

    /** A page of a site translated into dozens of languages lists at most this many. */
    private static final int MOST = 40;

    private final Runnable update;

    /**
     * @param article      the article open in the reader
     * @param translations the versions of an article in other languages
     * @param open         opens one
     */
    TranslationsBar(ObservableValue<Article> article, Function<ArticleId, List<Translation>> translations,
                    Consumer<ArticleId> open) {
        super(6, 2);
        setId("translations");
        getStyleClass().add("translations-bar");
        Runnable update = () -> {
            Article shown = article.getValue();
            List<Translation> others = shown == null ? List.of() : translations.apply(shown.id());
            getChildren().clear();
            if (!others.isEmpty()) {
                Label also = new Label(t("reader.translations"));
                also.getStyleClass().add("translations-label");
                getChildren().add(also);
                others.stream().sorted(java.util.Comparator.comparing(Translation::language)).limit(MOST).forEach(other -> {
                    Hyperlink link = new Hyperlink(other.language());
                    link.setOnAction(e -> open.accept(other.article()));
                    link.setFocusTraversable(false);
                    getChildren().add(link);
                });
            }
            setVisible(!others.isEmpty());
            setManaged(!others.isEmpty());
        };
        article.addListener((obs, was, now) -> update.run());
        this.update = update;
        update.run();
    }

    /** The library was read again: its translations may have changed. */
    void refresh() {
        update.run();
    }
}
