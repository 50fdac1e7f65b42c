package dev.lectern.ui.window;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Run in a child JVM by {@link EmojiInInterfaceTest}: starts the toolkit as Lectern does, then prints how many dark
 * pixels a rocket emoji leaves in the interface font ("ink N"), 0 when JavaFX draws it blank.
 */
public final class EmojiGlyphProbe {

    private EmojiGlyphProbe() {
    }

    public static void main(String[] args) throws Exception {
        LecternDesktop.startToolkit().join();
        CompletableFuture<Integer> ink = new CompletableFuture<>();
        Platform.runLater(() -> {
            Text text = new Text(20, 60, "\uD83D\uDE80"); // 🚀
            text.setFont(Font.font("Noto Sans CJK SC", 48));
            text.setFill(Color.BLACK);
            Scene scene = new Scene(new Group(text), 120, 100, Color.WHITE);
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (pixels.getColor(x, y).getBrightness() < 0.5) {
                        dark++;
                    }
                }
            }
            ink.complete(dark);
        });
        System.out.println("ink " + ink.get());
        Platform.exit();
    }
}
