package org.mountainsseas.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.stage.Window;
import org.mountainsseas.data.DataImport;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DataWriter;
import org.mountainsseas.data.ImportReport;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.export.DataWorkbook;
import org.mountainsseas.export.Progress;
import org.mountainsseas.export.TableExport;
import org.mountainsseas.geo.QingdaSides;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.io.UserDataDir;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.review.DataOrigin;
import org.mountainsseas.state.AppState;

/**
 * The review tools' file work: choosers, then exports and import checks in background tasks with
 * progress and cancel; every file is written atomically. An import changes nothing until the user
 * confirms its report; it is then kept in the user data folder and the data are replaced whole.
 */
final class ReviewFiles implements org.mountainsseas.panel.ReviewActions {
    private final AppState state;
    private final MainWindow window;
    private final World world;
    private final DataLocation base;
    private final ImportStore store;
    private final FilePicker picker;
    private final PrintFiles print;

    ReviewFiles(AppState state, MainWindow window, World world, DataLocation base, ImportStore store, FilePicker picker) {
        this.state = state;
        this.window = window;
        this.world = world;
        this.base = base;
        this.store = store;
        this.picker = picker;
        this.print = new PrintFiles(state, world, this::owner, picker, this);
    }

    private Window owner() {
        return window.getScene().getWindow();
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    @Override
    public void exportTable(String name, List<List<String>> rows) {
        FilePicker.FileType xlsx = new FilePicker.FileType(state.text("review.file.xlsx"), ".xlsx");
        FilePicker.FileType csv = new FilePicker.FileType(state.text("review.file.csv"), ".csv");
        picker.save(owner(), state.text("review.export.table"), name + "-" + today() + ".xlsx", List.of(xlsx, csv))
                .ifPresent(c -> exportTableTo(extensionOr(c, csv, xlsx), name, rows));
    }

    /** Writes the rows as CSV or XLSX, by the file's extension, in the background. */
    void exportTableTo(Path target, String name, List<List<String>> rows) {
        boolean asCsv = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        run("review.export.running", target, p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (asCsv) {
                TableExport.csv(rows, out, p);
            } else {
                TableExport.xlsx(rows, name, out, p);
            }
            return out.toByteArray();
        });
    }

    @Override
    public void exportMap() {
        print.exportMap();
    }

    @Override
    public void exportGis() {
        print.exportGis();
    }

    @Override
    public void exportAtlas() {
        print.exportAtlas();
    }

    /**
     * The chosen file with the extension it was typed with if it is {@code a}'s or {@code b}'s;
     * otherwise with the extension of the kind chosen in the dialog.
     */
    static Path extensionOr(FilePicker.Choice c, FilePicker.FileType a, FilePicker.FileType b) {
        String name = c.file().getFileName().toString().toLowerCase(Locale.ROOT);
        for (FilePicker.FileType t : List.of(a, b)) {
            if (name.endsWith(t.extension())) {
                return c.file();
            }
        }
        return withExtension(c.file(), c.type().extension());
    }

    /** Imports live in the user data folder ({@link UserDataDir}), under {@code imported/}. */
    static ImportStore userStore() {
        return new ImportStore(UserDataDir.current().resolve("imported"), AtomicWriter::write);
    }

    @Override
    public void exportData() {
        picker.folder(owner(), state.text("review.data.export")).ifPresent(dir -> {
            Dataset d = state.dataset();
            try {
                AtomicWriter.write(dir.resolve("pairings.json"), DataWriter.pairings(d.pairings(), d.dataDate()));
                AtomicWriter.write(dir.resolve("enclaves.json"), DataWriter.enclaves(d.enclaves(), d.dataDate()));
                AtomicWriter.write(dir.resolve("beyond.json"), DataWriter.outreach(d.outreach(), d.dataDate()));
                AtomicWriter.write(dir.resolve("corridors.json"), DataWriter.corridors(d.corridors(), d.dataDate()));
                TaskRunner.info(owner(), state, state.format("review.data.exported", dir));
            } catch (IOException e) {
                TaskRunner.error(owner(), state, e.getMessage());
            }
        });
    }

    @Override
    public void exportWorkbook() {
        FilePicker.FileType xlsx = new FilePicker.FileType(state.text("review.file.xlsx"), ".xlsx");
        picker.save(owner(), state.text("review.data.exportWorkbook"), "mountains-seas-data-" + today() + ".xlsx", List.of(xlsx))
                .ifPresent(c -> exportWorkbookTo(withExtension(c.file(), ".xlsx")));
    }

    /** Writes pairings, enclaves and projects as one workbook, in the background. */
    void exportWorkbookTo(Path target) {
        Dataset d = state.dataset();
        run("review.export.running", target, p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataWorkbook.write(d, out, p);
            return out.toByteArray();
        });
    }

    @Override
    public void importData() {
        picker.open(owner(), state.text("review.data.import"),
                List.of(new FilePicker.FileType(state.text("review.file.xlsx"), ".xlsx"),
                        new FilePicker.FileType(state.text("review.file.json"), ".json"),
                        new FilePicker.FileType(state.text("review.file.csvSheet"), ".csv"))).ifPresent(this::importFrom);
    }

    void importFrom(Path file) {
        DataLocation current = store.location(base);
        Set<String> adcodes = new HashSet<>();
        for (Shape s : world.atlas().counties()) {
            adcodes.add(s.id());
        }
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() {
                return DataImport.check(file, current, adcodes);
            }
        };
        TaskRunner.run(owner(), state, "review.import.checking", task, report -> {
            if (ImportDialog.confirm(owner(), state, report)) {
                apply(report);
            }
        });
    }

    private void apply(ImportReport report) {
        try {
            store.save(report);
        } catch (IOException e) {
            TaskRunner.error(owner(), state, state.format("review.import.saveFailed", e.getMessage()));
            return;
        }
        Dataset d = report.result();
        state.loadData(d, sidesFor(d), new ArrayList<>(state.problems()));
        state.review().setOrigin(origin());
    }

    private java.util.Map<String, org.mountainsseas.model.LineSide> sidesFor(Dataset d) {
        QingdaLine line = d.qingdaLine();
        if (line == null) {
            return java.util.Map.of();
        }
        return new QingdaSides(line.start().lat(), line.start().lon(), line.end().lat(), line.end().lon()).sidesOf(world.atlas());
    }

    /** Which data set is in use, from the store. */
    DataOrigin origin() {
        List<String> names = new ArrayList<>();
        for (String file : store.imported()) {
            names.add(Path.of(file).getFileName().toString());
        }
        return new DataOrigin(names, base.folderName());
    }

    @Override
    public void restoreBundled() {
        if (store.imported().isEmpty()) {
            TaskRunner.info(owner(), state, state.text("review.data.alreadyBundled"));
            return;
        }
        if (restoreQuestion().showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
            restoreNow();
        }
    }

    /** "Remove the imported data…?" with OK and Cancel, not yet shown. */
    Alert restoreQuestion() {
        Alert ask = Dialogs.alert(state.language(), Alert.AlertType.CONFIRMATION, state.text("review.data.restore"), null,
                state.text("review.data.restoreAsk"), Dialogs.ok(state.language()), Dialogs.cancel(state.language()));
        ask.initOwner(owner());
        return ask;
    }

    /** Removes the imports and reloads the bundled data in the background; no question asked. */
    void restoreNow() {
        Task<World> task = new Task<>() {
            @Override
            protected World call() throws IOException {
                store.restoreBundled();
                org.mountainsseas.io.TempFiles.sweep(store.root(), 3, java.time.Instant.now());
                return WorldLoader.load(base);
            }
        };
        TaskRunner.run(owner(), state, "review.data.restoring", task, w -> {
            state.loadData(w.dataset(), w.sides(), w.problems());
            state.review().setOrigin(origin());
        });
    }

    /** Work for a background task that reports progress and stops when cancelled. */
    interface Work<T> {
        T run(Progress p) throws IOException;
    }

    /** Runs the work in the background with the progress window and its Cancel button; {@code done} gets the result on the FX thread. */
    <T> void run(String titleKey, Work<T> work, java.util.function.Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws IOException {
                Task<T> self = this;
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        TaskRunner.run(owner(), state, titleKey, task, done);
    }

    /** Writes the bytes the work makes to {@code target}, atomically, then says where. */
    void run(String titleKey, Path target, Work<byte[]> work) {
        run(titleKey, p -> {
            AtomicWriter.write(target, work.run(p));
            return target;
        }, p -> TaskRunner.info(owner(), state, state.format("review.export.done", p)));
    }

    private static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? p : p.resolveSibling(name + ext);
    }
}
