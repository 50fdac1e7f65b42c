package dev.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Test classes that start the JavaFX toolkit or WebKit carry {@code @Tag("toolkit")}: the build runs them after the
 * others in JVMs that share one toolkit, and an untagged one starts a toolkit in the plain tests' JVMs, where nothing
 * stops it (a JVM that exits with WebKit still running can crash at exit).
 */
class ToolkitTagTest {

    /** What a test uses when it starts the toolkit: TestFX, JavaFX's platform or a stage, or the WebView fixtures. */
    private static final Set<String> STARTS_TOOLKIT = Set.of("org.testfx", "javafx.application.Platform",
            "javafx.stage.Stage", "javafx.scene.web.WebView", "dev.lectern.render.FxPage", "dev.lectern.ui.window.ReaderFixture");

    @Test
    void everyTestClassThatStartsTheToolkitIsTaggedToRunWithTheToolkitTests() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.lectern");
        List<String> untagged = tests.stream()
                .filter(type -> type.getSimpleName().endsWith("Test") && !type.isNestedClass())
                .filter(ToolkitTagTest::startsToolkit)
                .filter(type -> !type.isAnnotatedWith(Tag.class) || !"toolkit".equals(type.getAnnotationOfType(Tag.class).value()))
                .map(JavaClass::getName)
                .sorted()
                .collect(Collectors.toList());

        assertThat(untagged).as("test classes that start the toolkit without @Tag(\"toolkit\")").isEmpty();
    }

    private static boolean startsToolkit(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass().getName())
                .anyMatch(name -> STARTS_TOOLKIT.stream().anyMatch(name::startsWith));
    }
}
