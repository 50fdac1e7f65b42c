package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text written to hurt a parser (Zalgo marks, deep raw HTML, self-closed raw-text tags) still shows, soon. */
class HostileTextTest {

    /** Far above the second or two these take now; it guards a hang (they took minutes to hours), not speed. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private final PageRenderer renderer = new PageRenderer();
    private final Path root = Path.of("/library");

    private RenderedPage page(String markdown) {
        return renderer.renderPage(article("T"), markdown, RenderOptions.defaults(root, root.resolve("a.md")));
    }

    private Element body(String markdown) {
        return dom(page(markdown).html()).selectFirst(".article-body");
    }

    @Test
    void zalgoTextRendersWithEachRunOfMarksCutAndTheRestOfTheArticleIntact() {
        String zalgo = "H" + "\u0301\u0302\u0303\u0304".repeat(40_000) + "ello, see https://example.com today.\n\n"
                + "Tiếng Việt, שָׁלוֹם, हिन्दी, ภาษาไทย, العَرَبِيَّة, བོད་སྐད་\n";

        Element body = assertTimeoutPreemptively(HANG, () -> body(zalgo));

        String text = body.text();
        assertThat(text).contains("ello, see").contains("today.");
        assertThat(text.codePoints().filter(c -> c >= 0x300 && c <= 0x304).count()).isEqualTo(MarkRuns.MAX_MARKS);
        assertThat(text).as("real scripts' marks are kept").contains("Tiếng Việt, שָׁלוֹם, हिन्दी, ภาษาไทย, العَرَبِيَّة, བོད་སྐད་");
        assertThat(MarkRuns.over("Tiếng Việt, שָׁלוֹם, हिन्दी, ภาษาไทย, العَرَبِيَّة, བོད་སྐད་")).isFalse();
    }

    @Test
    void htmlNestedFarBeyondAnyPageIsShownAsPlainTextAndDeepButRealHtmlRenders() {
        String deep = "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000) + "\n";

        RenderedPage page = assertTimeoutPreemptively(HANG, () -> page(deep));
        assertThat(page.html()).contains("plain-source");
        assertThat(MarkdownLimits.check(deep)).isEqualTo(MarkdownLimits.Breach.HTML_DEPTH);

        Element real = assertTimeoutPreemptively(HANG, () -> body("<div>".repeat(300) + "inner" + "</div>".repeat(300)
                + "\n\nAfter.\n"));
        assertThat(real.select("div").size()).isGreaterThanOrEqualTo(300);
        assertThat(real.select("div").last().text()).isEqualTo("inner");
        assertThat(real.text()).contains("After.");
    }

    @Test
    void selfClosedRawTextTagsDoNotTakeTheRestOfTheArticleWithThem() {
        for (String tag : new String[] {"<script type=\"text/javascript\" src=\"x.js\" />", "<style/>", "<xmp/>",
                "<noembed/>", "<iframe src=\"https://example.com/\"/>", "<svg><script href=\"x.js\"/></svg>",
                "<plaintext/>", "<textarea/>", "<title/>"}) {
            Element body = body("Before.\n\n" + tag + "\n\n## Heading\n\nAfter *this*.\n");

            assertThat(body.text()).as(tag).contains("Before.").contains("Heading").contains("After this.")
                    .doesNotContain("<");
            assertThat(body.select("h2").text()).as(tag).isEqualTo("Heading");
            assertThat(body.select("script, style, iframe, plaintext, xmp")).as(tag).isEmpty();
        }
        assertThat(body("Inline <script src=\"x.js\"/> and *more*.\n").text()).isEqualTo("Inline and more.");
        assertThat(body("```html\n<script src=\"x.js\"/>\n```\n").select("pre").text())
                .as("code shows as written").contains("<script src=\"x.js\"/>");
    }
}
