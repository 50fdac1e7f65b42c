package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryChanges;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

    @TempDir
    Path root;

    @Test
    void indexesEveryReadableArticleReportsProgressAndCommits() throws Exception {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Path file = Files.writeString(root.resolve("a" + i + ".md"),
                    "---\ntitle: 第" + i + "篇\ntags: [t" + i + "]\n---\n正文提到分布式锁 number" + i + "\n");
            articles.add(reader.read(root, file));
        }
        Files.delete(root.resolve("a0.md"));
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            int indexed = new IndexBuilder(reader, 4).build(new ScanResult(root, articles, List.of()), index,
                    (done, total) -> {
                        calls.incrementAndGet();
                        last.accumulateAndGet(done, Math::max);
                        assertThat(total).isEqualTo(30);
                    }, () -> false);

            assertThat(indexed).isEqualTo(29);
            assertThat(calls).hasValue(30);
            assertThat(last).hasValue(30);
            assertThat(index.search("分布式锁", 100, null)).hasSize(29);
            assertThat(index.search("number7", 100, null)).extracting(hit -> hit.id().path()).containsExactly("a7.md");
            assertThat(index.search("tag:t12", 100, null)).extracting(hit -> hit.id().path()).containsExactly("a12.md");
        }
    }

    @Test
    void followsChangedAddedAndDeletedFiles() throws Exception {
        ArticleReader reader = new ArticleReader();
        Path kept = Files.writeString(root.resolve("kept.md"), "# 保留\n\n旧的内容提到消息队列\n");
        Path gone = Files.writeString(root.resolve("gone.md"), "# 删除\n\n这篇也提到消息队列\n");
        IndexBuilder builder = new IndexBuilder(reader, 2);
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            builder.build(new ScanResult(root, List.of(reader.read(root, kept), reader.read(root, gone)), List.of()),
                    index, (done, total) -> { }, () -> false);
            assertThat(index.search("消息队列", 10, null)).hasSize(2);

            Files.writeString(kept, "# 保留\n\n新的内容只谈线程池\n");
            Files.delete(gone);
            Path added = Files.writeString(root.resolve("added.md"), "# 新增\n\n新文章也谈线程池\n");
            builder.apply(root, new LibraryChanges(List.of(reader.read(root, kept), reader.read(root, added)),
                    List.of(new ArticleId("gone.md"))), index);

            assertThat(index.search("消息队列", 10, null)).isEmpty();
            assertThat(index.search("线程池", 10, null)).extracting(hit -> hit.id().path())
                    .containsExactlyInAnyOrder("kept.md", "added.md");
        }
    }

    @Test
    void aSitesPagePiecesAreNotFound() throws Exception {
        ArticleReader reader = new ArticleReader();
        Files.createDirectories(root.resolve("site/_partials"));
        Files.writeString(root.resolve("site/_partials/aside.md"), "This snippet mentions serviceworker.\n");
        Files.writeString(root.resolve("site/post.md"), "# Post\n\nThe page itself.\n");
        ScanResult scan = new LibraryScanner(reader, 2).scan(root, ScanListener.NONE, () -> false);
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            new IndexBuilder(reader, 2).build(scan, index, (done, total) -> { }, () -> false);

            assertThat(index.search("serviceworker", 10, null)).isEmpty();
            assertThat(index.search("page", 10, null)).extracting(hit -> hit.id().path()).containsExactly("site/post.md");
        }
    }

    @Test
    void indexFoldersDifferPerLibraryAndStayInTheCache() {
        Path cache = root.resolve("cache");
        Path one = SearchIndex.folderFor(cache, root.resolve("blog"));
        assertThat(one.getParent()).isEqualTo(cache);
        assertThat(one).isEqualTo(SearchIndex.folderFor(cache, root.resolve("blog/../blog")));
        assertThat(one).isNotEqualTo(SearchIndex.folderFor(cache, root.resolve("notes")));
    }

    @Test
    void cancelledBuildIndexesNothingVisible() throws IOException, InterruptedException {
        ArticleReader reader = new ArticleReader();
        Path file = Files.writeString(root.resolve("one.md"), "# One\n\ntext\n");
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            int indexed = new IndexBuilder(reader, 2).build(new ScanResult(root, List.of(reader.read(root, file)), List.of()),
                    index, (done, total) -> { }, () -> true);
            assertThat(indexed).isZero();
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void rebuildSkipsUnchangedArticlesAndRemovesGoneOnes() throws Exception {
        ArticleReader reader = new ArticleReader();
        Path kept = Files.writeString(root.resolve("kept.md"), "# Kept\n\n保留的文章\n");
        Path changed = Files.writeString(root.resolve("changed.md"), "# Changed\n\n旧的内容\n");
        Path gone = Files.writeString(root.resolve("gone.md"), "# Gone\n\n被删除的文章\n");
        IndexBuilder builder = new IndexBuilder(reader, 2);
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            builder.build(scan(reader, kept, changed, gone), index, (done, total) -> { }, () -> false);
            Files.writeString(changed, "# Changed\n\n新的内容，更长一些\n");
            Files.delete(gone);

            int indexed = builder.build(scan(reader, kept, changed), index, (done, total) -> { }, () -> false);

            assertThat(indexed).isEqualTo(1);
            assertThat(index.indexedIds()).extracting(id -> id.path()).containsExactlyInAnyOrder("kept.md", "changed.md");
            assertThat(index.search("新的内容", 10, null)).extracting(hit -> hit.id().path()).containsExactly("changed.md");
            assertThat(index.search("旧的", 10, null)).isEmpty();
            assertThat(index.search("被删除", 10, null)).isEmpty();
            assertThat(index.search("保留", 10, null)).hasSize(1);
        }
    }

    @Test
    void anArticleReadOtherwiseWithoutItsFileChangingIsIndexedAgain() throws Exception {
        // a folder become a vault names a note by its file and adds the tags among its words, the file unchanged
        ArticleReader reader = new ArticleReader();
        Path note = Files.writeString(root.resolve("2024-03-18.md"), "Standup notes #reading\n");
        Path other = Files.writeString(root.resolve("Other.md"), "# Other\n\ntext\n");
        IndexBuilder builder = new IndexBuilder(reader, 2);
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            builder.build(scan(reader, note, other), index, (done, total) -> { }, () -> false);
            assertThat(index.search("2024-03-18", 10, null)).as("its title was its first line").isEmpty();
            Files.createDirectories(root.resolve(".obsidian"));
            ScanResult asVault = scan(reader, note, other);
            assertThat(asVault.articles().get(0).title()).isEqualTo("2024-03-18");

            int indexed = builder.build(asVault, index, (done, total) -> { }, () -> false);

            assertThat(indexed).as("only the note read otherwise").isEqualTo(1);
            assertThat(index.search("2024-03-18", 10, null)).extracting(hit -> hit.id().path()).containsExactly("2024-03-18.md");
        }
    }

    private ScanResult scan(ArticleReader reader, Path... files) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            articles.add(reader.read(root, file));
        }
        return new ScanResult(root, articles, List.of());
    }

    @Test
    void anErrorFromOneFileLeavesItFindableByTitleAndIndexingGoesOn() throws Exception {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = Files.writeString(root.resolve("a" + i + ".md"), "# Title" + i + "\n\nbodyword" + i + " shared\n");
            articles.add(reader.read(root, file));
        }
        IndexBuilder.SourceReader hostile = (dir, id) -> {
            switch (id.path()) {
                case "a2.md" -> throw new StackOverflowError("nested too deep");
                case "a5.md" -> throw new OutOfMemoryError("Java heap space");
                case "a9.md" -> throw new IllegalStateException("tokenizer gave up");
                default -> {
                    return reader.readSource(dir, id);
                }
            }
        };
        List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger done = new AtomicInteger();
        try (SearchIndex index = SearchIndex.open(root.resolve(".index"), SourceFiles.under(root, reader))) {
            IndexBuilder.Progress progress = new IndexBuilder.Progress() {
                @Override
                public void indexed(int count, int total) {
                    done.accumulateAndGet(count, Math::max);
                }

                @Override
                public void notIndexed(ArticleId id, String why) {
                    told.add(id.path() + ": " + why);
                }
            };
            int indexed = new IndexBuilder(hostile, 3).build(new ScanResult(root, articles, List.of()), index, progress,
                    () -> false);

            assertThat(done).hasValue(12);
            assertThat(indexed).isEqualTo(12);
            assertThat(told).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("a2.md: ")
                    .contains("StackOverflowError")).anySatisfy(line -> assertThat(line).startsWith("a5.md: ")
                    .contains("OutOfMemoryError")).anySatisfy(line -> assertThat(line).startsWith("a9.md: "));
            assertThat(index.search("shared", 100, null)).hasSize(9);
            assertThat(index.search("bodyword11", 100, null)).extracting(hit -> hit.id().path()).containsExactly("a11.md");
            assertThat(index.search("bodyword2", 100, null)).as("its text is not indexed").isEmpty();
            assertThat(index.search("Title5", 100, null)).as("but its title is").extracting(hit -> hit.id().path())
                    .containsExactly("a5.md");

            Path changed = Files.writeString(root.resolve("a9.md"), "# Title9\n\nnewword\n");
            List<String> later = new ArrayList<>();
            new IndexBuilder(hostile, 1).apply(root, new LibraryChanges(List.of(reader.read(root, changed)), List.of()),
                    index, new IndexBuilder.Progress() {
                        @Override
                        public void indexed(int count, int total) {
                        }

                        @Override
                        public void notIndexed(ArticleId id, String why) {
                            later.add(id.path());
                        }
                    });
            assertThat(later).containsExactly("a9.md");
            assertThat(index.search("Title9", 100, null)).hasSize(1);
        }
    }
}
