package org.mdlab.jupyter.widgets;

/** A piece of HTML ({@code HTMLModel}), e.g. a caption or a computed figure next to the controls. */
public final class Html extends DomWidget {

    private Html(String value) {
        super("HTMLModel", "HTMLView", "HTMLStyleModel");
        describe("");
        define("value", value);
        define("placeholder", "");
    }

    /** A widget showing {@code html}. */
    public static Html of(String html) {
        return new Html(html);
    }

    /** The HTML shown. */
    public String value() {
        return (String) get("value");
    }

    /** Replaces the HTML (the browser follows). */
    public void value(String html) {
        set("value", html);
    }
}
