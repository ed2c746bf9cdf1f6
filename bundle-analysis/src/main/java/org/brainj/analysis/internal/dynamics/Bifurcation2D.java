package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code Bifurcation2D}: fixed points and codimension-one bifurcations over two parameters. One parameter
 * is <em>continued</em>: at each of {@code resolution} equally spaced values of the other (the <em>sliced</em> one),
 * {@link Bifurcation1D} traces every fixed-point branch in the continued parameter by pseudo-arclength continuation
 * and locates and refines its saddle-node (det J = 0 with a fold) and Hopf (a complex pair on the imaginary axis)
 * points. The located points of all slices sample the saddle-node and Hopf curves in the parameter plane.
 *
 * <p>The continued parameter is the one named by {@link #analyze(AnalyzableModel, AnalysisRequest, String)}, else the
 * swept parameter that comes first in the model's parameter order.
 *
 * <p>Result: {@code fixedPoints} and {@code bifurcations} of every slice (each with the full parameter vector);
 * series as {@link Bifurcation1D}'s ({@code branch} numbered across slices, {@code <continued>}, one per analysed
 * variable, the limit-cycle series {@code cycle.*} when {@code cycle_samples} &gt; 0) plus {@code <sliced>}, aligned
 * the same way. Options: {@link Bifurcation1D}'s.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + Bifurcation2D.RANKING)
public final class Bifurcation2D extends AnalyzerProvider {

    static final String NAME = "bifurcation-2d";

    private final Bifurcation1D slice = new Bifurcation1D();

    /** Creates the analyzer; it holds no state. */
    public Bifurcation2D() {
        super(NAME, "fixed points and saddle-node / Hopf points over two parameters (curves in the parameter plane)");
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        String first = null;
        for (String p : model.parameters()) {
            if (first == null && request.sweep().containsKey(p)) {
                first = p;
            }
        }
        return analyze(model, request, first);
    }

    /**
     * @param model     the model
     * @param request   exactly two swept parameters
     * @param continued the swept parameter to continue in; the other is sliced
     * @return fixed points, bifurcations and series of all slices
     */
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request, String continued) {
        if (request.sweep().size() != 2) {
            throw new ParameterException("sweep", request.sweep().keySet().toString(),
                    NAME + " needs exactly 2 swept parameters");
        }
        for (String p : request.sweep().keySet()) {
            if (!model.parameters().contains(p)) {
                throw new ParameterException(p, "sweep", "not a parameter of the model; known: " + model.parameters());
            }
        }
        if (continued == null || !request.sweep().containsKey(continued)) {
            throw new ParameterException("continued", String.valueOf(continued),
                    "must be one of the swept parameters " + new TreeSet<>(request.sweep().keySet()));
        }
        String sliced = null;
        for (String p : request.sweep().keySet()) {
            if (!p.equals(continued)) {
                sliced = p;
            }
        }
        Interval range = request.sweep().get(sliced);
        double[] values = Roots.grid(range.lo(), range.hi(), request.resolution());
        List<FixedPoint> points = new ArrayList<>();
        List<BifurcationPoint> bifurcations = new ArrayList<>();
        Map<String, List<double[]>> parts = new LinkedHashMap<>();
        double branchBase = 0;
        for (double value : values) {
            AnalysisRequest one = new AnalysisRequest(request.variables(),
                    Map.of(continued, request.sweep().get(continued)), request.fixed().with(sliced, value),
                    request.resolution(), request.options());
            AnalysisResult r = slice.analyze(model, one);
            points.addAll(r.fixedPoints());
            bifurcations.addAll(r.bifurcations());
            double[] branch = r.series().get("branch").clone();
            double most = -1;
            for (int i = 0; i < branch.length; i++) {
                most = Math.max(most, branch[i]);
                branch[i] += branchBase;
            }
            branchBase += most + 1;
            for (Map.Entry<String, double[]> e : r.series().entrySet()) {
                double[] v = e.getKey().equals("branch") ? branch : e.getValue();
                parts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(v);
            }
            parts.computeIfAbsent(sliced, k -> new ArrayList<>()).add(filled(r.fixedPoints().size(), value));
            double[] cycleP = r.series().get(Bifurcation1D.CYCLE + continued);
            if (cycleP != null) {
                parts.computeIfAbsent(Bifurcation1D.CYCLE + sliced, k -> new ArrayList<>())
                        .add(filled(cycleP.length, value));
            }
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        for (Map.Entry<String, List<double[]>> e : parts.entrySet()) {
            series.put(e.getKey(), concat(e.getValue()));
        }
        return new AnalysisResult(points, List.of(), bifurcations, List.of(), List.of(), series);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    private static double[] concat(List<double[]> parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
