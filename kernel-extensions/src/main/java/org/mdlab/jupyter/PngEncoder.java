package org.mdlab.jupyter;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A lean PNG encoder for opaque chart images: 8-bit RGB, the "Sub" filter on every row, deflate at
 * level 6 (PNG specification, ISO/IEC 15948, §§ 9–11).
 *
 * <p>Charts are flat colours on a white ground, for which the Sub filter compresses nearly as well
 * as ImageIO's per-row adaptive filtering (about 15% larger) at about half the encoding time, which
 * is most of the cost of showing a chart.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    private static final int SUB_FILTER = 1;
    private static final int DEFLATE_LEVEL = 6;

    private PngEncoder() {
    }

    /** Encodes an image of type {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("image must be TYPE_INT_RGB (got type " + image.getType() + ")");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] rows = new byte[height * (1 + 3 * width)];
        int out = 0;
        for (int y = 0; y < height; y++) {
            rows[out++] = SUB_FILTER;
            int left = 0;
            for (int x = 0; x < width; x++) {
                int pixel = pixels[y * width + x];
                rows[out++] = (byte) ((pixel >> 16) - (left >> 16));
                rows[out++] = (byte) ((pixel >> 8) - (left >> 8));
                rows[out++] = (byte) (pixel - left);
                left = pixel;
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(rows.length / 8);
            DataOutputStream data = new DataOutputStream(png);
            data.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream fields = new DataOutputStream(header);
            fields.writeInt(width);
            fields.writeInt(height);
            fields.write(new byte[]{8, 2, 0, 0, 0});
            chunk(data, "IHDR", header.toByteArray());
            chunk(data, "IDAT", deflate(rows));
            chunk(data, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 8);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            stream.write(bytes);
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
