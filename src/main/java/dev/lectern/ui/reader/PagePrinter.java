package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

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

    /** The system's printers, chosen among in {@link #choosePrinter}, looked up at the first print. */
    public PagePrinter() {
        this(() -> PrinterJob.createPrinterJob(), (job, owner) -> choosePrinter(job, owner));
    }

    /** @param jobs a new print job on the default printer, or null when the computer has no printer */
    public PagePrinter(Supplier<PrinterJob> jobs, PrintDialog dialog) {
        this.jobs = jobs;
        this.dialog = dialog;
    }

    /** Prints the page {@code view} shows, once the reader has chosen where; false when there is no printer at all. */
    public boolean print(ReaderView view, Window owner) {
        PrinterJob job = jobs.get();
        if (job == null) {
            return false;
        }
        if (dialog.show(job, owner)) {
            view.print(job);
            job.endJob();
        } else {
            job.cancelJob();
        }
        return true;
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
