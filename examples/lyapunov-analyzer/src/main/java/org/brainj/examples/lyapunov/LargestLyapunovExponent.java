package org.brainj.examples.lyapunov;

import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.Interval;
import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * The largest Lyapunov exponent of a model's flow by Benettin's two-trajectory method (G. Benettin et al., Meccanica
 * 15, 1980): a reference and a neighbour at distance d0 are integrated together with classical RK4; every
 * {@code renorm} steps the log of their distance growth is accumulated and the neighbour is pulled back to d0.
 * λ &lt; 0 means a stable fixed point, λ ≈ 0 a limit cycle, λ &gt; 0 chaos. Time in the model's unit (ms), so λ is
 * per ms.
 *
 * <p>Request: the analysed variables with their ranges (the start is each range's midpoint); {@code fixed} sets
 * parameters (the others take the model's defaults); options {@code duration} (default 2000), {@code dt} (0.01),
 * {@code transient} (time skipped before measuring, default 200), {@code renorm} (10 steps), {@code d0} (1e-8).
 * Result: {@code series} "lambda_max" (one value) and "lambda_running" (the estimate at each renormalisation).
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=0")
public final class LargestLyapunovExponent implements Analyzer {

    /** The analyzer's name. */
    public static final String NAME = "lyapunov-max";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "largest Lyapunov exponent of the flow (Benettin's method, RK4)";
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        List<String> vars = model.variables();
        int n = vars.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            Interval r = request.variables().get(vars.get(i));
            if (r == null) {
                throw new ParameterException("variables", vars.get(i), "a range for every model variable " + vars);
            }
            x[i] = 0.5 * (r.lo() + r.hi());
        }
        double[] p = model.defaultParameters().clone();
        List<String> names = model.parameters();
        for (Map.Entry<String, Double> e : request.fixed().asMap().entrySet()) {
            int k = names.indexOf(e.getKey());
            if (k < 0) {
                throw new ParameterException(e.getKey(), String.valueOf(e.getValue()), "one of " + names);
            }
            p[k] = e.getValue();
        }
        Map<String, Double> o = request.options().asMap();
        double duration = positive(o, "duration", 2000);
        double dt = positive(o, "dt", 0.01);
        double warmup = o.getOrDefault("transient", 200.0);
        int renorm = (int) positive(o, "renorm", 10);
        double d0 = positive(o, "d0", 1e-8);

        Rk4 rk = new Rk4(model, p, n);
        long skip = Math.round(warmup / dt);
        for (long s = 0; s < skip; s++) {
            rk.step(x, dt);
        }
        double[] y = x.clone();
        y[0] += d0;
        long steps = Math.round(duration / dt);
        int checks = (int) (steps / renorm);
        double[] running = new double[checks];
        double sum = 0;
        for (int c = 0; c < checks; c++) {
            for (int s = 0; s < renorm; s++) {
                rk.step(x, dt);
                rk.step(y, dt);
            }
            double d = 0;
            for (int i = 0; i < n; i++) {
                d += (y[i] - x[i]) * (y[i] - x[i]);
            }
            d = Math.sqrt(d);
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new ParameterException("trajectory", "t = " + (warmup + (c + 1) * renorm * dt) + " ms",
                        "finite and distinct: the flow diverged or the neighbour collapsed (smaller dt, larger d0)");
            }
            sum += Math.log(d / d0);
            for (int i = 0; i < n; i++) {
                y[i] = x[i] + (y[i] - x[i]) * d0 / d;
            }
            running[c] = sum / ((c + 1) * renorm * dt);
        }
        double lambda = checks == 0 ? Double.NaN : running[checks - 1];
        return new AnalysisResult(List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of("lambda_max", new double[] {lambda}, "lambda_running", running));
    }

    private static double positive(Map<String, Double> o, String key, double fallback) {
        double v = o.getOrDefault(key, fallback);
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new ParameterException(key, String.valueOf(v), "must be > 0 and finite");
        }
        return v;
    }

    /** Classical fourth-order Runge–Kutta with its stage buffers allocated once. */
    private static final class Rk4 {
        private final AnalyzableModel model;
        private final double[] p;
        private final double[] k1;
        private final double[] k2;
        private final double[] k3;
        private final double[] k4;
        private final double[] tmp;

        Rk4(AnalyzableModel model, double[] p, int n) {
            this.model = model;
            this.p = p;
            k1 = new double[n];
            k2 = new double[n];
            k3 = new double[n];
            k4 = new double[n];
            tmp = new double[n];
        }

        void step(double[] x, double dt) {
            int n = x.length;
            model.derivatives(x, p, k1);
            for (int i = 0; i < n; i++) {
                tmp[i] = x[i] + 0.5 * dt * k1[i];
            }
            model.derivatives(tmp, p, k2);
            for (int i = 0; i < n; i++) {
                tmp[i] = x[i] + 0.5 * dt * k2[i];
            }
            model.derivatives(tmp, p, k3);
            for (int i = 0; i < n; i++) {
                tmp[i] = x[i] + dt * k3[i];
            }
            model.derivatives(tmp, p, k4);
            for (int i = 0; i < n; i++) {
                x[i] += dt / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
    }
}
