package dev.lectern.model;

/**
 * kramdown's attribute lists, which no page shows, as regular-expression text shared by the title finder, the plain
 * text of a line and the renderer, so that all three leave out the same markup.
 */
public final class KramdownSyntax {

    /** An attribute list anywhere ({@code {: #id .class}}, {@code {:toc}}). */
    public static final String ATTRIBUTE_LIST = "\\{:[^}\\n]{0,300}}";
    /** A heading id closing a line ({@code ## Manifest {#manifest .wide}}), as kramdown and Hugo write it. */
    public static final String HEADING_ID = "[ \\t]\\{#[\\w:.-]+(?:[ \\t]+[^}\\n]{0,200})?}[ \\t]*$";

    private KramdownSyntax() {
    }
}
