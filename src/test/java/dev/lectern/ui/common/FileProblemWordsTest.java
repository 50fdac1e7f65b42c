package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Problem;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A file or folder that cannot be read is said in the reader's words, not in Java's. */
class FileProblemWordsTest {

    @Test
    void permissionDeniedIsWordedInEveryLanguage() {
        Problem file = Problem.of(Problem.Kind.FILE_UNREADABLE, Problem.PERMISSION_DENIED);
        Problem folder = Problem.of(Problem.Kind.FOLDER_UNREADABLE, Problem.PERMISSION_DENIED);

        assertThat(Messages.forLocale(Locale.ENGLISH).problem(file)).isEqualTo("cannot be read: permission denied");
        assertThat(Messages.forLocale(Locale.ENGLISH).problem(folder))
                .isEqualTo("folder cannot be read: permission denied; the articles in it are not listed");
        for (Locale locale : new Locale[] {Locale.CHINESE, Locale.JAPANESE, Locale.KOREAN}) {
            assertThat(Messages.forLocale(locale).problem(file)).as(locale.toString())
                    .doesNotContain(Problem.PERMISSION_DENIED).doesNotContain("Exception");
        }
    }

    @Test
    void aSyncConflictCopyNamesTheArticleItCopies() {
        assertThat(Messages.forLocale(Locale.ENGLISH).problem(Problem.of(Problem.Kind.SYNC_CONFLICT_COPY, "post.md")))
                .startsWith("a sync conflict copy of post.md");
    }
}
