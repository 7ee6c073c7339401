package org.mountainsseas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** Keeps the arrows pointing inward: app → {panel, map} → state → model; map → geo; data → model. */
@AnalyzeClasses(packages = "org.mountainsseas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pureModelGeoAndData = noClasses()
            .that().resideInAnyPackage("..model..", "..geo..", "..data..", "..i18n..", "..search..", "..review..", "..io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..");

    @ArchTest
    static final ArchRule stateNeedsOnlyJavafxBase = noClasses()
            .that().resideInAPackage("..state..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                    "com.gluonhq..", "org.mountainsseas.map..", "org.mountainsseas.panel..", "org.mountainsseas.app..");

    @ArchTest
    static final ArchRule panelsNeverReadFiles = noClasses()
            .that().resideInAPackage("..panel..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "org.mountainsseas.data..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File");

    @ArchTest
    static final ArchRule modesAndExportsStayBelowTheApp = noClasses()
            .that().resideInAnyPackage("..mode..", "..export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mountainsseas.app..", "org.mountainsseas.panel..");

    @ArchTest
    static final ArchRule inwardArrows = noClasses()
            .that().resideInAnyPackage("..model..", "..geo..", "..data..", "..io..", "..state..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mountainsseas.app..", "org.mountainsseas.map..",
                    "org.mountainsseas.panel..");

    /**
     * JavaFX names its stock buttons (ButtonType.OK, CANCEL, …) and the titles of its ready-made dialogs
     * in the JVM's locale, not the language the app shows: only the dialog package may touch them, and
     * it hands out the same in the app's language.
     */
    @ArchTest
    static final ArchRule dialogsSpeakTheAppsLanguage = noClasses()
            .that().resideOutsideOfPackage("org.mountainsseas.dialog..")
            .should().accessFieldWhere(targetOwnerIs("one of JavaFX's stock ButtonTypes", "javafx.scene.control.ButtonType"))
            .orShould().callConstructorWhere(targetOwnerIs("a ready-made JavaFX dialog (Alert, ChoiceDialog, TextInputDialog)",
                    "javafx.scene.control.Alert", "javafx.scene.control.ChoiceDialog", "javafx.scene.control.TextInputDialog"));

    private static DescribedPredicate<JavaAccess<?>> targetOwnerIs(String description, String... classNames) {
        Set<String> names = Set.of(classNames);
        return DescribedPredicate.describe(description, a -> names.contains(a.getTargetOwner().getFullName()));
    }
}
