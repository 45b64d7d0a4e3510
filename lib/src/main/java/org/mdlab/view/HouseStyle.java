package org.mdlab.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.math.BigDecimal;
import java.math.MathContext;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.internal.series.Series;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.mdlab.market.Arguments;

/**
 * The house theme of mdlab charts, applied by the notebook renderer to every XChart chart before it is
 * painted: white ground, type sized for reading at 1× of a 2× image, the colour-blind-safe palette of
 * Okabe and Ito (2008, "Color Universal Design", <a href="https://jfly.uni-koeln.de/color/">jfly</a>),
 * tick labels with their leading zero and no binary noise, a title shrunk until it fits the chart's
 * width, a legend moved below the plot and laid out in rows when it would not fit beside it, value-axis
 * tick labels right-aligned on their tick, ticks at round steps (1, 2 or 5 times a power of ten),
 * every category label that fits, and logarithmic axes spanning at least two labelled powers of ten.
 *
 * <p>XChart 4.0.3 puts the ticks of an x axis whose data are equally spaced on every k-th data value,
 * for the smallest k whose labels fit: 0, 7, 14, … for periods, or −1.633086722, −0.583086722, … for a
 * grid that starts off round. The theme then adds one invisible point ({@value #TICK_ANCHOR}, no
 * marker, no line, not in the legend, inside the data's range) so that XChart uses its round steps.
 *
 * <p>A setting the chart's author changed from XChart's default is left alone: the theme replaces only
 * values that still equal those of a freshly built chart of the same kind. Applying it twice changes
 * nothing more. {@link #paired(Chart)} asks for the paired palette (two shades of one hue per pair,
 * second of each pair dashed) for charts whose series come in pairs; XChart's
 * {@code XYSeries.XYSeriesRenderStyle.Step} draws step functions as steps.
 */
public final class HouseStyle {

    /** Okabe–Ito order for unrelated series: blue, vermillion, bluish green, orange, reddish purple, sky blue, black, yellow. */
    public static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    /** Pairs (dark, light) of one Okabe–Ito hue each: blue, vermillion/orange, bluish green, reddish purple. */
    public static final Color[] PAIRED = {new Color(0x0072B2), new Color(0x56B4E9), new Color(0xD55E00),
        new Color(0xE69F00), new Color(0x00664A), new Color(0x4DC9A6), new Color(0x8E3B6E), new Color(0xCC79A7)};

    /** Name of the invisible series that makes XChart use round tick steps on an equally spaced x axis. */
    public static final String TICK_ANCHOR = "house style: tick anchor";

    static final String FAMILY = Font.SANS_SERIF;
    static final float TITLE_SIZE = 15f;
    static final float MIN_TITLE_SIZE = 11f;
    private static final float AXIS_TITLE_SIZE = 13f;
    static final float TICK_SIZE = 12f;
    private static final float LEGEND_SIZE = 12f;
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Color FRAME = new Color(0xB0B0B0);
    private static final double LEGEND_SHARE = 0.32;
    private static final double CATEGORY_GAP = 0.5;
    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final int FIT_ATTEMPTS = 6;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private HouseStyle() {
    }

    /**
     * Applies the house theme to {@code chart} (in place) and returns it.
     *
     * @param chart the chart
     * @param <C>   its type
     * @return {@code chart}
     */
    public static <C extends Chart<?, ?>> C apply(C chart) {
        Arguments.notNull("chart", chart);
        Styler styler = chart.getStyler();
        Styler fresh = defaults(chart);
        ifDefault(styler.getChartBackgroundColor(), fresh.getChartBackgroundColor(), () -> styler.setChartBackgroundColor(Color.WHITE));
        ifDefault(styler.getPlotBackgroundColor(), fresh.getPlotBackgroundColor(), () -> styler.setPlotBackgroundColor(Color.WHITE));
        ifDefault(styler.getPlotBorderColor(), fresh.getPlotBorderColor(), () -> styler.setPlotBorderColor(FRAME));
        ifDefault(styler.getLegendBorderColor(), fresh.getLegendBorderColor(), () -> styler.setLegendBorderColor(FRAME));
        ifDefault(styler.getLegendBackgroundColor(), fresh.getLegendBackgroundColor(), () -> styler.setLegendBackgroundColor(Color.WHITE));
        ifDefault(styler.getChartFontColor(), fresh.getChartFontColor(), () -> styler.setChartFontColor(INK));
        ifDefault(styler.getChartTitleFont(), fresh.getChartTitleFont(), () -> styler.setChartTitleFont(new Font(FAMILY, Font.BOLD, 1).deriveFont(TITLE_SIZE)));
        ifDefault(styler.getLegendFont(), fresh.getLegendFont(), () -> styler.setLegendFont(plain(LEGEND_SIZE)));
        ifDefault(styler.getAnnotationTextFont(), fresh.getAnnotationTextFont(), () -> styler.setAnnotationTextFont(plain(TICK_SIZE)));
        if (Arrays.equals(styler.getSeriesColors(), fresh.getSeriesColors())) {
            styler.setSeriesColors(PALETTE.clone());
        }
        if (styler instanceof AxesChartStyler axes && fresh instanceof AxesChartStyler axesFresh) {
            axes(chart, axes, axesFresh);
        }
        if (styler.getLegendPosition() == fresh.getLegendPosition() && styler.getLegendLayout() == fresh.getLegendLayout()) {
            fitLegend(chart);
        }
        fitTitle(chart);
        return chart;
    }

    /**
     * Gives {@code chart} the paired palette: series 1 and 2 share a hue (dark, light), as do 3 and 4,
     * and so on; the second of each pair is dashed so that the pairing survives grey-scale printing.
     *
     * @param chart the chart, whose series are added in pairs
     * @param <C>   its type
     * @return {@code chart}
     */
    public static <C extends Chart<?, ?>> C paired(C chart) {
        Arguments.notNull("chart", chart);
        chart.getStyler().setSeriesColors(PAIRED.clone());
        BasicStroke solid = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        chart.getStyler().setSeriesLines(new BasicStroke[] {solid, dashed});
        return chart;
    }

    /**
     * A tick label: the value rounded to 10 significant digits (removing binary noise such as
     * 0.30000000000000004), trailing zeros dropped, the leading zero kept ({@code 0.05}, not {@code .05}).
     *
     * @param value the tick value
     * @return its label
     */
    public static String tickLabel(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e7 || magnitude < 1e-5 ? rounded.toString().replace("E+", "E") : rounded.toPlainString();
    }

    private static void axes(Chart<?, ?> chart, AxesChartStyler axes, AxesChartStyler fresh) {
        ifDefault(axes.getAxisTitleFont(), fresh.getAxisTitleFont(), () -> axes.setAxisTitleFont(plain(AXIS_TITLE_SIZE)));
        ifDefault(axes.getAxisTickLabelsFont(), fresh.getAxisTickLabelsFont(), () -> axes.setAxisTickLabelsFont(plain(TICK_SIZE)));
        ifDefault(axes.getPlotGridLinesColor(), fresh.getPlotGridLinesColor(), () -> axes.setPlotGridLinesColor(GRID));
        ifDefault(axes.getAxisTickMarksColor(), fresh.getAxisTickMarksColor(), () -> axes.setAxisTickMarksColor(FRAME));
        ifDefault(axes.getPlotGridLinesStroke(), fresh.getPlotGridLinesStroke(), () -> axes.setPlotGridLinesStroke(new BasicStroke(1f)));
        ifDefault(axes.getYAxisLabelAlignment(), fresh.getYAxisLabelAlignment(), () -> axes.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right));
        if (chart instanceof XYChart xy && !axes.isXAxisLogarithmic()) {
            anchorTicks(xy);
        }
        if (chart instanceof CategoryChart categories && axes.getXAxisTickMarkSpacingHint() == fresh.getXAxisTickMarkSpacingHint()) {
            spaceCategories(categories, axes);
        }
        if (chart instanceof XYChart xy) {
            wholeDecades(xy, axes);
        }
        boolean patterns = axes.getDecimalPattern() == null;
        if (patterns && axes.getYAxisDecimalPattern() == null && axes.getYAxisTickLabelsFormattingFunction() == null
                && (!axes.isYAxisLogarithmic() || axes.isYAxisLogarithmicDecadeOnly()) && allNumeric(chart, false)) {
            axes.setYAxisTickLabelsFormattingFunction(axes.isYAxisLogarithmic() ? HouseStyle::logTickLabel : HouseStyle::tickLabel);
        }
        if (chart instanceof XYChart && patterns && axes.getXAxisDecimalPattern() == null
                && axes.getXAxisTickLabelsFormattingFunction() == null
                && (!axes.isXAxisLogarithmic() || axes.isXAxisLogarithmicDecadeOnly()) && allNumeric(chart, true)) {
            axes.setXAxisTickLabelsFormattingFunction(axes.isXAxisLogarithmic() ? HouseStyle::logTickLabel : HouseStyle::tickLabel);
        }
    }

    /**
     * A tick label of a logarithmic axis labelled at its powers of ten (XChart's default; an axis that
     * also labels 2, 3, … 9 times them keeps XChart's labels, which it thins itself): a power of ten
     * from 0.001 to 1000 written out, beyond as 10 with a superscript exponent ({@code 10⁻⁶}, not
     * {@code 1E-6}); other values as {@link #tickLabel}.
     *
     * @param value the tick value
     * @return its label
     */
    public static String logTickLabel(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return tickLabel(value);
        }
        double exponent = Math.log10(value);
        long power = Math.round(exponent);
        if (Math.abs(exponent - power) > 1e-9 || Math.abs(power) <= 3) {
            return tickLabel(value);
        }
        StringBuilder label = new StringBuilder("10");
        for (char digit : Long.toString(power).toCharArray()) {
            label.append(digit == '-' ? '\u207B' : SUPERSCRIPTS.charAt(digit - '0'));
        }
        return label.toString();
    }

    /**
     * XChart labels a logarithmic axis at powers of ten only (unless told to label between them); when
     * the data span fewer than two of them, the axis (unless its author bounded it) is widened to the
     * enclosing powers of ten.
     */
    private static void wholeDecades(XYChart chart, AxesChartStyler axes) {
        if (axes.isXAxisLogarithmic() && axes.isXAxisLogarithmicDecadeOnly() && axes.getXAxisMin() == null && axes.getXAxisMax() == null) {
            double[] range = positiveRange(chart, true);
            if (range != null && labelledDecades(range) < 2) {
                axes.setXAxisMin(Math.pow(10, Math.floor(Math.log10(range[0]))));
                axes.setXAxisMax(Math.pow(10, Math.ceil(Math.log10(range[1]))));
            }
        }
        if (axes.isYAxisLogarithmic() && axes.isYAxisLogarithmicDecadeOnly() && axes.getYAxisMin() == null && axes.getYAxisMax() == null) {
            double[] range = positiveRange(chart, false);
            if (range != null && labelledDecades(range) < 2) {
                axes.setYAxisMin(Math.pow(10, Math.floor(Math.log10(range[0]))));
                axes.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(range[1]))));
            }
        }
    }

    /** How many powers of ten lie in [range[0], range[1]]. */
    static int labelledDecades(double[] range) {
        return (int) (Math.floor(Math.log10(range[1]) + 1e-9) - Math.ceil(Math.log10(range[0]) - 1e-9) + 1);
    }

    private static double[] positiveRange(XYChart chart, boolean xAxis) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (XYSeries series : chart.getSeriesCollection()) {
            for (double v : xAxis ? series.getXData() : series.getYData()) {
                if (v > 0 && Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return high > 0 ? new double[] {low, high} : null;
    }

    /**
     * XChart labels only every k-th category when a category is narrower than the x tick spacing hint
     * (74 px): the hint becomes the widest label plus half an em (more than the {@link ChartLayout#TICK_GAP}
     * the audit asks for), so that every label that fits is shown.
     */
    private static void spaceCategories(CategoryChart chart, AxesChartStyler axes) {
        double widest = 0;
        for (CategorySeries series : chart.getSeriesCollection()) {
            for (Object category : series.getXData()) {
                if (!(category instanceof String label)) {
                    return;
                }
                widest = Math.max(widest, width(label, axes.getAxisTickLabelsFont()));
            }
        }
        if (widest > 0) {
            axes.setXAxisTickMarkSpacingHint((int) Math.ceil(widest + CATEGORY_GAP * axes.getAxisTickLabelsFont().getSize2D()));
        }
    }

    private static void anchorTicks(XYChart chart) {
        if (chart.getSeries(TICK_ANCHOR) != null || !allNumeric(chart, true)) {
            return;
        }
        double[] xs = chart.getSeriesCollection().stream().flatMapToDouble(s -> Arrays.stream(s.getXData()))
                .distinct().toArray();
        if (!equallySpaced(xs)) {
            return;
        }
        for (XYSeries series : chart.getSeriesCollection()) {
            for (int i = 0; i < series.getXData().length; i++) {
                if (Double.isFinite(series.getYData()[i])) {
                    chart.addSeries(TICK_ANCHOR, new double[] {xs[0] + (xs[1] - xs[0]) / 2}, new double[] {series.getYData()[i]})
                            .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                            .setMarker(SeriesMarkers.NONE)
                            .setShowInLegend(false);
                    return;
                }
            }
        }
    }

    /** Whether consecutive values (in XChart's order: series by series, first occurrences) are equally spaced. */
    static boolean equallySpaced(double[] xs) {
        if (xs.length < 3 || !Arrays.stream(xs).allMatch(Double::isFinite)) {
            return false;
        }
        double gap = xs[1] - xs[0];
        double range = Arrays.stream(xs).max().getAsDouble() - Arrays.stream(xs).min().getAsDouble();
        for (int i = 2; i < xs.length; i++) {
            if (Math.abs(xs[i] - xs[i - 1] - gap) > 1e-4 * range) {
                return false;
            }
        }
        return gap != 0;
    }

    private static boolean allNumeric(Chart<?, ?> chart, boolean xAxis) {
        for (Series s : chart.getSeriesCollection()) {
            if (!(s instanceof AxesChartSeries a)
                    || (xAxis ? a.getxAxisDataType() : a.getyAxisDataType()) != Series.DataType.Number) {
                return false;
            }
        }
        return true;
    }

    private static void fitTitle(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        String title = chart.getTitle();
        if (title == null || title.isEmpty() || !styler.isChartTitleVisible()) {
            return;
        }
        for (int attempt = 0; attempt < FIT_ATTEMPTS; attempt++) {
            double overflow = titleOverflow(chart);
            Font font = styler.getChartTitleFont();
            if (Double.isNaN(overflow) || overflow <= ChartLayout.TOLERANCE || font.getSize2D() <= MIN_TITLE_SIZE) {
                return;
            }
            double titleWidth = width(title, font);
            double scale = (titleWidth - 2 * overflow - 2) / titleWidth;
            styler.setChartTitleFont(font.deriveFont((float) Math.max(MIN_TITLE_SIZE, font.getSize2D() * Math.min(scale, 0.97))));
        }
    }

    private static double titleOverflow(Chart<?, ?> chart) {
        for (TextRecorder.Text text : ChartLayout.record(chart)) {
            if (text.font() == chart.getStyler().getChartTitleFont()) {
                Rectangle2D box = text.bounds();
                return Math.max(Math.max(-box.getMinX(), box.getMaxX() - chart.getWidth()), 0);
            }
        }
        return Double.NaN;
    }

    private static void fitLegend(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        if (!styler.isLegendVisible() || chart.getSeriesCollection().isEmpty()
                || (legendProblems(chart) == 0 && !legendTooWide(chart))) {
            return;
        }
        Styler.LegendPosition position = styler.getLegendPosition();
        Styler.LegendLayout layout = styler.getLegendLayout();
        for (Styler.LegendLayout candidate : new Styler.LegendLayout[] {Styler.LegendLayout.Horizontal, Styler.LegendLayout.Vertical}) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(candidate);
            if (legendProblems(chart) == 0) {
                return;
            }
        }
        styler.setLegendPosition(position);
        styler.setLegendLayout(layout);
    }

    private static long legendProblems(Chart<?, ?> chart) {
        List<TextRecorder.Text> texts = ChartLayout.record(chart);
        return ChartLayout.problems(chart, texts).stream().filter(p -> p.contains("legend")).count();
    }

    private static boolean legendTooWide(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        double widest = 0;
        for (Series s : chart.getSeriesCollection()) {
            widest = Math.max(widest, width(s.getName(), styler.getLegendFont()));
        }
        return widest + styler.getLegendSeriesLineLength() + 3.0 * styler.getLegendPadding() > LEGEND_SHARE * chart.getWidth();
    }

    private static double width(String text, Font font) {
        return new TextLayout(text, font, FRC).getBounds().getWidth();
    }

    static Font plain(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }

    private static <T> void ifDefault(T current, T fresh, Runnable replace) {
        if (Objects.equals(current, fresh)) {
            replace.run();
        }
    }

    private static Styler defaults(Chart<?, ?> chart) {
        if (chart instanceof XYChart) {
            return new XYChartBuilder().build().getStyler();
        }
        if (chart instanceof CategoryChart) {
            return new CategoryChartBuilder().build().getStyler();
        }
        if (chart instanceof org.knowm.xchart.PieChart) {
            return new PieChartBuilder().build().getStyler();
        }
        return new XYChartBuilder().build().getStyler();
    }
}
