package dev.lectern.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * Marks a label of article text (a title) with the script it is in, so CSS can set it in that script's font: the
 * interface font is Simplified Chinese, which draws kanji in their Chinese forms and curly quotes full-width
 * ({@code Chrome’s} reads {@code Chrome’ s}). Pseudo-classes {@code :ja} (any kana), {@code :ko} (any Hangul) and
 * {@code :latin} (no CJK character at all) on the node; none for Chinese text.
 */
public final class TextScript {

    /** The style class of nodes marked: CSS sets {@code .script-text:ja}, {@code :ko} and {@code :latin}. */
    public static final String STYLE_CLASS = "script-text";

    private static final PseudoClass JAPANESE = PseudoClass.getPseudoClass("ja");
    private static final PseudoClass KOREAN = PseudoClass.getPseudoClass("ko");
    private static final PseudoClass LATIN = PseudoClass.getPseudoClass("latin");

    /** The scripts a line can be set for. */
    enum Script { CHINESE, JAPANESE, KOREAN, LATIN }

    private TextScript() {
    }

    /** Shows the text (or none) on the label, set in the cut for its script; the label takes {@link #STYLE_CLASS}. */
    public static void show(Labeled label, String text) {
        show(label, text, null);
    }

    /** The same for text from an article in a known language (see {@link #mark(Node, String, String)}). */
    public static void show(Labeled label, String text, String lang) {
        if (!label.getStyleClass().contains(STYLE_CLASS)) {
            label.getStyleClass().add(STYLE_CLASS);
        }
        label.setText(text);
        mark(label, text == null ? "" : text, lang);
    }

    /** Sets the node's pseudo-classes for the text it shows. */
    public static void mark(Node node, String text) {
        mark(node, text, null);
    }

    /**
     * The same for text from an article in a known language ({@code lang} from its front matter or its page, may be
     * null): kanji without kana (a heading 背景) in a Japanese article are Japanese, in a Korean one Korean.
     */
    public static void mark(Node node, String text, String lang) {
        Script script = of(text, lang);
        node.pseudoClassStateChanged(JAPANESE, script == Script.JAPANESE);
        node.pseudoClassStateChanged(KOREAN, script == Script.KOREAN);
        node.pseudoClassStateChanged(LATIN, script == Script.LATIN);
    }

    static Script of(String text, String lang) {
        Script script = of(text);
        if (script != Script.CHINESE || lang == null) {
            return script;
        }
        if (lang.regionMatches(true, 0, "ja", 0, 2)) {
            return Script.JAPANESE;
        }
        return lang.regionMatches(true, 0, "ko", 0, 2) ? Script.KOREAN : script;
    }

    /** Japanese when the text has kana, Korean when it has Hangul, Latin when it has no CJK character, else Chinese. */
    static Script of(String text) {
        boolean cjk = false;
        boolean hangul = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                return Script.JAPANESE;
            }
            hangul |= script == Character.UnicodeScript.HANGUL;
            cjk |= script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
            i += Character.charCount(c);
        }
        if (hangul) {
            return Script.KOREAN;
        }
        return cjk ? Script.CHINESE : Script.LATIN;
    }
}
