package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.brainj.api.run.RunResult;
import org.brainj.api.run.SpikeRecord;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG plots of a run: a spike raster (one colour per population, time on x, neurons stacked population by population
 * on y) and one trace plot per monitored variable.
 *
 * <p>Drawn with XChart, a maintained plotting library, rather than by hand with Java2D: axes with readable tick
 * values, legends, colour cycles and anti-aliasing are what a hand-written plotter gets wrong or spends hundreds of
 * lines on, and the plots are checked by people, not by tests. XChart needs nothing but the JDK's java.desktop for
 * PNG; its PDF/SVG/GIF libraries are not shipped (see {@code distribution/lib-xchart}).
 *
 * <p>Plots are capped so that drawing stays within seconds: at most {@value #MAX_RASTER_POINTS} raster points (a
 * leading share of each population's neurons when there are more spikes) and {@value #MAX_TRACE_POINTS} points per
 * trace (min/max per bucket, so spikes in a voltage trace stay visible).
 */
final class Plots {

    static final int MAX_RASTER_POINTS = 300_000;
    /** Two points (min and max) per horizontal pixel: all a 1200-pixel plot can show, and fast to draw. */
    static final int MAX_TRACE_POINTS = 2 * 1200;
    static final int MAX_TRACE_COLUMNS = 10;
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 700;

    private Plots() {
    }

    /** Must run before any AWT class initialises: the platform runs on servers and in terminals without a display. */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * @param file       the PNG file
     * @param result     the run's result
     * @param durationMs the simulated time [ms], the x range
     * @param title      the chart's title
     * @throws IOException when the file cannot be written
     */
    static void raster(Path file, RunResult result, double durationMs, String title) throws IOException {
        headless();
        long total = 0;
        long members = 0;
        for (String pop : result.spikePopulations()) {
            SpikeRecord r = result.spikes(pop);
            total += r.count();
            members += r.size();
        }
        // Too many points: show the same leading share of every population's neurons.
        double share = total <= MAX_RASTER_POINTS ? 1.0 : (double) MAX_RASTER_POINTS / total;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title + (share < 1.0
                ? String.format(Locale.ROOT, " (first %.0f%% of each population's neurons)", share * 100) : ""))
                .xAxisTitle("time [ms]").yAxisTitle("neuron").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(members > 2000 ? 2 : 3);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(durationMs);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setXAxisMaxLabelCount(12);
        chart.getStyler().setYAxisTickMarkSpacingHint(60);
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
        int offset = 0;
        boolean any = false;
        for (String pop : result.spikePopulations()) {
            SpikeRecord r = result.spikes(pop);
            int shown = share < 1.0 ? Math.max(1, (int) Math.ceil(r.size() * share)) : r.size();
            int n = 0;
            int[] idx = r.indices();
            for (int i : idx) {
                n += i < shown ? 1 : 0;
            }
            double[] x = new double[n];
            double[] y = new double[n];
            double[] t = r.times();
            for (int k = 0, j = 0; k < idx.length; k++) {
                if (idx[k] < shown) {
                    x[j] = t[k];
                    y[j++] = offset + idx[k];
                }
            }
            if (n > 0) {
                chart.addSeries(pop + " (" + r.count() + ")", x, y).setMarker(SeriesMarkers.SQUARE);
                any = true;
            }
            offset += shown;
        }
        if (!any) {
            // XChart cannot draw an empty chart; an invisible point keeps the axes and says "no spikes".
            chart.setTitle(title + " (no spikes)");
            chart.addSeries("no spikes", new double[] {0.0}, new double[] {0.0}).setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax((double) Math.max(offset, 1));
        save(chart, file);
    }

    /**
     * @param file  the PNG file
     * @param group the traces of one variable
     * @param title the chart's title
     * @throws IOException when the file cannot be written
     */
    static void traces(Path file, TraceGroup group, String title) throws IOException {
        headless();
        List<String> columns = group.columns();
        int shown = Math.min(columns.size(), MAX_TRACE_COLUMNS);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title + (shown < columns.size() ? " (first " + shown + " of " + columns.size() + ")" : ""))
                .xAxisTitle("time [ms]").yAxisTitle(group.name() + " [" + group.unit() + "]").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setXAxisMaxLabelCount(12);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
        double[] times = group.times();
        for (int c = 0; c < shown; c++) {
            double[] v = group.column(c);
            int[] keep = decimate(v, MAX_TRACE_POINTS);
            double[] x = new double[keep.length];
            double[] y = new double[keep.length];
            for (int k = 0; k < keep.length; k++) {
                x[k] = times[keep[k]];
                y[k] = v[keep[k]];
            }
            if (x.length == 0) {
                x = new double[] {0.0};
                y = new double[] {0.0};
            }
            chart.addSeries(columns.get(c), x, y).setMarker(SeriesMarkers.NONE);
        }
        save(chart, file);
    }

    /**
     * Picks at most about {@code max} samples to draw: all of them when few, else the minimum and the maximum of each
     * of {@code max / 2} equal buckets, in time order, so short excursions (spikes) survive.
     *
     * @param values the samples
     * @param max    the most points wanted, &gt;= 2
     * @return the indices to draw, ascending
     */
    static int[] decimate(double[] values, int max) {
        int n = values.length;
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int buckets = max / 2;
        int[] out = new int[2 * buckets];
        int m = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int lo = from;
            int hi = from;
            for (int i = from + 1; i < to; i++) {
                if (values[i] < values[lo]) {
                    lo = i;
                }
                if (values[i] > values[hi]) {
                    hi = i;
                }
            }
            out[m++] = Math.min(lo, hi);
            if (lo != hi) {
                out[m++] = Math.max(lo, hi);
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    private static void save(XYChart chart, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
        }
    }
}
