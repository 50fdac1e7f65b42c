package dev.lectern.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A benchmark library made from text shipped in the jar, for when no real corpus is at hand: bodies of
 * paragraphs from the sample articles (Chinese, with English names) and from a set of English and Japanese
 * paragraphs, of lengths from 1 to about 60 KB; front matter in the forms real libraries use (Jekyll YAML with a
 * block or flow tag list, TOML, Hexo, none with a heading, none at all) with thousands of distinct tags, some
 * nested, and dates in several formats. The same count always gives the same files; a folder generated before
 * is reused.
 */
public final class SyntheticCorpus {

    /** The sample library's articles, packed into the jar by the build (pom: content/ as bench-samples/). */
    static final List<String> SAMPLES = List.of("2020-01-05-reinvent-nights.md", "reinvent-2018-machine-learning-and-serverless.md",
            "reinvent-2019-notes.md", "reinvent-2022-day-1.md", "review-of-aws-reinvent.md");
    private static final String MARKER = ".lectern-corpus";
    private static final String[] CJK_TAGS = {"云计算", "开发者大会", "机器学习", "无服务器", "读书笔记", "旅行", "コンテナ", "検索"};
    private static final String[] AUTHORS = {"薛以致用", "Ann Lee", "山田太郎", "hux", "Mattias Andersson"};

    private final List<String> paragraphs;

    /** Reads the texts from the jar; throws when none is there (a broken build). */
    public SyntheticCorpus() throws IOException {
        paragraphs = new ArrayList<>();
        for (String sample : SAMPLES) {
            String text = resource("bench-samples/" + sample);
            if (text != null) {
                addParagraphs(new FrontMatterSplitter().split(text.replace("\r\n", "\n")).body());
            }
        }
        addParagraphs(resource("bench-texts.txt"));
        if (paragraphs.size() < 10) {
            throw new IOException("the bench texts are missing from the jar");
        }
    }

    /** How many paragraphs the bodies are drawn from. */
    public int paragraphCount() {
        return paragraphs.size();
    }

    /** The default place for a generated library of n articles, under the system's temporary folder. */
    public static Path defaultTarget(int articles) {
        return Path.of(System.getProperty("java.io.tmpdir"), "lectern-bench-synthetic-" + articles);
    }

    /** Fills target with n articles (unless it already holds them) and returns it. */
    public Path generate(int articles, Path target) throws IOException {
        String stamp = "articles=" + articles + "\nsource=built-in texts\nformat=1\n";
        Path marker = target.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return target;
        }
        CorpusGenerator.clear(target);
        try {
            IntStream.range(0, articles).parallel().forEach(i -> write(i, target));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(marker, stamp);
        return target;
    }

    private void write(int i, Path target) {
        Random random = new Random(i * 7919L + 17);
        int year = 2010 + random.nextInt(15);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String first = paragraphs.get(random.nextInt(paragraphs.size()));
        String title = first.substring(0, Math.min(first.length(), 12 + random.nextInt(30))).replace('\n', ' ').strip() + " " + i;
        String date = switch (i % 3) {
            case 0 -> String.format("%d-%02d-%02d", year, month, day);
            case 1 -> String.format("%d-%02d-%02d %02d:%02d:%02d +0800", year, month, day, random.nextInt(24), random.nextInt(60), random.nextInt(60));
            default -> year + "-" + month + "-" + day;
        };
        List<String> tags = List.of("topic-" + random.nextInt(2000), "group-" + (i % 97) + "/part-" + random.nextInt(9),
                CJK_TAGS[random.nextInt(CJK_TAGS.length)]);
        String author = AUTHORS[random.nextInt(AUTHORS.length)];
        StringBuilder text = new StringBuilder(frontMatter(i % 6, title, date, tags, author));
        // lengths as in real archives: mostly short, a long tail of long ones
        int count = 2 + (int) (Math.pow(random.nextDouble(), 3) * 110);
        for (int p = 0; p < count; p++) {
            if (p > 0 && p % 6 == 0) {
                text.append("## ").append(paragraphs.get(random.nextInt(paragraphs.size())), 0, 8).append("\n\n");
            }
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        String folder = i % 6 == 0 ? "_posts/" + year : "notes/" + (i % 50) + "/" + month;
        String name = (i % 6 == 0 ? String.format("%d-%02d-%02d-", year, month, day) : "") + "article-" + i + ".md";
        try {
            Path out = target.resolve(folder).resolve(name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String frontMatter(int kind, String title, String date, List<String> tags, String author) {
        String quoted = '"' + title.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return switch (kind) {
            case 0 -> "---\nlayout: post\ntitle: " + quoted + "\ndate: " + date + "\nauthor: " + author + "\ntags:\n"
                    + tags.stream().map(t -> "    - " + t + "\n").reduce("", String::concat) + "---\n";
            case 1 -> "---\ntitle: " + quoted + "\ncategory: articles\ntags: [" + String.join(", ", tags) + "]\n---\n";
            case 2 -> "+++\ntitle = " + quoted + "\ndate = \"" + date.substring(0, Math.min(10, date.length())) + "\"\ntags = ["
                    + tags.stream().map(t -> '"' + t + '"').reduce((a, b) -> a + ", " + b).orElse("") + "]\n+++\n";
            case 3 -> "title: " + quoted + "\ndate: " + date + "\ntags: " + String.join(", ", tags) + "\n---\n";
            case 4 -> "# " + title + "\n\n";
            default -> "";
        };
    }

    private void addParagraphs(String text) {
        if (text == null) {
            return;
        }
        for (String block : text.split("\n\\s*\n")) {
            String paragraph = block.strip();
            if (paragraph.length() >= 20 && !paragraph.startsWith("#") && !paragraph.startsWith("---")) {
                paragraphs.add(paragraph);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
