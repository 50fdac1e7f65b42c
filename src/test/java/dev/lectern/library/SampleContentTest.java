package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleContentTest {

    private static ScanResult result;
    private static Map<String, Article> byPath;

    @BeforeAll
    static void scan() throws Exception {
        result = new LibraryScanner(new ArticleReader(), 2).scan(Path.of("content"), ScanListener.NONE, () -> false);
        byPath = result.articles().stream().collect(Collectors.toMap(a -> a.id().path(), Function.identity()));
    }

    @Test
    void allFiveArticlesLoadCleanly() {
        assertThat(byPath).hasSize(5);
        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.warnings()).isEmpty());
    }

    @Test
    void jekyllSeedWithBlockTagList() {
        Article seed = byPath.get("2020-01-05-reinvent-nights.md");

        assertThat(seed.title()).isEqualTo("2020 第一场线下活动");
        assertThat(seed.subtitle()).isEqualTo("致敬云计算之美，那些年一起追过的拉斯维加斯之夜");
        assertThat(seed.date()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(seed.authors()).containsExactly("薛以致用");
        assertThat(seed.tags()).containsExactly("re:invent", "开发者大会", "云计算", "AWS", "线下活动");
        assertThat(result.articles().get(0)).isSameAs(seed);
    }

    @Test
    void flowListWithCategoryAndNoDate() {
        Article review = byPath.get("review-of-aws-reinvent.md");

        assertThat(review.title()).isEqualTo("Review of AWS re:invent");
        assertThat(review.tags()).containsExactly("AWS");
        assertThat(review.categories()).containsExactly("articles");
        assertThat(review.date()).isNull();
        assertThat(review.description()).isNull();
    }

    @Test
    void articlesWithoutFrontMatterTakeHeadingOrFirstLine() {
        assertThat(byPath.get("reinvent-2019-notes.md").title()).isEqualTo("2019年AWS re:Invent会议笔记");
        assertThat(byPath.get("reinvent-2022-day-1.md").title()).isEqualTo("AWS re:Invent 2022 day 1:摆脱 Lambda 冷启动，EBS 改进");
        assertThat(byPath.get("reinvent-2018-machine-learning-and-serverless.md").title())
                .isEqualTo("re:Invent 2018 —机器学习和无服务器改造");
    }

    @Test
    void tagIndexMergesAwsAcrossArticles() {
        TagIndex index = TagIndex.build(result.articles());
        TagNode aws = index.roots(Facet.TAG).get(0);

        assertThat(aws.label()).isEqualTo("AWS");
        assertThat(aws.total()).isEqualTo(2);
        assertThat(index.untagged().cardinality()).isEqualTo(3);
        assertThat(index.roots(Facet.CATEGORY)).extracting(TagNode::label).containsExactly("articles");
    }
}
