package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A link between a site's posts whose file is not at the path written leads where Hugo's ref or Hexo's post_link does. */
class SiteRefsTest {

    private static final List<Article> SITES = List.of(
            article("a/content/posts/trip-kyoto/index.md", "京都"),
            article("a/content/posts/go.md", "Go in A"),
            article("a/content/posts/tabs.md", "Tabs"),
            article("b/content/posts/go.md", "Go in B"),
            article("hexo/source/_posts/hello-world.md", "Hello World"),
            article("hexo/source/_posts/next-notes.md", "NexT 主题的 note 标签"));

    @Test
    void aNameIsLookedUpAcrossTheSiteOfTheLinkingPostFirst() {
        assertThat(resolve("a/content/posts/2024/go.md", "a/content/posts/2024/x.md")).contains(id("a/content/posts/go.md"));
        assertThat(resolve("b/content/posts/2024/go.md", "b/content/posts/2024/x.md")).contains(id("b/content/posts/go.md"));
        assertThat(resolve("a/content/posts/trip-kyoto.md", "a/content/posts/x.md"))
                .contains(id("a/content/posts/trip-kyoto/index.md"));
        assertThat(resolve("a/content/posts/posts/tabs.md", "a/content/posts/x.md")).as("a path from content/")
                .contains(id("a/content/posts/tabs.md"));
        assertThat(resolve("hexo/source/_posts/2024/NexT 主题的 note 标签.md", "hexo/source/_posts/2024/y.md"))
                .as("Hexo: by title").contains(id("hexo/source/_posts/next-notes.md"));
    }

    @Test
    void aPathNoArticleEndsWithOrBadInputIsNoArticle() {
        assertThat(resolve("a/content/posts/other/go.md", "a/content/posts/x.md")).as("a path is not a name").isEmpty();
        assertThat(resolve("a/content/posts/gone.md", "a/content/posts/x.md")).isEmpty();
        assertThat(SiteRefs.resolve(id(""), null, SITES)).isEmpty();
        assertThat(SiteRefs.resolve(null, null, SITES)).isEmpty();
        assertThat(SiteRefs.resolve(id("go.md"), null, List.of())).isEmpty();
        assertThat(SiteRefs.resolve(id("go.md"), null, SITES)).isPresent();
    }

    private static Optional<ArticleId> resolve(String wanted, String from) {
        return SiteRefs.resolve(id(wanted), id(from), SITES);
    }

    private static ArticleId id(String path) {
        return new ArticleId(path);
    }

    private static Article article(String path, String title) {
        return new Article(id(path), title, null, null, List.of(), List.of(), List.of(), null, false, null, List.of(), 0, 0);
    }
}
