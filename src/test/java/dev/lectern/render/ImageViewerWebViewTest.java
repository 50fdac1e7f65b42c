package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The image viewer of the reading pane, in a real WebView with the page's JavaScript off. */
@Tag("toolkit")
class ImageViewerWebViewTest {

    private static final String MARKDOWN = "A screenshot:\n\n![A wide dashboard](img/big.png \"The dashboard\")\n\n"
            + "An icon: ![icon](img/small.png)\n\nA linked one: [![linked](img/big.png)](https://example.com/)\n\n"
            + "A thumbnail: [![thumb](img/small.png)](img/big.png) and one linked to a page: [![page](img/small.png)](a.md)\n";

    @TempDir
    Path library;

    @RegisterExtension
    static final FxPage fx = new FxPage();
    private final ImageViewerScripts viewer = new ImageViewerScripts();

    @BeforeEach
    void load() throws Exception {
        Files.createDirectories(library.resolve("img"));
        picture(2400, 1400, 0x3070b0, library.resolve("img/big.png"));
        picture(60, 40, 0xe05030, library.resolve("img/small.png"));
        fx.showRendered(library, MARKDOWN);
    }

    @Test
    void aSqueezedScreenshotOpensAtItsOwnSizeUnderThePointerAndAClickFitsItToThePane() throws Exception {
        fx.eval(viewer.markZoomable());
        assertThat(fx.eval("Array.prototype.map.call(document.querySelectorAll('img.lt-zoomable'),function(e){"
                + "return e.alt;}).join()")).as("the shrunk, unlinked one and the one linked to a picture")
                .isEqualTo("A wide dashboard,thumb");
        double[] shown = fx.rectOf("img.lt-zoomable");
        double x = shown[0] + shown[2] * 0.3;
        double y = shown[1] + Math.min(shown[3], 200) * 0.5;

        // fitted to this 800-pixel pane it would be hardly larger than in the column: it opens at its own size
        assertThat(fx.eval(viewer.openAt(x, y))).isEqualTo(true);
        assertThat(fx.eval("document.querySelector('#lt-viewer .lt-viewer-caption').textContent"))
                .isEqualTo("The dashboard");
        double[] actual = fx.rectOf("#lt-viewer img");
        assertThat(actual[2]).as("its own width").isEqualTo(2400);
        assertThat((x - actual[0]) / actual[2]).as("the point clicked is still under the pointer")
                .isCloseTo((x - shown[0]) / shown[2], org.assertj.core.data.Offset.offset(0.01));
        assertThat(fx.awaitPixels(rgb -> (rgb >> 16) < 40 && ((rgb >> 8) & 0xFF) < 40 && (rgb & 0xFF) < 40,
                new double[] {2, 2, 8, 8}, 64)).as("a dark ground around it").isEqualTo(64);

        assertThat(fx.eval(viewer.clickAt(x, y))).isEqualTo("sized");
        double[] fitted = fx.rectOf("#lt-viewer img");
        assertThat(fitted[2]).as("fitted to the pane").isLessThanOrEqualTo(FxPage.wholePage()[2] - 48)
                .isGreaterThanOrEqualTo(shown[2]);
        assertThat(fx.eval(viewer.clickAt(fitted[0] + fitted[2] / 2, fitted[1] + fitted[3] / 2))).isEqualTo("sized");
        assertThat(fx.rectOf("#lt-viewer img")[2]).isEqualTo(2400);
        assertThat(fx.eval(viewer.clickAt(fitted[0] + fitted[2] / 2, fitted[1] + fitted[3] / 2))).isEqualTo("sized");
        assertThat(fx.eval(viewer.clickAt(3, 3))).as("a click beside it").isEqualTo("closed");
        assertThat(fx.eval("document.getElementById('lt-viewer')")).isNull();
        assertThat(fx.eval(viewer.clickAt(3, 3))).isEqualTo("none");
    }

    @Test
    void aPictureThatFitsLargerThanInTheColumnOpensFitted() throws Exception {
        // a picture whose height the column's room for it did not limit, set small by the author
        fx.eval("var i=document.querySelector('img[title]');i.style.width='200px';i.scrollIntoView();");
        double[] shown = fx.rectOf("img[title]");
        assertThat(fx.eval(viewer.openAt(shown[0] + shown[2] / 2, shown[1] + shown[3] / 2))).isEqualTo(true);

        double[] fitted = fx.rectOf("#lt-viewer img");
        assertThat(fitted[2]).isGreaterThan(2 * shown[2]).isLessThanOrEqualTo(FxPage.wholePage()[2] - 48);
    }

    @Test
    void aThumbnailLinkedToAPictureOpensThatPictureFitted() throws Exception {
        fx.eval("document.querySelector('img[alt=thumb]').scrollIntoView()");
        double[] thumb = fx.rectOf("img[alt=thumb]");
        assertThat(thumb[2]).as("shown at its own size").isEqualTo(60);

        assertThat(fx.eval(viewer.openAt(thumb[0] + thumb[2] / 2, thumb[1] + thumb[3] / 2))).isEqualTo(true);
        assertThat((String) fx.eval("document.querySelector('#lt-viewer img').src")).endsWith("/img/big.png");
        double[] pane = FxPage.wholePage();
        assertThat(fx.awaitPixels(rgb -> rgb == 0x3070b0, pane, 200 * 200)).as("the linked picture, large")
                .isGreaterThanOrEqualTo(200 * 200);
        double[] fitted = fx.rectOf("#lt-viewer img");
        assertThat(fitted[2]).as("fitted to the pane").isLessThanOrEqualTo(pane[2] - 48).isGreaterThan(10 * thumb[2]);
        assertThat(fx.eval(viewer.clickAt(fitted[0] + fitted[2] / 2, fitted[1] + fitted[3] / 2))).isEqualTo("sized");
        assertThat(fx.rectOf("#lt-viewer img")[2]).as("a click shows it at its own size").isEqualTo(2400);
    }

    @Test
    void picturesAtTheirOwnSizeAndPicturesInLinksDoNotOpen() throws Exception {
        double[] icon = fx.rectOf("img[alt=icon]");
        assertThat(fx.eval(viewer.openAt(icon[0] + icon[2] / 2, icon[1] + icon[3] / 2))).isEqualTo(false);
        fx.eval("document.querySelector('a img').scrollIntoView()");
        double[] linked = fx.rectOf("a img");
        assertThat(fx.eval(viewer.openAt(linked[0] + linked[2] / 2, linked[1] + 5))).isEqualTo(false);
        fx.eval("document.querySelector('img[alt=page]').scrollIntoView()");
        double[] toPage = fx.rectOf("img[alt=page]");
        assertThat(fx.eval(viewer.openAt(toPage[0] + 5, toPage[1] + 5))).as("linked to an article").isEqualTo(false);
        assertThat(fx.eval(viewer.close())).as("nothing to close").isEqualTo(false);
    }

    @Test
    void escClosesTheViewerAndTheWheelAndKeysOfAVerticalPageLeaveItAlone() throws Exception {
        double[] shown = fx.rectOf("img[title]");
        assertThat(fx.eval(viewer.openAt(shown[0] + shown[2] / 2, shown[1] + 10))).isEqualTo(true);
        fx.eval("document.documentElement.classList.add('vertical')");
        ReaderScripts reader = new ReaderScripts();
        assertThat(fx.eval(reader.wheelAlong(40))).isEqualTo(false);
        assertThat(fx.eval(reader.pageAlong(1))).isEqualTo(false);

        Object pageAt = fx.eval("window.scrollX+','+window.scrollY");
        assertThat(fx.eval(viewer.scrollBy(0, 1, false))).as("the keys move about the picture").isEqualTo(true);
        assertThat(fx.eval(viewer.scrollBy(1, 0, true))).isEqualTo(true);
        assertThat(fx.eval("document.getElementById('lt-viewer').scrollTop")).isEqualTo(40);
        assertThat(((Number) fx.eval("document.getElementById('lt-viewer').scrollLeft")).intValue()).isGreaterThan(40);
        assertThat(fx.eval("window.scrollX+','+window.scrollY")).as("not the page beneath").isEqualTo(pageAt);

        assertThat(fx.eval(viewer.close())).isEqualTo(true);
        assertThat(fx.eval(viewer.scrollBy(0, 1, false))).as("no viewer: the page's keys").isEqualTo(false);
        assertThat(fx.eval(reader.pageAlong(1))).as("the page's again").isEqualTo(true);
    }

    private static void picture(int width, int height, int rgb, Path file) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
