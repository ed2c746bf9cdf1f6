package org.brainj.analysis.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.BifurcationType;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Nullcline;
import org.brainj.api.analysis.Trajectory;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Plots of dynamics analyses, from the analyzers' {@link AnalysisResult}s (series names as the analyzers document
 * them): phase planes, one- and two-parameter bifurcation diagrams, fast–slow diagrams and eigenvalue spectra.
 * Stable means every eigenvalue has a negative real part; a fixed point with eigenvalues of both signs is drawn as a
 * saddle.
 */
public final class AnalysisPlots {

    /** Arrows per axis of the vector field. */
    static final int ARROWS = 21;

    private static final Color STABLE = new Color(0x1f77b4);
    private static final Color UNSTABLE = new Color(0xd62728);
    private static final Color SADDLE = new Color(0xff7f0e);
    private static final Color FIELD = new Color(0xb0b0b0);
    private static final Color[] NULLCLINE = {new Color(0x2ca02c), new Color(0x9467bd)};
    /** Trajectories: colours apart from the nullclines', the field's and the fixed points'. */
    private static final Color[] ORBIT = {new Color(0x8c564b), new Color(0x17becf), new Color(0xbcbd22),
        new Color(0xe377c2), new Color(0x7f7f7f)};

    private AnalysisPlots() {
    }

    /**
     * A phase plane: the vector field as arrows (normalised to the axes' ranges), both nullclines, the fixed points
     * by stability, trajectories and limit cycles (the last {@code cycle.period}-many trajectories).
     *
     * @param file      the PNG file
     * @param title     the chart's title
     * @param result    a {@code phase-plane-2d} result
     * @param variables the model's variables, in state order
     * @param x         the abscissa's variable
     * @param y         the ordinate's variable
     * @throws IOException when the file cannot be written
     */
    public static void phasePlane(Path file, String title, AnalysisResult result, List<String> variables, String x,
                                  String y) throws IOException {
        phasePlane(file, title, result, variables, x, y, false);
    }

    /**
     * A phase plane as {@link #phasePlane(Path, String, AnalysisResult, List, String, String)}, with the vector field
     * drawn as evenly spaced streamlines instead of arrows when asked.
     *
     * @param file        the PNG file
     * @param title       the chart's title
     * @param result      a {@code phase-plane-2d} result
     * @param variables   the model's variables, in state order
     * @param x           the abscissa's variable
     * @param y           the ordinate's variable
     * @param streamlines streamlines (true) or arrows (false)
     * @throws IOException when the file cannot be written
     */
    public static void phasePlane(Path file, String title, AnalysisResult result, List<String> variables, String x,
                                  String y, boolean streamlines) throws IOException {
        XYChart chart = Png.chart(title, x, y);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        double[] xs = result.series().get(x);
        double[] ys = result.series().get(y);
        double[] fx = result.series().get("d" + x + "/dt");
        double[] fy = result.series().get("d" + y + "/dt");
        if (xs != null && ys != null && fx != null && fy != null) {
            double[][] q = streamlines ? Streamlines.of(xs, ys, fx, fy) : quiver(xs, ys, fx, fy);
            chart.addSeries(streamlines ? "streamlines" : "vector field", q[0], q[1]).setMarker(SeriesMarkers.NONE).setLineColor(FIELD)
                    .setLineWidth(1f);
            chart.getStyler().setXAxisMin(xs[0]).setXAxisMax(xs[xs.length - 1]);
            chart.getStyler().setYAxisMin(ys[0]).setYAxisMax(ys[ys.length - 1]);
        }
        int k = 0;
        for (Nullcline n : result.nullclines()) {
            if (hasFinite(n.x())) {
                chart.addSeries(n.variable() + " nullcline", n.x(), n.y()).setMarker(SeriesMarkers.NONE)
                        .setLineColor(NULLCLINE[k % 2]).setLineWidth(2f);
            }
            k++;
        }
        int ix = variables.indexOf(x);
        int iy = variables.indexOf(y);
        double[] periods = result.series().getOrDefault("cycle.period", new double[0]);
        int firstCycle = result.trajectories().size() - periods.length;
        for (int t = 0; t < result.trajectories().size(); t++) {
            Trajectory tr = result.trajectories().get(t);
            boolean cycle = t >= firstCycle;
            String name = cycle ? String.format(java.util.Locale.ROOT, "limit cycle %d (T = %.4g ms)",
                    t - firstCycle + 1, periods[t - firstCycle]) : "trajectory " + (t + 1);
            XYSeries s = chart.addSeries(name, column(tr, ix), column(tr, iy));
            s.setMarker(SeriesMarkers.NONE);
            s.setLineWidth(cycle ? 2.5f : 1.5f);
            s.setLineColor(cycle ? Color.BLACK : ORBIT[t % ORBIT.length]);
        }
        fixedPoints(chart, result.fixedPoints(), ix, iy);
        Png.save(chart, file);
    }

    /**
     * A phase line: dx/dt against x with the fixed points by stability (where the curve crosses zero).
     *
     * @param file      the PNG file
     * @param title     the chart's title
     * @param result    a {@code phase-plane-1d} result
     * @param variables the model's variables, in state order
     * @param x         the analysed variable
     * @throws IOException when the file cannot be written
     */
    public static void phaseLine(Path file, String title, AnalysisResult result, List<String> variables, String x)
            throws IOException {
        XYChart chart = Png.chart(title, x, "d" + x + "/dt");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        double[] xs = result.series().get(x);
        double[] fs = result.series().get("d" + x + "/dt");
        chart.addSeries("d" + x + "/dt", xs, fs).setMarker(SeriesMarkers.NONE).setLineColor(Color.BLACK)
                .setLineWidth(2f);
        chart.addSeries("0", new double[] {xs[0], xs[xs.length - 1]}, new double[] {0, 0})
                .setMarker(SeriesMarkers.NONE).setLineColor(FIELD).setShowInLegend(false);
        int ix = variables.indexOf(x);
        Map<String, List<FixedPoint>> groups = new LinkedHashMap<>();
        for (FixedPoint fp : result.fixedPoints()) {
            groups.computeIfAbsent(fp.stability().label(), k -> new ArrayList<>()).add(fp);
        }
        for (Map.Entry<String, List<FixedPoint>> e : groups.entrySet()) {
            double[] px = new double[e.getValue().size()];
            for (int k = 0; k < px.length; k++) {
                px[k] = e.getValue().get(k).state()[ix];
            }
            XYSeries s = chart.addSeries(e.getKey(), px, new double[px.length]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color(kind(e.getValue().get(0))));
        }
        Png.save(chart, file);
    }

    /**
     * A one-parameter bifurcation diagram: each branch drawn solid where stable and dashed where unstable, the
     * located saddle-node and Hopf points marked, and the limit cycles' maxima and minima (series
     * {@code cycle.<parameter>}, {@code cycle.<variable>.max|min}).
     *
     * @param file       the PNG file
     * @param title      the chart's title
     * @param result     a {@code bifurcation-1d} result (or a fast–slow one, the slow variable as the parameter)
     * @param variables  the model's variables, in state order
     * @param parameters the model's parameters, in order (for the bifurcation points)
     * @param parameter  the swept parameter, on x
     * @param variable   the variable on y
     * @throws IOException when the file cannot be written
     */
    public static void bifurcation(Path file, String title, AnalysisResult result, List<String> variables,
                                   List<String> parameters, String parameter, String variable) throws IOException {
        XYChart chart = Png.chart(title, parameter, variable);
        branches(chart, result, parameter, variable);
        marks(chart, result.bifurcations(), parameters.indexOf(parameter), variables.indexOf(variable), -1);
        cycles(chart, result, parameter, variable);
        Png.save(chart, file);
    }

    /**
     * A two-parameter bifurcation diagram: the located saddle-node and Hopf points of every slice, which sample the
     * bifurcation curves in the parameter plane.
     *
     * @param file       the PNG file
     * @param title      the chart's title
     * @param result     a {@code bifurcation-2d} result
     * @param parameters the model's parameters, in order
     * @param first      the parameter on x
     * @param second     the parameter on y
     * @throws IOException when the file cannot be written
     */
    public static void bifurcation2D(Path file, String title, AnalysisResult result, List<String> parameters,
                                     String first, String second) throws IOException {
        XYChart chart = Png.chart(title, first, second);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisDecimalPattern("#.####").setYAxisDecimalPattern("#.####");
        int a = parameters.indexOf(first);
        int b = parameters.indexOf(second);
        boolean any = false;
        for (BifurcationType type : BifurcationType.values()) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (BifurcationPoint bp : result.bifurcations()) {
                if (bp.type() == type) {
                    px.add(bp.parameters()[a]);
                    py.add(bp.parameters()[b]);
                }
            }
            if (!px.isEmpty()) {
                chart.addSeries(label(type), unbox(px), unbox(py)).setMarker(type == BifurcationType.HOPF
                        ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
                any = true;
            }
        }
        if (!any) {
            chart.setTitle(title + " (no bifurcations found)");
            chart.addSeries("none", new double[] {0.0}, new double[] {0.0}).setMarker(SeriesMarkers.NONE);
        }
        Png.save(chart, file);
    }

    /**
     * A fast–slow diagram: the fast subsystem's fixed-point branches over the slow variable (as
     * {@link #bifurcation}, with its limit cycles' max/min when searched) with the full system's trajectories
     * overlaid.
     *
     * @param file      the PNG file
     * @param title     the chart's title
     * @param result    a {@code fast-slow-1d} or {@code fast-slow-2d} result with one slow variable
     * @param variables the model's variables, in state order
     * @param slow      the slow variable, on x
     * @param fast      the fast variable, on y
     * @throws IOException when the file cannot be written
     */
    public static void fastSlow(Path file, String title, AnalysisResult result, List<String> variables, String slow,
                                String fast) throws IOException {
        XYChart chart = Png.chart(title, slow, fast);
        branches(chart, result, slow, fast);
        marks(chart, result.bifurcations(), -1, variables.indexOf(fast), variables.indexOf(slow));
        cycles(chart, result, slow, fast);
        int is = variables.indexOf(slow);
        int ifast = variables.indexOf(fast);
        for (int t = 0; t < result.trajectories().size(); t++) {
            Trajectory tr = result.trajectories().get(t);
            chart.addSeries("trajectory " + (t + 1), column(tr, is), column(tr, ifast))
                    .setMarker(SeriesMarkers.NONE).setLineColor(Color.BLACK).setLineWidth(1f);
        }
        Png.save(chart, file);
    }

    /**
     * The eigenvalues of the fixed points' Jacobians in the complex plane, by stability of their point.
     *
     * @param file   the PNG file
     * @param title  the chart's title
     * @param points the fixed points
     * @throws IOException when the file cannot be written
     */
    public static void eigenvalues(Path file, String title, List<FixedPoint> points) throws IOException {
        XYChart chart = Png.chart(title, "Re λ", "Im λ");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        Map<String, List<double[]>> groups = new LinkedHashMap<>();
        for (FixedPoint fp : points) {
            String g = kind(fp);
            for (int i = 0; i < fp.eigenReal().length; i++) {
                groups.computeIfAbsent(g, key -> new ArrayList<>())
                        .add(new double[] {fp.eigenReal()[i], fp.eigenImag()[i]});
            }
        }
        for (Map.Entry<String, List<double[]>> e : groups.entrySet()) {
            double[] re = new double[e.getValue().size()];
            double[] im = new double[re.length];
            for (int i = 0; i < re.length; i++) {
                re[i] = e.getValue().get(i)[0];
                im[i] = e.getValue().get(i)[1];
            }
            chart.addSeries("of " + e.getKey() + " points", re, im).setMarker(SeriesMarkers.CIRCLE)
                    .setMarkerColor(color(e.getKey()));
        }
        if (groups.isEmpty()) {
            chart.setTitle(title + " (no fixed points)");
            chart.addSeries("none", new double[] {0.0}, new double[] {0.0}).setMarker(SeriesMarkers.NONE);
        }
        Png.save(chart, file);
    }

    // ---- pieces

    /** Arrows on an ARROWS × ARROWS subgrid, one polyline series with NaN breaks. */
    static double[][] quiver(double[] xs, double[] ys, double[] fx, double[] fy) {
        int res = xs.length;
        double wx = xs[res - 1] - xs[0];
        double wy = ys[ys.length - 1] - ys[0];
        int m = Math.min(ARROWS, res);
        double len = 0.7 / m;
        List<double[]> pts = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            int j = (int) Math.round((double) a * (ys.length - 1) / Math.max(m - 1, 1));
            for (int b = 0; b < m; b++) {
                int i = (int) Math.round((double) b * (res - 1) / Math.max(m - 1, 1));
                double u = fx[j * res + i] / wx;
                double v = fy[j * res + i] / wy;
                double norm = Math.hypot(u, v);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    continue;
                }
                u = u / norm * len;
                v = v / norm * len;
                double x0 = xs[i] - 0.5 * u * wx;
                double y0 = ys[j] - 0.5 * v * wy;
                double x1 = xs[i] + 0.5 * u * wx;
                double y1 = ys[j] + 0.5 * v * wy;
                // head: two barbs at ±25° back from the tip, a third of the shaft long
                double c = Math.cos(Math.toRadians(25));
                double s = Math.sin(Math.toRadians(25));
                double hu = -u / 3;
                double hv = -v / 3;
                pts.add(new double[] {x0, y0});
                pts.add(new double[] {x1, y1});
                pts.add(new double[] {x1 + (c * hu - s * hv) * wx, y1 + (s * hu + c * hv) * wy});
                pts.add(new double[] {Double.NaN, Double.NaN});
                pts.add(new double[] {x1, y1});
                pts.add(new double[] {x1 + (c * hu + s * hv) * wx, y1 + (-s * hu + c * hv) * wy});
                pts.add(new double[] {Double.NaN, Double.NaN});
            }
        }
        double[][] out = new double[2][pts.size()];
        for (int k = 0; k < pts.size(); k++) {
            out[0][k] = pts.get(k)[0];
            out[1][k] = pts.get(k)[1];
        }
        if (pts.isEmpty()) {
            out = new double[][] {{xs[0]}, {ys[0]}};
        }
        return out;
    }

    /** Branches split by stability into two polyline series with NaN breaks. */
    private static void branches(XYChart chart, AnalysisResult result, String parameter, String variable) {
        double[] branch = result.series().get("branch");
        double[] p = result.series().get(parameter);
        double[] v = result.series().get(variable);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        if (branch == null || p == null || v == null || p.length == 0) {
            chart.setTitle(chart.getTitle() + " (no fixed points found)");
            chart.addSeries("none", new double[] {0.0}, new double[] {0.0}).setMarker(SeriesMarkers.NONE);
            return;
        }
        List<FixedPoint> fps = result.fixedPoints();
        Line stable = new Line();
        Line unstable = new Line();
        for (int k = 0; k < p.length; k++) {
            boolean s = stable(fps.get(k));
            boolean newBranch = k == 0 || branch[k] != branch[k - 1];
            if (newBranch) {
                stable.pen(false);
                unstable.pen(false);
            }
            Line on = s ? stable : unstable;
            Line off = s ? unstable : stable;
            if (!newBranch && off.down && stable(fps.get(k - 1)) != s) {
                on.to(p[k - 1], v[k - 1]); // join the two styles where stability changes
            }
            off.pen(false);
            on.to(p[k], v[k]);
        }
        if (stable.size() > 0) {
            chart.addSeries("stable", stable.x(), stable.y()).setMarker(SeriesMarkers.NONE).setLineColor(STABLE)
                    .setLineWidth(2.5f);
        }
        if (unstable.size() > 0) {
            XYSeries s = chart.addSeries("unstable", unstable.x(), unstable.y());
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(UNSTABLE);
            s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
        }
    }

    /** Bifurcation markers; x from the parameter vector (xParam ≥ 0) or the state (xVar ≥ 0). */
    private static void marks(XYChart chart, List<BifurcationPoint> points, int xParam, int yVar, int xVar) {
        for (BifurcationType type : BifurcationType.values()) {
            List<Double> px = new ArrayList<>();
            List<Double> py = new ArrayList<>();
            for (BifurcationPoint b : points) {
                if (b.type() == type) {
                    px.add(xParam >= 0 ? b.parameters()[xParam] : b.state()[xVar]);
                    py.add(b.state()[yVar]);
                }
            }
            if (!px.isEmpty()) {
                XYSeries s = chart.addSeries(label(type), unbox(px), unbox(py));
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(type == BifurcationType.HOPF ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
                s.setMarkerColor(type == BifurcationType.HOPF ? Color.MAGENTA : Color.BLACK);
            }
        }
    }

    private static void cycles(XYChart chart, AnalysisResult result, String parameter, String variable) {
        double[] p = result.series().get("cycle." + parameter);
        double[] max = result.series().get("cycle." + variable + ".max");
        double[] min = result.series().get("cycle." + variable + ".min");
        if (p == null || max == null || min == null || p.length == 0) {
            return;
        }
        XYSeries hi = chart.addSeries("limit cycle max", p, max);
        hi.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        hi.setMarker(SeriesMarkers.TRIANGLE_UP).setMarkerColor(new Color(0x2ca02c));
        XYSeries lo = chart.addSeries("limit cycle min", p, min);
        lo.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        lo.setMarker(SeriesMarkers.TRIANGLE_DOWN).setMarkerColor(new Color(0x2ca02c));
    }

    private static void fixedPoints(XYChart chart, List<FixedPoint> points, int ix, int iy) {
        Map<String, List<FixedPoint>> groups = new LinkedHashMap<>();
        for (FixedPoint fp : points) {
            groups.computeIfAbsent(fp.stability().label(), k -> new ArrayList<>()).add(fp);
        }
        for (Map.Entry<String, List<FixedPoint>> e : groups.entrySet()) {
            double[] x = new double[e.getValue().size()];
            double[] y = new double[x.length];
            for (int k = 0; k < x.length; k++) {
                x[k] = e.getValue().get(k).state()[ix];
                y[k] = e.getValue().get(k).state()[iy];
            }
            XYSeries s = chart.addSeries(e.getKey(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            String kind = kind(e.getValue().get(0));
            s.setMarker(kind.equals("stable") ? SeriesMarkers.CIRCLE : kind.equals("saddle")
                    ? SeriesMarkers.DIAMOND : SeriesMarkers.SQUARE).setMarkerColor(color(kind));
        }
    }

    private static boolean stable(FixedPoint fp) {
        for (double r : fp.eigenReal()) {
            if (!(r < 0)) {
                return false;
            }
        }
        return true;
    }

    private static String kind(FixedPoint fp) {
        boolean pos = false;
        boolean neg = false;
        for (double r : fp.eigenReal()) {
            pos |= r > 0;
            neg |= r < 0;
        }
        return !pos ? "stable" : neg ? "saddle" : "unstable";
    }

    private static Color color(String kind) {
        return kind.equals("stable") ? STABLE : kind.equals("saddle") ? SADDLE : UNSTABLE;
    }

    private static String label(BifurcationType t) {
        return switch (t) {
            case SADDLE_NODE -> "saddle-node";
            case HOPF -> "Hopf";
            case BRANCH_POINT -> "branch point";
        };
    }

    /** Most points drawn of one trajectory: more than the plot has pixels along a curve, and XChart stays fast. */
    static final int MAX_ORBIT_POINTS = 5000;

    /** One variable of a trajectory, every k-th sample (and the last) when it has more than MAX_ORBIT_POINTS. */
    private static double[] column(Trajectory tr, int v) {
        int n = tr.times().length;
        int stride = (n + MAX_ORBIT_POINTS - 1) / MAX_ORBIT_POINTS;
        int m = (n - 1) / stride + 1 + ((n - 1) % stride == 0 ? 0 : 1);
        double[] out = new double[m];
        int k = 0;
        for (int s = 0; s < n; s += stride) {
            out[k++] = tr.states()[s * tr.width() + v];
        }
        if (k < m) {
            out[k] = tr.states()[(n - 1) * tr.width() + v];
        }
        return out;
    }

    private static boolean hasFinite(double[] a) {
        for (double v : a) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static double[] unbox(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** A polyline with pen-up breaks (NaN pairs), grown as points come. */
    private static final class Line {
        private double[] xs = new double[256];
        private double[] ys = new double[256];
        private int n;
        boolean down;

        void to(double x, double y) {
            add(x, y);
            down = true;
        }

        void pen(boolean keep) {
            if (down && !keep) {
                add(Double.NaN, Double.NaN);
            }
            down = keep && down;
        }

        private void add(double x, double y) {
            if (n == xs.length) {
                xs = java.util.Arrays.copyOf(xs, 2 * n);
                ys = java.util.Arrays.copyOf(ys, 2 * n);
            }
            xs[n] = x;
            ys[n++] = y;
        }

        int size() {
            return n;
        }

        double[] x() {
            return java.util.Arrays.copyOf(xs, n);
        }

        double[] y() {
            return java.util.Arrays.copyOf(ys, n);
        }
    }
}
