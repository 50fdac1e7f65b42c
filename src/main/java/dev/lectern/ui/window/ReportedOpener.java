package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.common.TextClipboard;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * The desktop opener as the window uses it: when no program could be started for a link, a file or a folder (no
 * browser or opener installed), the window says so and puts the address or path on the clipboard to paste elsewhere,
 * instead of a click that does nothing.
 */
final class ReportedOpener implements LinkOpener {

    private final LinkOpener desktop;
    private final WindowDialogs dialogs;

    ReportedOpener(LinkOpener desktop, WindowDialogs dialogs) {
        this.desktop = desktop;
        this.dialogs = dialogs;
    }

    @Override
    public CompletionStage<Boolean> open(URI uri) {
        return reported(desktop.open(uri), uri.toString());
    }

    @Override
    public CompletionStage<Boolean> openFile(Path file) {
        return reported(desktop.openFile(file), file.toString());
    }

    @Override
    public CompletionStage<Boolean> showInFolder(Path file) {
        return reported(desktop.showInFolder(file), file.toString());
    }

    private CompletionStage<Boolean> reported(CompletionStage<Boolean> opened, String target) {
        opened.thenAccept(done -> {
            if (!done) {
                Platform.runLater(() -> {
                    TextClipboard.copy(target);
                    dialogs.tell(Alert.AlertType.WARNING, t("desktop.notOpened.header"), t("desktop.notOpened", target));
                });
            }
        });
        return opened;
    }
}
