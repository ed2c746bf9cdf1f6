package org.brainj.analysis.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Chart creation and PNG output shared by the plots. XChart ships SVG/PDF output only through extra libraries
 * (VectorGraphics2D) that the platform does not deploy, so plots are PNG.
 */
public final class Png {

    /** Default size in pixels. */
    public static final int WIDTH = 1200;
    /** Default size in pixels. */
    public static final int HEIGHT = 700;

    private Png() {
    }

    /**
     * Must run before any AWT class initialises: the platform runs on servers and in terminals without a display.
     * Every plot method calls it first.
     */
    public static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * @param title  the chart's title
     * @param xTitle x axis title
     * @param yTitle y axis title
     * @return a line chart of the default size, legend outside on the right
     */
    public static XYChart chart(String title, String xTitle, String yTitle) {
        headless();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisMaxLabelCount(12);
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
        return chart;
    }

    /**
     * Writes the chart as PNG, or as SVG when the file name ends in {@code .svg} (XChart's vector encoder, through
     * VectorGraphics2D).
     *
     * @param chart the chart
     * @param file  the file, replaced
     * @throws IOException when it cannot be written
     */
    public static void save(XYChart chart, Path file) throws IOException {
        headless();
        try (OutputStream os = Files.newOutputStream(file)) {
            if (file.getFileName().toString().endsWith(".svg")) {
                VectorGraphicsEncoder.saveVectorGraphic(chart, os, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            } else {
                BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
            }
        }
    }
}
