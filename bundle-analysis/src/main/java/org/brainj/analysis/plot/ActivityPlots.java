package org.brainj.analysis.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Plots of recorded activity: spike rasters, population firing rates and state traces. */
public final class ActivityPlots {

    private ActivityPlots() {
    }

    /**
     * A spike raster: time on x, neurons stacked population by population on y, one colour per population.
     *
     * @param file       the PNG file
     * @param title      the chart's title
     * @param names      one legend entry per population (e.g. {@code E (1234)})
     * @param times      per population, the spike times [ms]
     * @param rows       per population, the raster row of each spike (neuron index plus the population's offset)
     * @param durationMs the x range's end [ms]
     * @param neurons    the y range's end (rows stacked)
     * @throws IOException when the file cannot be written
     */
    public static void raster(Path file, String title, List<String> names, List<double[]> times, List<double[]> rows,
                              double durationMs, int neurons) throws IOException {
        XYChart chart = Png.chart(title, "time [ms]", "neuron");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(neurons > 2000 ? 2 : 3);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(durationMs);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setYAxisTickMarkSpacingHint(60);
        boolean any = false;
        for (int k = 0; k < names.size(); k++) {
            if (times.get(k).length > 0) {
                chart.addSeries(names.get(k), times.get(k), rows.get(k)).setMarker(SeriesMarkers.SQUARE);
                any = true;
            }
        }
        if (!any) {
            // XChart cannot draw an empty chart; an invisible point keeps the axes and says "no spikes".
            chart.setTitle(title + " (no spikes)");
            chart.addSeries("no spikes", new double[] {0.0}, new double[] {0.0}).setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setYAxisMin(0.0).setYAxisMax((double) Math.max(neurons, 1));
        Png.save(chart, file);
    }

    /**
     * Line traces against time (state variables, currents, rates).
     *
     * @param file   the PNG file
     * @param title  the chart's title
     * @param yTitle the y axis' title with its unit, e.g. {@code V [mV]}
     * @param names  one legend entry per trace
     * @param xs     per trace, the times [ms]
     * @param ys     per trace, the values
     * @throws IOException when the file cannot be written
     */
    public static void traces(Path file, String title, String yTitle, List<String> names, List<double[]> xs,
                              List<double[]> ys) throws IOException {
        XYChart chart = Png.chart(title, "time [ms]", yTitle);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        for (int c = 0; c < names.size(); c++) {
            double[] x = xs.get(c);
            double[] y = ys.get(c);
            if (x.length == 0) {
                x = new double[] {0.0};
                y = new double[] {0.0};
            }
            chart.addSeries(names.get(c), x, y).setMarker(SeriesMarkers.NONE);
        }
        if (names.isEmpty()) {
            chart.addSeries("no columns", new double[] {0.0}, new double[] {0.0}).setMarker(SeriesMarkers.NONE);
        }
        Png.save(chart, file);
    }

    /**
     * A population firing-rate trace.
     *
     * @param file       the PNG file
     * @param title      the chart's title
     * @param population the population's name (the legend)
     * @param times      bin or step times [ms]
     * @param rateHz     the rate [Hz]
     * @throws IOException when the file cannot be written
     */
    public static void populationRate(Path file, String title, String population, double[] times, double[] rateHz)
            throws IOException {
        traces(file, title, "rate [Hz]", List.of(population), List.of(times), List.of(rateHz));
    }
}
