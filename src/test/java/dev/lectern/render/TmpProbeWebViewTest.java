package dev.lectern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Tag("toolkit")
class TmpProbeWebViewTest {
    @TempDir
    Path library;
    private final AnnotationScripts annotations = new AnnotationScripts();
    @RegisterExtension
    static final FxPage fx = new FxPage();

    @Test
    void probe() throws Exception {
        String md = Files.readString(Path.of("/tmp/shots-content/vertical/2024-03-12-hetang.md"));
        md = md.substring(md.indexOf("---", 4) + 4);
        for (boolean vertical : new boolean[] {false, true}) {
            String html = new PageRenderer().render(new dev.lectern.model.Article(new dev.lectern.model.ArticleId("2024-03-12-hetang.md"), "荷塘夜读：竖排阅读试验", null, java.time.LocalDate.of(2024, 3, 12), java.util.List.of("林间"), java.util.List.of("读书", "排版", "Java"), java.util.List.of(), null, false, null, java.util.List.of(), 0, 0), md,
                    RenderOptions.defaults(library, library.resolve("a.md")).withVertical(vertical).withScript(Script.TAIWAN));
            Path page = Files.writeString(library.resolve("p" + vertical + ".html"), html, StandardCharsets.UTF_8);
            fx.show();
            fx.load(engine -> engine.load(page.toUri().toString()));
            fx.eval(annotations.install());
            String java = PageText.of(html);
            String js = (String) fx.eval(annotations.text());
            int start = java.indexOf("月光如流水一般");
            System.out.println("PROBE start=" + start + " java153=" + java.substring(153, 160));
            fx.eval(annotations.show("h", "yellow", start, start + 7));
            System.out.println("PROBE vertical=" + vertical + " same=" + java.equals(js) + " quote=" + fx.eval(annotations.quoteOf("h")));
            if (!java.equals(js)) {
                int i = 0;
                while (i < Math.min(java.length(), js.length()) && java.charAt(i) == js.charAt(i)) i++;
                System.out.println("PROBE diff at " + i + ": java=" + java.substring(i, Math.min(java.length(), i + 30)) + " | js=" + js.substring(i, Math.min(js.length(), i + 30)));
            }

        }
    }
}
