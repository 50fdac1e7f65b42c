package dev.lectern.store;

/**
 * A rectangle on the desktop, in the same units JavaFX uses for {@code Stage} and {@code Screen.getVisualBounds()}:
 * a saved window's place and size, or a screen's usable area. {@link #UNSET} (all NaN) means "not saved yet".
 */
public record WindowBounds(double x, double y, double width, double height) {

    /** No saved bounds: the window opens at its default size, centred. */
    public static final WindowBounds UNSET = new WindowBounds(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** True when all four values are finite and the size is positive. */
    public boolean isSet() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width > 0 && height > 0;
    }

    /** The area this rectangle and the other have in common (0 when they do not overlap). */
    double overlap(WindowBounds other) {
        double w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        double h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        return w > 0 && h > 0 ? w * h : 0;
    }
}
