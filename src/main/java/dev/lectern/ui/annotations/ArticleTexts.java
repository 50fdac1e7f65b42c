package dev.lectern.ui.annotations;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.PageText;
import dev.lectern.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/** The rendered plain text of an article, as highlights are anchored in it; for re-anchoring away from the WebView. */
public final class ArticleTexts {

    private final ArticleReader reader;
    private final PageRenderer renderer;

    public ArticleTexts(ArticleReader reader, PageRenderer renderer) {
        this.reader = reader;
        this.renderer = renderer;
    }

    /** The text of the article at id under root, or null when it cannot be read. */
    public String of(Path root, ArticleId id) {
        Path file = root.resolve(id.path());
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Article article = reader.read(root, file);
            String html = renderer.render(article, reader.readBody(root, id), RenderOptions.defaults(root, file));
            return PageText.of(html);
        } catch (Exception | StackOverflowError e) { // one hostile article is its own problem, not the export's
            return null;
        }
    }
}
