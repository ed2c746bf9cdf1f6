package org.brainj.trainers.internal.command;

import java.io.IOException;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The learning curve of {@code brainj train} as a PNG: training loss per epoch, on a logarithmic axis when every
 * value is positive. Drawn with XChart (shipped as lib-xchart); this class is the only one that touches it, so the
 * command still runs, without the plot, where XChart is missing.
 */
final class LearningCurvePlot {

    private LearningCurvePlot() {
    }

    /** Must run before any AWT class initialises: training runs on servers without a display. */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * @param file    the PNG file (".png" added by XChart when missing)
     * @param task    the task, for the title
     * @param loss    training loss per epoch
     * @param metrics the test metrics, for the title
     * @throws IOException when the file cannot be written
     */
    static void draw(Path file, String task, double[] loss, String metrics) throws IOException {
        headless();
        double[] epochs = new double[loss.length];
        boolean positive = true;
        for (int e = 0; e < loss.length; e++) {
            epochs[e] = e + 1;
            positive &= loss[e] > 0.0 && Double.isFinite(loss[e]);
        }
        XYChart chart = new XYChartBuilder().width(900).height(600)
                .title("brainj train " + task + (metrics.isEmpty() ? "" : " (" + metrics + ")"))
                .xAxisTitle("epoch").yAxisTitle("training loss").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisLogarithmic(positive);
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.addSeries("train loss", epochs, loss).setMarker(SeriesMarkers.CIRCLE);
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
