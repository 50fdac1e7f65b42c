package dev.lectern.ui.window;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Closes every window a window test class left open (dialogs, popovers, the review), so the next class in the same
 * JVM starts from a bare toolkit. The toolkit itself stays up: {@link dev.lectern.ToolkitSession} stops it once.
 */
final class CloseWindows implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws TimeoutException {
        FxToolkit.cleanupStages();
    }
}
