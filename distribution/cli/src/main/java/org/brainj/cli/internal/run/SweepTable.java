package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * The table of a sweep, {@code sweep.csv}: one row per point (parameters, seed, each population's rate and ISI CV,
 * spikes, run time, failure), in point order whichever process or thread ran it; the one-row files of
 * {@code --sweep-index} runs; and the heat map of a two-axis grid.
 */
final class SweepTable {

    /** File name of the table. */
    static final String TABLE = "sweep.csv";
    /** File name of the heat map. */
    static final String HEAT_MAP = "sweep.png";
    /** Column of the run time, the one value that differs between two runs of the same point. */
    static final String RUN_SECONDS = "run_s";

    private SweepTable() {
    }

    /**
     * One point's results.
     *
     * @param point   the point's number
     * @param columns the column names
     * @param values  the values, as written
     */
    record Row(int point, List<String> columns, List<String> values) {

        /** Copies the lists. */
        Row {
            columns = List.copyOf(columns);
            values = List.copyOf(values);
        }

        /** @return header line and value line, for a point file or an exchange between ranks */
        String text() {
            return line(columns) + "\n" + line(values) + "\n";
        }

        /**
         * @param text what {@link #text()} wrote
         * @return the row
         */
        static Row parse(String text) {
            String[] lines = text.split("\n");
            if (lines.length < 2) {
                throw new IllegalArgumentException("a sweep point needs a header and a row, got: " + text);
            }
            List<String> columns = cells(lines[0]);
            List<String> values = cells(lines[1]);
            return new Row(Integer.parseInt(values.get(0)), columns, values);
        }

        /**
         * @param column a column name
         * @return its value, or null without such a column
         */
        String value(String column) {
            int k = columns.indexOf(column);
            return k < 0 ? null : values.get(k);
        }
    }

    /**
     * @param point   its number
     * @param params  parameter values by axis name
     * @param seed    the seed
     * @param stats   each population's statistics
     * @param seconds run time
     * @param failure the failure's message, or null
     * @return the row
     */
    static Row row(int point, Map<String, Double> params, long seed, List<SpikeStatistics> stats, double seconds,
                   String failure) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        columns.add("point");
        values.add(Integer.toString(point));
        for (Map.Entry<String, Double> e : params.entrySet()) {
            columns.add(e.getKey());
            values.add(RunCommand.num(e.getValue()));
        }
        columns.add("seed");
        values.add(Long.toString(seed));
        long spikes = 0;
        for (SpikeStatistics s : stats) {
            columns.add(s.population() + "_rate_hz");
            values.add(Double.toString(s.rateHz()));
            columns.add(s.population() + "_cv_isi");
            values.add(Double.isNaN(s.cvIsi()) ? "" : Double.toString(s.cvIsi()));
            spikes += s.spikes();
        }
        columns.add("spikes");
        values.add(Long.toString(spikes));
        columns.add(RUN_SECONDS);
        values.add(String.format(Locale.ROOT, "%.4f", seconds));
        columns.add("failure");
        values.add(failure == null ? "" : failure);
        return new Row(point, columns, values);
    }

    /**
     * Writes the table, rows in point order; the header is the first row's (all points of one model share it).
     *
     * @param file the file
     * @param rows the rows
     * @throws IOException if it cannot be written
     */
    static void write(Path file, List<Row> rows) throws IOException {
        TreeMap<Integer, Row> sorted = new TreeMap<>();
        for (Row r : rows) {
            sorted.put(r.point(), r);
        }
        // A point that failed before it ran has no population columns: the widest header is the table's.
        List<String> header = List.of();
        for (Row r : sorted.values()) {
            if (r.columns().size() > header.size()) {
                header = r.columns();
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(line(header));
            w.write('\n');
            for (Row r : sorted.values()) {
                List<String> cells = new ArrayList<>();
                for (String c : header) {
                    String v = r.value(c);
                    cells.add(v == null ? "" : v);
                }
                w.write(line(cells));
                w.write('\n');
            }
        }
    }

    /**
     * @param file a point's file or a table
     * @return its rows
     * @throws IOException if it cannot be read
     */
    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = cells(lines.get(0));
        for (int k = 1; k < lines.size(); k++) {
            if (!lines.get(k).isEmpty()) {
                List<String> values = cells(lines.get(k));
                rows.add(new Row(Integer.parseInt(values.get(0)), header, values));
            }
        }
        return rows;
    }

    /**
     * Draws the first population's rate over a two-axis grid, averaged over seeds.
     *
     * @param file  the PNG
     * @param grid  the grid, with exactly two axes
     * @param rows  the rows
     * @param title the chart's title
     * @throws IOException if it cannot be written
     */
    static void heatMap(Path file, SweepGrid grid, List<Row> rows, String title) throws IOException {
        SweepGrid.Axis x = grid.axes().get(1);
        SweepGrid.Axis y = grid.axes().get(0);
        String rate = null;
        for (String c : rows.get(0).columns()) {
            if (c.endsWith("_rate_hz")) {
                rate = c;
                break;
            }
        }
        if (rate == null) {
            return;
        }
        double[][] sum = new double[x.values().length][y.values().length];
        int[][] n = new int[x.values().length][y.values().length];
        for (Row r : rows) {
            String v = r.value(rate);
            if (v == null || v.isEmpty() || !r.value("failure").isEmpty()) {
                continue;
            }
            int cell = r.point() / grid.seeds();
            int i = cell % x.values().length;
            int j = cell / x.values().length;
            sum[i][j] += Double.parseDouble(v);
            n[i][j]++;
        }
        List<Number[]> heat = new ArrayList<>();
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum[i].length; j++) {
                if (n[i][j] > 0) {
                    // Two decimals: the cells print their values.
                    heat.add(new Number[] {i, j, Math.round(100 * sum[i][j] / n[i][j]) / 100.0});
                }
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(900).height(700).title(title + " (" + rate + ")")
                .xAxisTitle(x.name()).yAxisTitle(y.name()).build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setPlotContentSize(1.0);
        chart.addSeries(rate, labels(x.values()), labels(y.values()), heat);
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static List<String> labels(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(RunCommand.num(v));
        }
        return out;
    }

    /** @return the cells joined by commas, quoted where they hold a comma, quote or line break */
    static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                b.append(',');
            }
            String c = cells.get(k).replace('\n', ' ').replace('\r', ' ');
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** @return the cells of a line written by {@link #line} */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    cell.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /**
     * @param rows rows
     * @return each row's values without the run time, by point: what two sweeps of the same grid must agree on
     */
    static Map<Integer, List<String>> comparable(List<Row> rows) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Row r : rows) {
            List<String> v = new ArrayList<>(r.values());
            int k = r.columns().indexOf(RUN_SECONDS);
            if (k >= 0) {
                v.remove(k);
            }
            out.put(r.point(), v);
        }
        return new LinkedHashMap<>(out);
    }
}
