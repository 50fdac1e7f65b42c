package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * File › Print: the article shown, on one of the system's printers (a PDF printer saves it as a file),
 * on white paper in the light theme whatever the reading theme; reader.css's print rules leave the page's controls out.
 */
public final class PagePrinter {

    /** Asks the reader where and how to print; false when they cancel. */
    public interface PrintDialog {
        boolean show(PrinterJob job, Window owner);
    }

    private final Supplier<PrinterJob> jobs;
    private final PrintDialog dialog;
    private final Consumer<Runnable> afterAFrame;

    /** The system's printers, chosen among in {@link #choosePrinter}, looked up at the first print. */
    public PagePrinter() {
        this(() -> PrinterJob.createPrinterJob(), (job, owner) -> choosePrinter(job, owner), PagePrinter::afterAFrame);
    }

    /**
     * @param jobs        a new print job on the default printer, or null when the computer has no printer
     * @param afterAFrame runs its task once the window has drawn what it shows now
     */
    public PagePrinter(Supplier<PrinterJob> jobs, PrintDialog dialog, Consumer<Runnable> afterAFrame) {
        this.jobs = jobs;
        this.dialog = dialog;
        this.afterAFrame = afterAFrame;
    }

    /**
     * Prints the page {@code view} shows, once the reader has chosen where; false when there is no printer at all.
     * WebKit lays the pages out on the window's thread (seconds for a long article), so {@code busy} is told true
     * first, and the pages are laid out once the window has drawn what it says then; false when they are sent.
     * {@code failed} is told what went wrong when the printer or the layout failed.
     */
    public boolean print(ReaderView view, Window owner, Consumer<Boolean> busy, Consumer<String> failed) {
        PrinterJob job = jobs.get();
        if (job == null) {
            return false;
        }
        if (!dialog.show(job, owner)) {
            job.cancelJob();
            return true;
        }
        busy.accept(true);
        afterAFrame.accept(() -> {
            try {
                view.print(job);
                if (!job.endJob()) {
                    failed.accept(String.valueOf(job.getJobStatus()));
                }
            } catch (RuntimeException e) {
                job.cancelJob();
                failed.accept(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            } finally {
                busy.accept(false);
            }
        });
        return true;
    }

    /**
     * Runs the task after a pause of a few frames, so that what the window shows now reaches the screen first; outside
     * the animation's pulse, where JavaFX refuses to print.
     */
    private static void afterAFrame(Runnable task) {
        PauseTransition pause = new PauseTransition(Duration.millis(80));
        pause.setOnFinished(e -> Platform.runLater(task));
        pause.play();
    }

    /**
     * Asks which of the system's printers to print on, the default one chosen. The system's own print dialog is AWT's,
     * which cannot open: Lectern keeps AWT headless (it only lays out formulas and code off screen).
     */
    private static boolean choosePrinter(PrinterJob job, Window owner) {
        Map<String, Printer> byName = new TreeMap<>();
        Printer.getAllPrinters().forEach(printer -> byName.put(printer.getName(), printer));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(job.getPrinter().getName(), byName.keySet());
        dialog.initOwner(owner);
        dialog.setTitle(t("print.title"));
        dialog.setHeaderText(t("print.header"));
        dialog.setContentText(t("print.printer"));
        Optional<String> chosen = dialog.showAndWait();
        chosen.map(byName::get).ifPresent(job::setPrinter);
        return chosen.isPresent();
    }
}
