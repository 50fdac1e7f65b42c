package dev.lectern.ui;

import dev.lectern.model.Article;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The title column: the title (with a "draft" badge and a warning mark when the file had problems) over a line of author and tags. */
final class ArticleTitleCell extends TableCell<Article, Article> {

    private final Label title = new Label();
    private final Label draft = new Label("draft");
    private final Label warning = new Label("⚠");
    private final Label meta = new Label();
    private final Label marks = new Label();
    private final HBox titleLine = new HBox(6, warning, title, draft, marks);
    private final AnnotationsViewModel annotations;
    private final VBox box = new VBox(2, titleLine, meta);
    private final Tooltip tooltip = new Tooltip();

    ArticleTitleCell(AnnotationsViewModel annotations) {
        this.annotations = annotations;
        marks.getStyleClass().add("annotation-marks");
        draft.getStyleClass().add("draft-badge");
        warning.getStyleClass().add("warning-mark");
        title.setMinWidth(0);
        title.getStyleClass().add("article-title");
        meta.getStyleClass().add("article-meta");
        meta.setMinWidth(0);
    }

    @Override
    protected void updateItem(Article article, boolean empty) {
        super.updateItem(article, empty);
        if (empty || article == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(article.title());
        meta.setText(metaLine(article));
        int count = annotations.count(article.id());
        boolean starred = annotations.isStarred(article.id());
        marks.setText((starred ? "★" : "") + (count > 0 ? (starred ? " " : "") + "✎ " + count : ""));
        marks.setVisible(starred || count > 0);
        marks.setManaged(marks.isVisible());
        draft.setVisible(article.draft());
        draft.setManaged(article.draft());
        warning.setVisible(article.hasWarnings());
        warning.setManaged(article.hasWarnings());
        String tip = article.title() + (article.subtitle() == null ? "" : "\n" + article.subtitle())
                + "\n" + article.id().path()
                + (article.hasWarnings() ? "\n⚠ " + String.join("\n⚠ ", article.warnings()) : "");
        tooltip.setText(tip);
        setTooltip(tooltip);
        setGraphic(box);
    }

    private static String metaLine(Article article) {
        String tags = article.tags().isEmpty() ? "" : "#" + String.join("  #", article.tags());
        if (article.authors().isEmpty()) {
            return tags;
        }
        return tags.isEmpty() ? article.authorLine() : article.authorLine() + "  ·  " + tags;
    }
}
