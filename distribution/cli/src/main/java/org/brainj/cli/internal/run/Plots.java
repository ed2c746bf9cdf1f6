package org.brainj.cli.internal.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.brainj.analysis.plot.ActivityPlots;
import org.brainj.analysis.plot.Png;

/**
 * PNG plots of a run: a spike raster (one colour per population, time on x, neurons stacked population by population
 * on y) and one trace plot per monitored variable.
 *
 * <p>Drawn by the analysis bundle's plots ({@link ActivityPlots}, XChart), the same that {@code brainj analyze} and
 * Java users draw with; this class only reads the run's CSV files and picks the points to draw.
 *
 * <p>The data are read back from the CSV files the run streamed to, so that a run of any length can be plotted in
 * bounded memory. Plots are capped so that reading and drawing stay within seconds: at most
 * {@value #MAX_RASTER_POINTS} raster points (a leading share of each population's neurons when there are more
 * spikes, said in the title) and {@value #MAX_TRACE_POINTS} points per trace (min/max per bucket, so spikes in a
 * voltage trace stay visible).
 */
final class Plots {

    static final int MAX_RASTER_POINTS = 200_000;
    /** Two points (min and max) per horizontal pixel: all a 1200-pixel plot can show, and fast to draw. */
    static final int MAX_TRACE_POINTS = 2 * 1200;
    static final int MAX_TRACE_COLUMNS = 10;
    private Plots() {
    }

    /** Must run before any AWT class initialises: the platform runs on servers and in terminals without a display. */
    static void headless() {
        Png.headless();
    }

    /**
     * Draws the raster from {@code spikes.csv} as {@link RecordingWriter} wrote it.
     *
     * @param file       the PNG file
     * @param spikesCsv  the run's {@code spikes.csv}
     * @param pops       the populations, in the order to stack them, with their sizes and spike counts
     * @param durationMs the simulated time [ms], the x range
     * @param title      the chart's title
     * @return the title drawn (saying so when the raster is subsampled)
     * @throws IOException when a file cannot be read or written
     */
    static String raster(Path file, Path spikesCsv, List<SpikeStatistics> pops, double durationMs, String title)
            throws IOException {
        headless();
        long total = 0;
        for (SpikeStatistics p : pops) {
            total += p.spikes();
        }
        // Too many points: show the same leading share of every population's neurons.
        double share = total <= MAX_RASTER_POINTS ? 1.0 : (double) MAX_RASTER_POINTS / total;
        Map<String, Series> series = new HashMap<>();
        Series[] ordered = new Series[pops.size()];
        int offset = 0;
        for (int k = 0; k < ordered.length; k++) {
            SpikeStatistics p = pops.get(k);
            int shown = share < 1.0 ? Math.max(1, (int) Math.ceil(p.size() * share)) : p.size();
            ordered[k] = new Series(offset, shown);
            series.putIfAbsent(p.population(), ordered[k]);
            offset += shown;
        }
        readSpikes(spikesCsv, series);
        String drawn = title + (share < 1.0
                ? String.format(Locale.ROOT, " (subsampled: first %.0f%% of each population's neurons, of %d spikes)",
                        share * 100, total) : "");
        List<String> names = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < ordered.length; k++) {
            Series sr = ordered[k];
            names.add(pops.get(k).population() + " (" + pops.get(k).spikes() + ")");
            times.add(Arrays.copyOf(sr.x, sr.n));
            rows.add(Arrays.copyOf(sr.y, sr.n));
        }
        boolean any = false;
        for (double[] t : times) {
            any |= t.length > 0;
        }
        ActivityPlots.raster(file, drawn, names, times, rows, durationMs, offset);
        return any ? drawn : drawn + " (no spikes)";
    }

    /** The raster points of one population: members below {@code shown}, stacked from {@code offset}. */
    private static final class Series {
        final int offset;
        final int shown;
        double[] x = new double[64];
        double[] y = new double[64];
        int n;

        Series(int offset, int shown) {
            this.offset = offset;
            this.shown = shown;
        }

        void add(double t, int index) {
            if (n == x.length) {
                x = Arrays.copyOf(x, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
            }
            x[n] = t;
            y[n++] = offset + index;
        }
    }

    /** Reads {@code population,index,time_ms} rows, keeping those of a listed population's shown members. */
    private static void readSpikes(Path csv, Map<String, Series> series) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                // From the right: a population's name is the rest, whatever it holds.
                int c2 = line.lastIndexOf(',');
                int c1 = c2 <= 0 ? -1 : line.lastIndexOf(',', c2 - 1);
                if (c1 < 0) {
                    continue;
                }
                Series sr = series.get(line.substring(0, c1));
                if (sr == null) {
                    continue;
                }
                int index = Integer.parseInt(line, c1 + 1, c2, 10);
                if (index >= 0 && index < sr.shown) {
                    sr.add(Double.parseDouble(line.substring(c2 + 1)), index);
                }
            }
        }
    }

    /**
     * Draws the first {@value #MAX_TRACE_COLUMNS} columns of a trace CSV as {@link RecordingWriter} wrote it.
     *
     * @param file   the PNG file
     * @param csv    the trace file: {@code time_ms} then one column per recorded member
     * @param rows   its data rows (for the decimation's buckets)
     * @param yTitle the y axis' title, e.g. {@code V [mV]}
     * @param title  the chart's title
     * @throws IOException when a file cannot be read or written
     */
    static void traces(Path file, Path csv, long rows, String yTitle, String title) throws IOException {
        headless();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            String[] names = header == null ? new String[0] : header.split(",", -1);
            int columns = Math.max(names.length - 1, 0);
            int shown = Math.min(columns, MAX_TRACE_COLUMNS);
            Decimator[] d = new Decimator[shown];
            for (int c = 0; c < shown; c++) {
                d[c] = new Decimator(rows, MAX_TRACE_POINTS);
            }
            String line;
            long read = 0;
            while (read < rows && (line = r.readLine()) != null) {
                int end = line.indexOf(',');
                double t = Double.parseDouble(end < 0 ? line : line.substring(0, end));
                for (int c = 0; c < shown; c++) {
                    int from = end + 1;
                    end = line.indexOf(',', from);
                    String cell = end < 0 ? line.substring(from) : line.substring(from, end);
                    d[c].add(t, cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
                }
                read++;
            }
            List<String> series = new ArrayList<>();
            List<double[]> xs = new ArrayList<>();
            List<double[]> ys = new ArrayList<>();
            for (int c = 0; c < shown; c++) {
                series.add(names[c + 1]);
                xs.add(d[c].x());
                ys.add(d[c].y());
            }
            ActivityPlots.traces(file, title + (shown < columns ? " (first " + shown + " of " + columns + ")" : ""),
                    yTitle, series, xs, ys);
        }
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
        Decimator d = new Decimator(values.length, max);
        for (double v : values) {
            d.add(0.0, v);
        }
        return d.indices();
    }

    /**
     * {@link #decimate} one sample at a time, for samples read from a file: knowing only how many will come, it
     * keeps the same samples as {@code decimate} over all of them, holding at most {@code max} points.
     */
    static final class Decimator {
        private final long n;
        private final int buckets;
        private final boolean all;
        private int[] index;
        private double[] x;
        private double[] y;
        private int kept;
        private long row;
        private int bucket;
        private long to;
        private long lo;
        private long hi;
        private double loX;
        private double loY;
        private double hiX;
        private double hiY;

        /**
         * @param n   the samples that will be added
         * @param max the most points wanted, &gt;= 2
         */
        Decimator(long n, int max) {
            this.n = n;
            this.all = n <= max;
            this.buckets = max / 2;
            int cap = (int) Math.min(all ? n : 2L * buckets, Integer.MAX_VALUE - 8);
            index = new int[Math.max(cap, 0)];
            x = new double[index.length];
            y = new double[index.length];
            to = all ? n : n / buckets;
        }

        /**
         * @param t the sample's time
         * @param v its value
         */
        void add(double t, double v) {
            long r = row++;
            if (r >= n) {
                return;
            }
            if (all) {
                keep(r, t, v);
                return;
            }
            long from = bucket * n / buckets;
            if (r == from) {
                lo = r;
                hi = r;
                loX = t;
                loY = v;
                hiX = t;
                hiY = v;
            } else {
                if (v < loY) {
                    lo = r;
                    loX = t;
                    loY = v;
                }
                if (v > hiY) {
                    hi = r;
                    hiX = t;
                    hiY = v;
                }
            }
            if (r == to - 1) {
                if (lo <= hi) {
                    keep(lo, loX, loY);
                    if (lo != hi) {
                        keep(hi, hiX, hiY);
                    }
                } else {
                    keep(hi, hiX, hiY);
                    keep(lo, loX, loY);
                }
                bucket++;
                to = (bucket + 1) * n / buckets;
            }
        }

        private void keep(long r, double t, double v) {
            index[kept] = (int) Math.min(r, Integer.MAX_VALUE);
            x[kept] = t;
            y[kept++] = v;
        }

        /** @return the kept samples' numbers, ascending */
        int[] indices() {
            return Arrays.copyOf(index, kept);
        }

        /** @return the kept samples' times */
        double[] x() {
            return Arrays.copyOf(x, kept);
        }

        /** @return the kept samples' values */
        double[] y() {
            return Arrays.copyOf(y, kept);
        }
    }
}
