package dev.lectern.render;

import static dev.lectern.render.TestArticles.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Chrome docs' tags indented under a list item or written inside an HTML block stay where they stand, as the site puts
 * a tag's output in the tag's place: the list goes on, its steps keep their numbers, and no line becomes code. The
 * snippets are the docs' own (developer.chrome.com, CC BY 4.0).
 */
class TagPlacementTest {

    private final PageRenderer renderer = new PageRenderer();

    @Test
    void anIndentedImageTagStaysInItsStepWithItsCaptionBelowIt() {
        // site/en/docs/devtools/network/index.md
        Element page = body(renderer, """
                To get the most out of this tutorial, open up the demo and try out the features on the demo page.

                1.  Open the [Get Started Demo][3].

                    {% Img src="image/BrQidfK9jaQyIHwdw91aVpkPiib2/9AnMWdLvN65DifDwkONZ.png", alt="The demo", width="800", height="479" %}

                    **Figure 1**. The demo

                    You might prefer to move the demo to a separate window.

                2.  [Open DevTools][4] by pressing Control+Shift+J or Command+Option+J (Mac). The **Console** panel
                    opens.

                    {% Img src="image/BrQidfK9jaQyIHwdw91aVpkPiib2/PpIqpPhho6H1ZKKnHQg8.png", alt="The Console", width="800", height="393" %}

                    **Figure 3**. The Console

                [3]: https://devtools.glitch.me/network/getstarted.html
                [4]: /docs/devtools/open
                """);

        assertThat(page.select("pre")).as("no step's text shown as code").isEmpty();
        assertThat(page.select("ol")).hasSize(1);
        assertThat(page.select("ol > li")).hasSize(2);
        Element first = page.selectFirst("ol > li");
        assertThat(first.select("figure .img-placeholder .alt").text()).isEqualTo("The demo");
        assertThat(first.select("p").eachText()).containsExactly("Open the Get Started Demo.", "Figure 1. The demo",
                "You might prefer to move the demo to a separate window.");
        assertThat(page.select("ol > li").get(1).select("strong").eachText()).contains("Figure 3");
    }

    @Test
    void anIndentedAsideStaysInItsStep() {
        // site/en/docs/devtools/lighthouse/index.md
        Element page = body(renderer, """
                1.  Open the **Lighthouse** panel. It may be hidden behind {% Img src="image/NJdAV9UgKuN8AhoaPBquL7giZQo1/V93Xxk8HvmByCBGzMdW4.svg", alt="More panels.", width="20", height="20" %} **More panels**.

                    {% Aside %}
                    This panel is powered by its namesake—[**Lighthouse**](/docs/lighthouse), an automated tool for improving the quality of your web apps.
                    {% endAside %}

                    {% Img src="image/NJdAV9UgKuN8AhoaPBquL7giZQo1/4zA1JQLNurO4o8WyAy9T.png", alt="The Lighthouse panel.", width="800", height="830" %}

                1.  Match your Lighthouse report configuration settings to those on the screenshot.
                """);

        assertThat(page.select("pre")).isEmpty();
        assertThat(page.select("ol")).hasSize(1);
        Element first = page.selectFirst("ol > li");
        assertThat(first.select(".callout p").text()).startsWith("This panel is powered by its namesake");
        assertThat(first.select("figure .alt").text()).isEqualTo("The Lighthouse panel.");
        assertThat(page.select("ol > li").get(1).text()).startsWith("Match your Lighthouse report");
    }

    @Test
    void anImageTagInATableCellOrAnAuthorsFigureIsThePictureThere() {
        // site/en/blog/image-component/index.md and site/en/articles/content-indexing-api/index.md
        Element page = body(renderer, """
                <table>
                   <tbody>
                      <tr>
                         <td>
                            {% Img src="image/IypihH3o5cSpEMVp5i08dp69otp2/qQ6WnlG5OwWX4q75ahap.png", alt="Mountains image shown as is", width="400", height="300" %}
                         </td>
                         <td>
                            {% Img src="image/IypihH3o5cSpEMVp5i08dp69otp2/d4prulPcCUl0J4lytrBF.png", alt="Mountains image scaled down", width="250", height="300" %}
                         </td>
                      </tr>
                   </tbody>
                </table>

                <div class="switcher">
                  <figure>
                    {% Img src="image/tcFciHGuF3MxnTr1y5ue01OGLBn2/rJF9Cl75c7tcsBL6PQe0.png", alt="A screenshot of the Downloads menu item on Chrome's new tab page.", width="800", height="1480" %}
                    <figcaption>
                      First, select the <b>Downloads</b> menu item on Chrome's new tab page.
                    </figcaption>
                  </figure>
                </div>
                """);

        assertThat(page.select("pre")).as("no closing tags shown as code").isEmpty();
        assertThat(page.select("td .alt").eachText())
                .containsExactly("Mountains image shown as is", "Mountains image scaled down");
        assertThat(page.select("figure")).hasSize(1);
        assertThat(page.select("figure > figcaption").text()).startsWith("First, select the Downloads menu item");
        assertThat(page.select("figure .alt").text()).startsWith("A screenshot of the Downloads menu item");
    }

    @Test
    void anImageTagInTheAuthorsOwnFigureMakesOneFigure() {
        // site/en/_partials/lighthouse-performance/improve.md and site/en/docs/privacy-sandbox/topics/demo/index.md
        Element page = body(renderer, """
                <figure>
                  {% Img src="image/jL3OLOhcWUQDnR4XjewLBx4e3PC3/TN2iCYypsEV3pcRouSQG.png", alt="Lighthouse: Opportunities section", width="800", height="418" %}
                </figure>

                - Enable the API in the `chrome://flags/#privacy-sandbox-ads-apis` Chrome page:

                    <figure>

                    {% Img src="image/RtQlPaM9wdhEJGVKR8boMPkWf443/4kpW1PAuzrMrecSAR3tU.png", alt="Enable the Topics API using the chrome://flags/#privacy-sandbox-ads-apis page", width="800", height="246" %}
                    </figure>
                """);

        assertThat(page.select("figure")).hasSize(2);
        assertThat(page.select("figure figure")).isEmpty();
        assertThat(page.select("li figure .alt").text()).startsWith("Enable the Topics API");
    }

    @Test
    void anIndentedCompareCaptionIsTheCaptionUnderTheExample() {
        // site/en/articles/permissions-policy/index.md
        Element page = body(renderer, """
                {% Compare 'worse', 'old' %}
                  ```text
                  geolocation 'self' https://example.com; camera 'none'
                  ```
                  {% CompareCaption %}
                    Before with Feature Policy.
                  {% endCompareCaption %}
                {% endCompare %}
                """);

        assertThat(page.select("pre").eachText()).containsExactly("geolocation 'self' https://example.com; camera 'none'");
        assertThat(page.select(".compare .compare-caption p").text()).isEqualTo("Before with Feature Policy.");
        assertThat(page.text()).doesNotContain("{%", "CompareCaption");
    }

    @Test
    void anImageTagOnALineOfASentenceIsPartOfTheSentence() {
        // site/en/blog/devtools-2013-11/index.md
        Element page = body(renderer, """
                Now let's take a look at the console drawer.  To open the console drawer, press
                Escape from within DevTools or hit the console drawer button
                {% Img src="image/T4FyVKpzu4WKF1kBNvXepbi08t52/7Y5eITNl8gLKvmrvDjwU.png", alt="Drawer Icon", width="28", height="24" %}
                and the
                drawer rolls up from the bottom.
                """);

        assertThat(page.select("p")).hasSize(1);
        assertThat(page.select("p .img-placeholder .alt").text()).isEqualTo("Drawer Icon");
        assertThat(page.select("figure")).isEmpty();
        assertThat(page.select("p").text()).endsWith("and the drawer rolls up from the bottom.");
    }
}
