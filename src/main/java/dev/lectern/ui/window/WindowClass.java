package dev.lectern.ui.window;

/**
 * Names Lectern's windows to the desktop: on Linux, JavaFX gives every window the X11 class (WM_CLASS) of its glass
 * application's name, "java" unless the toolkit was started by {@code Application.launch}, so docks and task
 * switchers showed a second, generic "java" icon beside Lectern's launcher. The desktop entry's
 * {@code StartupWMClass=Lectern} matches the name given here.
 */
final class WindowClass {

    /** The class of every Lectern window; the desktop entry's StartupWMClass. */
    static final String NAME = "Lectern";

    private WindowClass() {
    }

    /**
     * Sets the name on the FX thread before the first window is made. JavaFX has no public call for it: the glass
     * application's {@code setName} is reached by reflection, and needs
     * {@code --add-exports javafx.graphics/com.sun.glass.ui=ALL-UNNAMED} when JavaFX is on the module path (the
     * packaged app, {@code mvn javafx:run}); without it the windows stay "java" and nothing else changes.
     */
    static void set() {
        try {
            Class<?> application = Class.forName("com.sun.glass.ui.Application");
            Object glass = application.getMethod("GetApplication").invoke(null);
            application.getMethod("setName", String.class).invoke(glass, NAME);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            System.getLogger(WindowClass.class.getName()).log(System.Logger.Level.DEBUG,
                    "the windows keep JavaFX's class name (java)", e);
        }
    }
}
