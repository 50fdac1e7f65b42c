package dev.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package layering of the design guide true: data flows files → library → render → ui, wired in app. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lectern");
    }

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("dev.lectern.model..")
                .layer("library").definedBy("dev.lectern.library..")
                .layer("render").definedBy("dev.lectern.render..")
                .layer("store").definedBy("dev.lectern.store..")
                .layer("search").definedBy("dev.lectern.search..")
                .layer("ui").definedBy("dev.lectern.ui..")
                .layer("app").definedBy("dev.lectern.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("search").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("render").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("library").mayOnlyBeAccessedByLayers("search", "ui", "app")
                .check(classes);
    }

    @Test
    void modelDependsOnJavaOnly() {
        noClasses().that().resideInAPackage("dev.lectern.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.lectern.model..")
                .check(classes);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.lectern.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..",
                        "atlantafx..", "org.kordamp.ikonli..")
                .check(classes);
    }

    /** The ui's feature packages: each may use ui.common, none another feature (ui.window and ui.session compose them). */
    private static final String[] FEATURES = {"library", "reader", "annotations", "search"};

    @Test
    void uiFeaturePackagesDoNotImportEachOther() {
        for (String feature : FEATURES) {
            String[] others = java.util.Arrays.stream(FEATURES).filter(f -> !f.equals(feature))
                    .map(f -> "dev.lectern.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.lectern.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("features meet in ui.window and ui.session, or through a narrow interface in ui.common")
                    .check(classes);
            noClasses().that().resideInAPackage("dev.lectern.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.lectern.ui.window..", "dev.lectern.ui.session..")
                    .check(classes);
        }
        noClasses().that().resideInAPackage("dev.lectern.ui.common..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lectern.ui.window..", "dev.lectern.ui.session..",
                        "dev.lectern.ui.library..", "dev.lectern.ui.reader..", "dev.lectern.ui.annotations..",
                        "dev.lectern.ui.search..")
                .check(classes);
    }

    @Test
    void viewModelsAndTheSessionHoldNoViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().resideInAPackage("dev.lectern.ui.session..")
                .or().haveSimpleName("HighlightPlacement")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiImportsIt() {
        noClasses().that().resideInAnyPackage("dev.lectern.model..", "dev.lectern.library..", "dev.lectern.render..",
                        "dev.lectern.store..", "dev.lectern.search..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lectern.ui..", "dev.lectern.app..")
                .check(classes);
    }

    @Test
    void libraryAndRenderStayApart() {
        noClasses().that().resideInAPackage("dev.lectern.library..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vladsch..", "org.jsoup..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.lectern.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..")
                .check(classes);
    }
}
