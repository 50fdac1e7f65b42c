package dev.lectern.render;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.lectern.model.CjkScript;

/**
 * Marks emphasis without a Chinese, Japanese or Korean letter ({@code _Amazon Corretto_}, {@code *Chalice*} in a
 * Chinese post) with the class {@code latin}, so that a CJK page slants it as its site does instead of dotting every
 * Latin letter with the emphasis marks meant for CJK characters ({@code reader.css}). Emphasis with a CJK letter keeps
 * the marks.
 */
final class LatinEmphasis implements HtmlRenderer.HtmlRendererExtension {

    /** The class of emphasis that has no CJK letter. */
    static final String CLASS = "latin";

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // none
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> {
                    if (node instanceof Emphasis emphasis && !hasCjkLetter(emphasis.getText())) {
                        attributes.addValue("class", CLASS);
                    }
                };
            }
        });
    }

    static boolean hasCjkLetter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int codePoint = Character.isHighSurrogate(c) && i + 1 < text.length()
                    ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
            if (CjkScript.isLetter(codePoint)) {
                return true;
            }
        }
        return false;
    }
}
