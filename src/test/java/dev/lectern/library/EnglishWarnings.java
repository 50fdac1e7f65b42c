package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.Problem;
import dev.lectern.ui.common.Messages;
import java.util.List;
import java.util.Locale;

/** An article's warnings worded from the interface's English bundle, as the English interface and `lectern scan` show them. */
final class EnglishWarnings {

    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private EnglishWarnings() {
    }

    static List<String> english(Article article) {
        return article.warnings().stream().map(ENGLISH::problem).toList();
    }

    static List<Problem.Kind> kinds(Article article) {
        return article.warnings().stream().map(Problem::kind).toList();
    }
}
