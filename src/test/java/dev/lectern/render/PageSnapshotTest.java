package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page kept as bytes comes back whole under its key, and damaged bytes give an IOException, never a wrong page. */
class PageSnapshotTest {

    private static final RenderedPage PAGE = new RenderedPage("<html lang=\"zh-CN\"><p>线程池的<strong>正文</strong> 🙂</p></html>",
            List.of(new Heading(2, "第一节", "第一节"), new Heading(3, "Second", "second")), true, 2, null, "zh-CN");

    @Test
    void aPageComesBackEqualUnderItsKeyAndNotUnderAnother() throws IOException {
        byte[] bytes = PageSnapshot.encode("options a\nlast.md\n120@99", PAGE);

        assertThat(PageSnapshot.decode(bytes, "options a\nlast.md\n120@99")).isEqualTo(PAGE);
        assertThat(PageSnapshot.decode(bytes, "options a\nlast.md\n121@99")).as("the file changed").isNull();
        RenderedPage withSource = new RenderedPage("<p>x</p>", List.of(), false, 0, "https://example.com/a", null);
        assertThat(PageSnapshot.decode(PageSnapshot.encode("k", withSource), "k")).isEqualTo(withSource);
    }

    @Test
    void onlyAPageOpeningWithTheRenderersPolicyIsHandedBack() throws IOException {
        RenderedPage rendered = new PageRenderer().renderPlain(new dev.lectern.model.Article(new dev.lectern.model.ArticleId("a.md"),
                "题目", null, null, List.of(), List.of(), List.of(), null, false, null, List.of(), 1, 1), "正文",
                RenderOptions.defaults(java.nio.file.Path.of("/lib"), java.nio.file.Path.of("/lib/a.md")));
        assertThat(PageSnapshot.decode(PageSnapshot.encode("k", rendered), "k", false)).isEqualTo(rendered);

        RenderedPage planted = new RenderedPage("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<img src=\"https://tracker.example/x.png\">"
                + rendered.html(), List.of(), false, 0, null, "en");
        assertThatThrownBy(() -> PageSnapshot.decode(PageSnapshot.encode("k", planted), "k", false)).isInstanceOf(IOException.class);
        RenderedPage remote = new RenderedPage(rendered.html().replace(PageTemplate.OFFLINE_POLICY, PageTemplate.REMOTE_IMAGES_POLICY),
                List.of(), false, 0, null, "zh");
        assertThatThrownBy(() -> PageSnapshot.decode(PageSnapshot.encode("k", remote), "k", false)).isInstanceOf(IOException.class);
        assertThat(PageSnapshot.decode(PageSnapshot.encode("k", remote), "k", true)).isEqualTo(remote);
    }

    @Test
    void everyCutAndEveryFlippedByteGivesAnIoExceptionOrTheSamePageNeverAnotherError() {
        byte[] bytes = PageSnapshot.encode("key", PAGE);
        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> PageSnapshot.decode(cut, "key")).as("cut at %d", length).isInstanceOf(IOException.class);
        }
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            byte[] damaged = bytes.clone();
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
            Throwable thrown = catchThrowable(() -> {
                RenderedPage page = PageSnapshot.decode(damaged, "key");
                // a flipped byte may land in a text and still decode: then it is that page's text, no other field moved
                if (page != null) {
                    assertThat(page.outline()).hasSize(2);
                }
            });
            assertThat(thrown).as("round %d", round).satisfiesAnyOf(t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(IOException.class));
        }
    }
}
