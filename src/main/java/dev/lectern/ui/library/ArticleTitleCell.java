package dev.lectern.ui.library;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.model.ReadProgress;
import dev.lectern.model.ReadState;
import dev.lectern.ui.common.AnnotationMarks;
import dev.lectern.ui.common.ArticleMetaLine;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.ShownScript;
import dev.lectern.ui.common.TextScript;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The title column: a dot for an unread article, the title (with a "draft" badge, a warning mark when the file had
 * problems, the percentage read while in progress, and the annotation marks) over a line of author, categories and tags. A read
 * article's row is muted (pseudo-classes {@code :unread}, {@code :in-progress}, {@code :read} on the cell).
 */
public final class ArticleTitleCell extends TableCell<Article, Article> {

    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final PseudoClass IN_PROGRESS = PseudoClass.getPseudoClass("in-progress");
    private static final PseudoClass READ = PseudoClass.getPseudoClass("read");

    private final Label title = new Label();
    private final Label draft = new Label(t("list.draft"));
    private final Label warning = new Label("⚠");
    private final Label meta = new Label();
    private final Label marks = new Label();
    private final Label percent = new Label();
    private final Region dot = new Region();
    private final HBox titleLine = new HBox(6, warning, title, draft, percent, marks);
    private final AnnotationMarks annotations;
    private final ReadStatesViewModel readStates;
    private final ShownScript script;
    private final VBox box = new VBox(2, titleLine, meta);
    private final HBox row = new HBox(6, dot, box);
    private final Tooltip tooltip = new Tooltip();

    ArticleTitleCell(AnnotationMarks annotations, ReadStatesViewModel readStates, ShownScript script) {
        this.annotations = annotations;
        this.readStates = readStates;
        this.script = script;
        getStyleClass().add("article-title-cell");
        marks.getStyleClass().add("annotation-marks");
        draft.getStyleClass().add("draft-badge");
        warning.getStyleClass().add("warning-mark");
        percent.getStyleClass().add("read-progress");
        dot.getStyleClass().add("read-dot");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        draft.setMinWidth(Region.USE_PREF_SIZE);
        warning.setMinWidth(Region.USE_PREF_SIZE);
        marks.setMinWidth(Region.USE_PREF_SIZE);
        titleLine.setAlignment(Pos.BASELINE_LEFT);
        HBox.setMargin(dot, new Insets(7, 0, 0, 0));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
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
            showState(null);
            setAccessibleText(null);
            return;
        }
        String shownTitle = script.of(article.title(), article.lang());
        TextScript.show(title, shownTitle, article.lang());
        meta.setText(script.of(ArticleMetaLine.of(article), article.lang()));
        int count = annotations.count(article.id());
        boolean starred = annotations.isStarred(article.id());
        marks.setText((starred ? "★" : "") + (count > 0 ? (starred ? " " : "") + "✎ " + count : ""));
        show(marks, starred || count > 0);
        show(draft, article.draft());
        show(warning, article.hasWarnings());
        ReadProgress progress = readStates.progress(article.id());
        showState(progress);
        String tip = shownTitle + (article.subtitle() == null ? "" : "\n" + script.of(article.subtitle(), article.lang()))
                + "\n" + article.id().path() + "\n" + describe(progress)
                + (article.hasWarnings() ? "\n⚠ " + String.join("\n⚠ ", article.warnings().stream().map(Messages::describe).toList()) : "");
        tooltip.setText(tip);
        setTooltip(tooltip);
        setGraphic(row);
        setAccessibleText(spoken(article, shownTitle, progress, starred, count));
    }

    private void showState(ReadProgress progress) {
        ReadState state = progress == null ? null : progress.state();
        pseudoClassStateChanged(UNREAD, state == ReadState.UNREAD);
        pseudoClassStateChanged(IN_PROGRESS, state == ReadState.IN_PROGRESS);
        pseudoClassStateChanged(READ, state == ReadState.READ);
        dot.setVisible(state == ReadState.UNREAD);
        percent.setText(state == ReadState.IN_PROGRESS ? progress.percent() + "%" : "");
        show(percent, state == ReadState.IN_PROGRESS);
    }

    /** The row's words for a screen reader (its labels are a graphic): title, date, read state, draft and marks. */
    private static String spoken(Article article, String title, ReadProgress progress, boolean starred, int annotations) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(title);
        if (article.date() != null) {
            parts.add(article.date().toString());
        }
        parts.add(describe(progress));
        if (article.draft()) {
            parts.add(t("list.draft"));
        }
        if (starred) {
            parts.add(t("a11y.starred"));
        }
        if (annotations > 0) {
            parts.add(t("a11y.annotationCount", annotations));
        }
        return String.join(", ", parts);
    }

    private static String describe(ReadProgress progress) {
        return switch (progress.state()) {
            case UNREAD -> t("state.unread");
            case IN_PROGRESS -> t("state.reading", progress.percent());
            case READ -> t("state.read");
        };
    }

    private static void show(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
