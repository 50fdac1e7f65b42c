package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagNamesTest {

    private final TagNames tags = new TagNames(List.of("java/concurrency", "JavaScript", "分布式", "数据库/缓存", "Kubernetes",
            "线程池", "javadoc tips", "執行緒"));

    @Test
    void ranksNameStartsThenWordStartsThenAnywhere() {
        assertThat(tags.find("java", 10)).containsExactly("JavaScript", "javadoc tips", "java/concurrency");
        assertThat(tags.find("script", 10)).containsExactly("JavaScript");
        assertThat(tags.find("tips", 10)).containsExactly("javadoc tips");
        assertThat(tags.find("concurrency", 10)).containsExactly("java/concurrency");
        assertThat(tags.find("java", 1)).containsExactly("JavaScript");
    }

    @Test
    void findsChineseTagsByPinyinInitialsAndTheOtherScript() {
        assertThat(tags.find("fbs", 10)).containsExactly("分布式");
        assertThat(tags.find("fenbushi", 10)).containsExactly("分布式");
        assertThat(tags.find("huancun", 10)).containsExactly("数据库/缓存");
        assertThat(tags.find("xcc", 10)).containsExactly("线程池");
        assertThat(tags.find("分佈式", 10)).containsExactly("分布式");
        assertThat(tags.find("执行", 10)).containsExactly("執行緒");
    }

    @Test
    void blankFindsNothing() {
        assertThat(tags.find(" ", 10)).isEmpty();
        assertThat(tags.find(null, 10)).isEmpty();
        assertThat(tags.find("zzzz", 10)).isEmpty();
    }
}
