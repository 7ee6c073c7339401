package org.mountainsseas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Keeps the arrows pointing inward: app → {kiosk, lecture, panel, map} → state → model; map → geo;
 * data → model. A new wrong arrow fails the build.
 */
@AnalyzeClasses(packages = "org.mountainsseas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "App";
    private static final String KIOSK = "Kiosk";
    private static final String LECTURE = "Lecture";
    private static final String COMPARE = "Compare";
    private static final String PANEL = "Panel";
    private static final String MAP = "Map";
    private static final String EXPORT = "Export";
    private static final String DIALOG = "Dialog";
    private static final String STATE = "State";
    private static final String IO = "Io";
    private static final String DATA = "Data";
    private static final String LOGIC = "Review and search";
    private static final String GEO = "Geo";
    private static final String I18N = "I18n";
    private static final String FONTS = "Fonts";
    private static final String MODEL = "Model";

    /**
     * Who may use whom. The app is the composition root and nobody uses it; the two modes are
     * strategies the app picks, so kiosk never uses lecture and the reverse; the year comparison (compare) puts
     * the map beside the panels' year controls, so it alone besides the app may use both; views never read
     * files (no data); exports write their files through io's atomic writer (no partial file) and the workbook in the data files' own format (data);
     * the bundled fonts are a bottom layer any view or export may use; the model uses nothing of ours. Every class must sit in a layer, so a new
     * package has to be placed here before it builds.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer(APP).definedBy("org.mountainsseas.app..")
            .layer(KIOSK).definedBy("org.mountainsseas.mode.kiosk..")
            .layer(LECTURE).definedBy("org.mountainsseas.mode.lecture..")
            .layer(COMPARE).definedBy("org.mountainsseas.mode.compare..")
            .layer(PANEL).definedBy("org.mountainsseas.panel..")
            .layer(MAP).definedBy("org.mountainsseas.map..")
            .layer(EXPORT).definedBy("org.mountainsseas.export..")
            .layer(DIALOG).definedBy("org.mountainsseas.dialog..")
            .layer(STATE).definedBy("org.mountainsseas.state..")
            .layer(IO).definedBy("org.mountainsseas.io..")
            .layer(DATA).definedBy("org.mountainsseas.data..")
            .layer(LOGIC).definedBy("org.mountainsseas.review..", "org.mountainsseas.search..")
            .layer(GEO).definedBy("org.mountainsseas.geo..")
            .layer(I18N).definedBy("org.mountainsseas.i18n..")
            .layer(FONTS).definedBy("org.mountainsseas.fonts..")
            .layer(MODEL).definedBy("org.mountainsseas.model..")

            .whereLayer(APP).mayNotBeAccessedByAnyLayer()
            .whereLayer(KIOSK).mayOnlyBeAccessedByLayers(APP)
            .whereLayer(LECTURE).mayOnlyBeAccessedByLayers(APP)
            .whereLayer(COMPARE).mayOnlyBeAccessedByLayers(APP)
            .whereLayer(PANEL).mayOnlyBeAccessedByLayers(APP, COMPARE)
            .whereLayer(MAP).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, COMPARE)
            .whereLayer(EXPORT).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE)
            .whereLayer(DIALOG).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, PANEL)
            .whereLayer(STATE).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, COMPARE, PANEL, MAP)
            .whereLayer(IO).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, EXPORT)
            .whereLayer(DATA).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, IO, EXPORT)
            .whereLayer(LOGIC).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, PANEL, MAP, STATE)
            .whereLayer(GEO).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, COMPARE, MAP, EXPORT)
            .whereLayer(I18N).mayOnlyAccessLayers(MODEL)
            .whereLayer(FONTS).mayOnlyBeAccessedByLayers(APP, KIOSK, LECTURE, PANEL, MAP, EXPORT)
            .whereLayer(MODEL).mayNotAccessAnyLayer();

    /** Model, geometry, data and the pure logic are plain Java, testable and reusable without a toolkit. */
    @ArchTest
    static final ArchRule pureModelGeoAndData = noClasses()
            .that().resideInAnyPackage("..model..", "..geo..", "..data..", "..i18n..", "..search..", "..review..", "..io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..");

    /** State is observable values only (javafx.base): it holds no node, window or application. */
    @ArchTest
    static final ArchRule stateNeedsOnlyJavafxBase = noClasses()
            .that().resideInAPackage("..state..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                    "com.gluonhq..");

    /** Panels show state; reading files belongs to the app and its loaders (the layers keep data out too). */
    @ArchTest
    static final ArchRule panelsNeverReadFiles = noClasses()
            .that().resideInAPackage("..panel..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File");

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
