package org.mdlab.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartDisplayTest {

    private static XYChart prices() {
        XYChart chart = new XYChartBuilder().width(300).height(200).title("Prices").build();
        chart.addSeries("a", new double[] {0, 1, 2}, new double[] {1, 3, 2});
        chart.addSeries("b", new double[] {0, 1, 2}, new double[] {2, 1, 0});
        return chart;
    }

    @Test
    void aChartRendersAsPngAndADescriptionByDefault() {
        Bundle bundle = Bundle.of(Bundle.renderer().render(prices()));
        assertEquals(Set.of("image/png", "text/plain"), bundle.mimeTypes());
        assertEquals("XYChart \"Prices\" 300×200, series: a, b", bundle.text("text/plain"));
    }

    @Test
    void thePngIsPaintedAtTwiceTheChartSizeAndShownAtOnceItsSize() throws IOException {
        Bundle bundle = Bundle.of(Bundle.renderer().render(prices()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(bundle.text("image/png"))));
        assertNotNull(image);
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertEquals(300, bundle.metadata("image/png").get("width").getAsInt());
        assertEquals(200, bundle.metadata("image/png").get("height").getAsInt());
    }

    @Test
    void svgIsRenderedOnlyWhenRequested() throws Exception {
        Bundle bundle = Bundle.of(Bundle.renderer().renderAs(prices(), "image/svg+xml"));
        assertEquals(Set.of("image/svg+xml", "text/plain"), bundle.mimeTypes());
        String svg = bundle.text("image/svg+xml");
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
    }

    @Test
    void everyKindOfChartIsRenderedThroughTheCommonSuperclass() {
        CategoryChart bars = new CategoryChartBuilder().width(200).height(100).title("Bars").build();
        bars.addSeries("q", List.of("x", "y"), List.of(1, 2));
        PieChart pie = new PieChartBuilder().width(120).height(80).build();
        pie.addSeries("share", 1);

        Bundle barBundle = Bundle.of(Bundle.renderer().render(bars));
        assertEquals(Set.of("image/png", "text/plain"), barBundle.mimeTypes());
        assertEquals("CategoryChart \"Bars\" 200×100, series: q", barBundle.text("text/plain"));
        assertEquals("PieChart (untitled) 120×80, series: share", ChartDisplay.describe(pie));
    }

    @Test
    void theHouseStylesTickAnchorIsNotDescribedAsASeries() {
        XYChart periods = new XYChartBuilder().width(300).height(200).title("Periods").build();
        periods.addSeries("path", new double[] {0, 1, 2, 3}, new double[] {1, 2, 1, 2});
        Bundle bundle = Bundle.of(Bundle.renderer().render(periods));
        assertEquals(2, periods.getSeriesCollection().size(), "equally spaced x data get the invisible anchor");
        assertEquals("XYChart \"Periods\" 300×200, series: path", bundle.text("text/plain"));
    }

    @Test
    void aChartWithoutSeriesSaysSo() {
        XYChart empty = new XYChartBuilder().width(100).height(50).title("Empty").build();
        assertEquals("XYChart \"Empty\" 100×50, no series", ChartDisplay.describe(empty));
    }

    @Test
    void theRendererPaintsTheChartOnWhiteInTheHouseTheme() throws IOException {
        XYChart chart = prices();
        Bundle bundle = Bundle.of(Bundle.renderer().render(chart));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(bundle.text("image/png"))));
        // the top-left pixel is the chart's outer ground: XChart's default theme paints it grey
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(java.awt.Color.WHITE, chart.getStyler().getChartBackgroundColor());
    }

    @Test
    void thePngMetadataListsTheLayoutProblemsFoundWhilePainting() {
        Bundle clean = Bundle.of(Bundle.renderer().render(prices()));
        assertEquals(0, clean.metadata("image/png").get(ChartDisplay.LAYOUT).getAsJsonArray().size());

        XYChart clipped = new XYChartBuilder().width(200).height(150)
                .title("A title far too long for a chart two hundred pixels wide, even at the smallest house size").build();
        clipped.addSeries("a", new double[] {0, 1}, new double[] {0, 1});
        Bundle bundle = Bundle.of(Bundle.renderer().render(clipped));
        String problems = bundle.metadata("image/png").get(ChartDisplay.LAYOUT).toString();
        assertTrue(problems.contains("title") && problems.contains("beyond the"), problems);
    }
}
