package org.mdlab.jupyter;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.mdlab.view.ChartLayout;
import org.mdlab.view.HouseStyle;

/**
 * Displays an XChart {@link Chart} in the house theme ({@link HouseStyle}) as a PNG painted at twice
 * its size (shown at 1× through the width/height metadata, sharp on HiDPI screens; the metadata also
 * lists the layout problems {@link ChartLayout} found while painting, read by the notebook tests), as SVG on request (XChart's vector encoder, which
 * needs VectorGraphics2D at run time), and as a one-line description.
 */
final class ChartDisplay {

    static final int SCALE = 2;

    /** The PNG metadata key listing the chart's layout problems ({@link ChartLayout}); empty when clean. */
    static final String LAYOUT = "mdlab_layout_problems";

    private ChartDisplay() {
    }

    static void register(Renderer renderer) {
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.IMAGE_SVG)
                .register(ChartDisplay::render);
    }

    private static void render(Chart<?, ?> chart, RenderContext context) {
        HouseStyle.apply(chart);
        context.renderIfRequested(MIMEType.IMAGE_PNG, (type, out) -> {
            List<String> layout = new ArrayList<>();
            String png = png(chart, layout);
            out.putData(type, png, Map.of("width", chart.getWidth(), "height", chart.getHeight(), LAYOUT, layout));
        });
        context.renderIfRequested(MIMEType.IMAGE_SVG, () -> svg(chart));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> describe(chart));
    }

    private static String png(Chart<?, ?> chart, List<String> layout) {
        int width = chart.getWidth();
        int height = chart.getHeight();
        BufferedImage image = new BufferedImage(SCALE * width, SCALE * height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(SCALE, SCALE);
            layout.addAll(ChartLayout.paint(chart, graphics));
        } finally {
            graphics.dispose();
        }
        return Base64.getEncoder().encodeToString(PngEncoder.encode(image));
    }

    static String svg(Chart<?, ?> chart) {
        HouseStyle.apply(chart);
        try {
            return new String(ChartEncoder.getBytes(chart, "svg"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("SVG encoding of chart \"" + chart.getTitle() + "\" failed", e);
        }
    }

    static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isBlank()
                ? "(untitled)"
                : "\"" + chart.getTitle() + "\"";
        List<String> names = chart.getSeriesCollection().stream().map(Series::getName)
                .filter(name -> !name.equals(HouseStyle.TICK_ANCHOR)).toList();
        String series = names.isEmpty() ? "no series" : "series: " + String.join(", ", names);
        return chart.getClass().getSimpleName() + " " + title + " " + chart.getWidth() + "×" + chart.getHeight()
                + ", " + series;
    }
}
