package org.mdlab.jupyter.widgets;

import java.util.Arrays;

/** An image ({@code ImageModel}) whose bytes travel as a binary buffer of the comm message, not as base64 text. */
public final class Image extends DomWidget {

    private Image(byte[] png) {
        super("ImageModel", "ImageView", null);
        define("format", "png");
        define("width", "");
        define("height", "");
        define("value", png.clone());
    }

    /** An image showing the PNG {@code bytes}. */
    public static Image png(byte[] bytes) {
        return new Image(bytes);
    }

    /** The PNG bytes (a copy). */
    public byte[] value() {
        return ((byte[]) get("value")).clone();
    }

    /** Replaces the image (sent as a buffer). */
    public void value(byte[] png) {
        byte[] copy = png.clone();
        if (!Arrays.equals(copy, (byte[]) get("value"))) {
            set("value", copy);
        }
    }
}
