package dev.lectern.render;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints render times of generated ordinary articles (headings, paragraphs, lists, code, tables, links; nothing
 * pathological) of 0.5 to 2 MB, and of 5,000 to 20,000 small code blocks, to show that rendering grows linearly with
 * size. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<dependencies> dev.lectern.render.LargeArticleBenchmark [MB]}.
 */
public final class LargeArticleBenchmark {

    private LargeArticleBenchmark() {
    }

    public static void main(String[] args) {
        double largest = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        PageRenderer renderer = new PageRenderer();
        renderer.warmUp();
        renderer.render(article(), ordinary(200_000), RenderOptions.defaults(Path.of("/lib"), Path.of("/lib/big.md")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (double mb = largest / 4; mb <= largest + 1e-9; mb *= 2) {
            String markdown = ordinary((int) (mb * 1024 * 1024));
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            boolean plain = false;
            for (int run = 0; run < 2; run++) {
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                plain = renderer.render(article(), markdown, RenderOptions.defaults(Path.of("/lib"),
                        Path.of("/lib/big.md"))).contains("plain-source");
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("ordinary article %.2f MB (%d chars): render %.0f ms wall, %.0f ms CPU (best of 2)%s%n",
                    mb, markdown.length(), best / 1e6, bestCpu / 1e6, plain ? ", shown as plain text" : "");
        }
        for (int blocks = 5_000; blocks <= 20_000; blocks *= 2) {
            String markdown = "```\nx = 1\n```\n\n".repeat(blocks);
            long bestCpu = Long.MAX_VALUE;
            for (int run = 0; run < 2; run++) {
                long cpu = threads.getCurrentThreadCpuTime();
                renderer.render(article(), markdown, RenderOptions.defaults(Path.of("/lib"), Path.of("/lib/big.md")));
                bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            }
            System.out.printf("%,d small code blocks (%d KB): render %.0f ms CPU (best of 2)%n", blocks,
                    markdown.length() / 1024, bestCpu / 1e6);
        }
    }

    private static Article article() {
        return new Article(new ArticleId("big.md"), "Big", null, null, List.of(), List.of(), List.of(), null, false, null,
                List.of(), 0, 0);
    }

    /** An ordinary article of about the given number of characters. */
    static String ordinary(int chars) {
        StringBuilder md = new StringBuilder(chars + 4096);
        for (int section = 1; md.length() < chars; section++) {
            md.append("## Section ").append(section).append(" 第").append(section).append("节\n\n");
            md.append("A paragraph with *emphasis*, **strong words**, `inline code` and a [link](https://example.com/")
                    .append(section).append(") to read later. 这是一段普通的中文文字，讲述第").append(section)
                    .append("节的内容，并附有[相对链接](other-").append(section).append(".md)。\n\n");
            md.append("- first item of list ").append(section).append("\n- second item with `code`\n  - nested item\n")
                    .append("- third item\n\n1. one\n2. two\n3. three\n\n");
            md.append("```java\nclass S").append(section).append(" {\n    int value = ").append(section)
                    .append(";\n    String name() { return \"s\" + value; }\n}\n```\n\n");
            md.append("| key | value | note |\n|---|---|---|\n| a").append(section).append(" | 1 | x |\n| b | 2 | y |\n\n");
            md.append("> A quoted line in section ").append(section).append(".\n\n");
        }
        return md.toString();
    }
}
