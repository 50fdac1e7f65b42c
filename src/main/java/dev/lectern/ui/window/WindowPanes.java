package dev.lectern.ui.window;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's three panes side by side (tags | articles | reader); the first two can be hidden and shown again.
 * The tag tree and the article list can start as plain stand-ins in their theme's colours, so that a start that shows
 * the last article first makes, styles and lays them out after that article is painted ({@link #fill}).
 */
final class WindowPanes extends SplitPane {

    private final Supplier<? extends Node> makeTags;
    private final Supplier<? extends Node> makeList;
    private final Node tagsStandIn;
    private final Node listStandIn;
    /** The two panes, once {@link #fill} has made them; until then the stand-ins take both places. */
    private Node tags;
    private Node list;
    private double[] dividers = {0.17, 0.50};
    /** The side panes' widths before a narrowed window made them give way (px), or null when they have not. */
    private double[] wanted;
    /** The divider positions restored from the preferences, placed again as the window takes its size; null once the reader moves them. */
    private double[] restored;
    /** The window's width when those were saved (px), or NaN: then they are shares of whatever width the panes get. */
    private double restoredFor = Double.NaN;
    /** The panes' width when the restored positions were last placed. */
    private double placedAt = -1;
    /** The side panes hidden because the screen could not hold them ({@link #fitTo}), not by the reader. */
    private boolean tagsMadeRoom;
    private boolean listMadeRoom;
    /** The room last fitted to: the panes follow a change of it, not the reader's keys at the same room. */
    private double fittedTo = Double.NaN;

    /**
     * @param tags        makes the tag pane, when {@link #fill} is called
     * @param list        makes the article list, then
     * @param tagsStandIn shown in the tag pane's place until then
     * @param listStandIn shown in the list's place until then
     */
    WindowPanes(Supplier<? extends Node> tags, Supplier<? extends Node> list, Node reader, Node tagsStandIn,
                Node listStandIn) {
        super(tagsStandIn, listStandIn, reader);
        this.makeTags = tags;
        this.makeList = list;
        this.tagsStandIn = tagsStandIn;
        this.listStandIn = listStandIn;
        setDividerPositions(dividers);
        least(reader, READER_MIN); // the side panes give way to it, as it gives way to them when wider
        least(tagsStandIn, TAGS_MIN);
        least(listStandIn, LIST_MIN);
        for (Node pane : new Node[] {tagsStandIn, listStandIn}) {
            SplitPane.setResizableWithParent(pane, false);
        }
        setId("window-panes");
        // a divider the reader takes hold of is theirs again: the widths kept for a widening window are forgotten
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (Node at = e.getTarget() instanceof Node node ? node : null; at != null && at != this; at = at.getParent()) {
                if (at.getStyleClass().contains("split-pane-divider")) {
                    wanted = null;
                    restored = null;
                    return;
                }
            }
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // after the split pane's own layout: at a new width it puts the side panes back at their widths before
        if (placeRestored() | giveWay()) {
            super.layoutChildren();
        }
    }

    /**
     * Places the restored dividers for the width the panes have now: the window is laid out at its default width
     * before it takes its saved size, and the side panes, which do not resize with it, kept their widths at that
     * first width, so the shares saved at close drifted at every start (narrower side panes in a window wider than
     * the default, wider ones in a narrower window). The side panes get the widths they had when the window was
     * left, the reading pane the rest: the same shares when the window opens at the size it was left, the same
     * widths when it opens at another (a smaller screen). A maximized window's are shares of its width while it stays so.
     */
    private boolean placeRestored() {
        double width = getWidth();
        if (restored == null || width <= 0 || width == placedAt) {
            return false; // at the same width the reader's panes, or those given way, stay as they are
        }
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        if (Double.isNaN(restoredFor) && window instanceof javafx.stage.Stage stage && stage.isShowing()
                && !stage.isMaximized()) {
            restored = null; // unmaximized: the side panes keep their widths, as on any resize
            return false;
        }
        double scale = 1;
        if (!Double.isNaN(restoredFor) && window != null && window.getWidth() > 0) {
            // the panes' width then: the window's less what is beside the panes (a frame), which has not changed
            scale = (restoredFor - (window.getWidth() - width)) / width;
        }
        placedAt = width;
        dividers = new double[] {Math.min(1, restored[0] * scale), Math.min(1, restored[1] * scale)};
        if (getItems().size() == 3) {
            setDividerPositions(dividers);
        }
        placeLoneDivider();
        return true;
    }

    /**
     * A window narrowed past what its panes hold: the side panes give way, the list first, down to their least
     * widths, so that the reading pane keeps its own. Left alone, the split pane kept their widths (they do not
     * resize with the window) and laid the reading pane out past the window's edge.
     */
    private boolean giveWay() {
        double width = getWidth();
        int sides = getItems().size() - 1;
        if (width <= 0 || sides == 0) {
            return false;
        }
        double[] at = getDividerPositions();
        double[] widths = new double[sides];
        double[] least = new double[sides];
        for (int i = 0; i < sides; i++) {
            widths[i] = (at[i] - (i == 0 ? 0 : at[i - 1])) * width;
            least[i] = getItems().get(i) == shownTags() ? TAGS_MIN : LIST_MIN;
        }
        double over = at[sides - 1] * width - (width - READER_MIN - DIVIDER);
        if (over > 1) {
            if (wanted == null || wanted.length != sides) {
                wanted = widths.clone(); // what the reader chose, to be given back when the window widens again
            }
            for (int i = sides - 1; i >= 0 && over > 0; i--) {
                double give = Math.min(over, Math.max(0, widths[i] - least[i] - DIVIDER));
                widths[i] -= give;
                over -= give;
            }
        } else if (wanted != null && wanted.length == sides && over < -1) {
            double room = -over; // widened: the side panes take back what they gave, the tags first
            boolean whole = true;
            for (int i = 0; i < sides; i++) {
                double take = Math.min(room, Math.max(0, wanted[i] - widths[i]));
                widths[i] += take;
                room -= take;
                whole &= widths[i] >= wanted[i] - 0.5;
            }
            if (whole) {
                wanted = null;
            }
        } else {
            return false;
        }
        double[] positions = new double[sides];
        double edge = 0;
        for (int i = 0; i < sides; i++) {
            edge += widths[i];
            positions[i] = edge / width;
        }
        if (java.util.Arrays.equals(positions, at)) {
            return false;
        }
        setDividerPositions(positions);
        return true;
    }

    /** The narrowest the tags stay readable, their counts beside them: a narrow window shrinks the reading pane. */
    static final double TAGS_MIN = 200;
    /** The narrowest the list shows a title beside its date. */
    static final double LIST_MIN = 260;
    /** The narrowest the reading pane gets: its toolbar whole, its buttons as icons (WindowLookTest measures it). */
    static final double READER_MIN = 440;
    /** A divider, and a little room for a window's frame. */
    private static final double DIVIDER = 12;

    /** The one place the panes' least widths are set (the window's own least width is their sum, {@link #narrowest}). */
    private static void least(Node pane, double width) {
        if (pane instanceof Region region) {
            region.setMinWidth(width);
        }
    }

    /**
     * The narrowest the window can be with the panes shown, each at its narrowest: narrower, the window cut the
     * reading pane (its toolbar and the warnings off the window) or the list's dates. Changes as panes are hidden
     * and shown again ({@link #getItems()}).
     */
    double narrowest() {
        double width = READER_MIN + DIVIDER * 2;
        for (Node pane : getItems()) {
            width += pane == shownTags() ? TAGS_MIN + DIVIDER : pane == shownList() ? LIST_MIN + DIVIDER : 0;
        }
        return width;
    }

    /** Puts the tag tree and the article list in place of their stand-ins, where they are (once; later calls do nothing). */
    void fill() {
        if (tags != null) {
            return;
        }
        double[] positions = dividers();
        tags = makeTags.get();
        list = makeList.get();
        least(tags, TAGS_MIN);
        least(list, LIST_MIN);
        SplitPane.setResizableWithParent(tags, false);
        SplitPane.setResizableWithParent(list, false);
        getItems().replaceAll(pane -> pane == tagsStandIn ? tags : pane == listStandIn ? list : pane);
        if (getItems().size() == 3) {
            setDividerPositions(positions);
        }
        placeLoneDivider();
    }

    private Node shownTags() {
        return tags != null ? tags : tagsStandIn;
    }

    private Node shownList() {
        return list != null ? list : listStandIn;
    }

    void toggleTags() {
        tagsMadeRoom = false;
        toggle(shownTags(), 0);
    }

    void toggleList() {
        listMadeRoom = false;
        toggle(shownList(), getItems().contains(shownTags()) ? 1 : 0);
    }

    /**
     * Fits the panes shown to a screen {@code room} px wide (its visual width): a small or scaled screen (1366 x 768
     * at twice the size is 683 px) that cannot hold them all at their least widths hides the tags, then the list, for
     * this window only; a screen with room for them again (the window moved, the scale changed) shows them again.
     * Left alone, the panes laid out past the window's edge, the article cut mid-line and its toolbar's last buttons
     * off the screen. The reader's own choice, kept in the preferences, is {@link #tagsChosen}, {@link #listChosen};
     * the usual keys show a pane again whatever the room.
     */
    void fitTo(double room) {
        if (!(room > 0) || room == fittedTo) {
            return; // at the same room a pane the reader showed again stays, cut or not
        }
        fittedTo = room;
        if (listMadeRoom && narrowest() + LIST_MIN + DIVIDER <= room) {
            listMadeRoom = false;
            toggle(shownList(), getItems().contains(shownTags()) ? 1 : 0);
        }
        if (tagsMadeRoom && !listMadeRoom && narrowest() + TAGS_MIN + DIVIDER <= room) {
            tagsMadeRoom = false;
            toggle(shownTags(), 0);
        }
        if (narrowest() > room && isTagsShown()) {
            tagsMadeRoom = true;
            toggle(shownTags(), 0);
        }
        if (narrowest() > room && isListShown()) {
            listMadeRoom = true;
            toggle(shownList(), 0);
        }
    }

    /** Whether the reader has the tags shown: also when they are hidden for now, the screen too narrow for them. */
    boolean tagsChosen() {
        return isTagsShown() || tagsMadeRoom;
    }

    /** Whether the reader has the list shown: also when it is hidden for now, the screen too narrow for it. */
    boolean listChosen() {
        return isListShown() || listMadeRoom;
    }

    boolean isTagsShown() {
        return getItems().contains(shownTags());
    }

    boolean isListShown() {
        return getItems().contains(shownList());
    }

    private void toggle(Node pane, int index) {
        wanted = null;
        restored = null;
        if (getItems().contains(pane)) {
            if (getItems().size() == 3) {
                dividers = getDividerPositions();
            }
            getItems().remove(pane);
        } else {
            getItems().add(index, pane);
            if (getItems().size() == 3) {
                setDividerPositions(dividers);
            }
        }
        placeLoneDivider();
    }

    /**
     * With one of the two side panes hidden, the one left keeps the width it has beside the other: the tags their
     * share, the list its own. Left alone, the divider went to the middle, and the reading pane lost half the window.
     */
    private void placeLoneDivider() {
        if (getItems().size() == 2) {
            setDividerPositions(getItems().contains(shownTags()) ? dividers[0] : dividers[1] - dividers[0]);
        }
    }

    /** The divider positions with all three panes shown (the last ones used, when a pane is hidden). */
    double[] dividers() {
        if (getItems().size() == 3 && wanted != null && wanted.length == 2 && getWidth() > 0) {
            // a window narrowed for a moment keeps the widths the reader chose
            return new double[] {wanted[0] / getWidth(), (wanted[0] + wanted[1]) / getWidth()};
        }
        return getItems().size() == 3 ? getDividerPositions() : dividers.clone();
    }

    /**
     * Restores the divider positions the window was left with, kept as the window takes its size ({@link #placeRestored}).
     *
     * @param windowWidth the window's width when they were saved, or NaN when unknown (a maximized window's)
     */
    void restoreDividers(double windowWidth, double tags, double list) {
        setDividers(tags, list);
        restored = dividers.clone();
        restoredFor = windowWidth > 0 ? windowWidth : Double.NaN;
        placedAt = -1;
    }

    /** Sets the divider positions (with a pane hidden, those it has when shown again). */
    void setDividers(double... positions) {
        wanted = null;
        restored = null;
        if (positions.length == 2) {
            dividers = positions.clone();
            if (getItems().size() == 3) {
                setDividerPositions(positions);
            }
            placeLoneDivider();
        }
    }
}
