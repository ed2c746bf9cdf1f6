package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Interval;
import org.brainj.api.core.ParameterException;

/**
 * The part of an {@link AnalyzableModel} an analyzer works on: the analysed variables (in the model's variable
 * order), the other variables held at their fixed values, the parameter vector (defaults overridden by the request's
 * fixed values) and at most one swept parameter.
 *
 * <p>Holds scratch arrays, so one instance serves one {@code analyze} call on one thread.
 */
final class Subsystem {

    /** Relative step of central differences: ≈ ∛ε balances truncation O(h²) against round-off O(ε/h). */
    private static final double FD_STEP = 6e-6;

    final AnalyzableModel model;
    /** Number of analysed variables. */
    final int n;
    /** Model indices of the analysed variables. */
    final int[] index;
    final String[] names;
    final double[] lo;
    final double[] hi;
    final double[] width;
    /** The full parameter vector; the swept entry is set by {@link #setSweep}. */
    final double[] params;
    /** Index of the swept parameter, -1 when none. */
    final int sweepIndex;
    final String sweepName;
    final double sweepLo;
    final double sweepHi;

    private final int total;
    private final double[] full;
    private final double[] fullOut;
    private final double[] fullJac;
    private final double[] up;
    private final double[] fp;
    private final double[] fm;
    private boolean analytic = true;

    private Subsystem(AnalyzableModel model, int[] index, double[] lo, double[] hi, double[] full, double[] params,
                      int sweepIndex, double sweepLo, double sweepHi) {
        this.model = model;
        this.n = index.length;
        this.index = index;
        this.lo = lo;
        this.hi = hi;
        this.width = new double[n];
        this.names = new String[n];
        for (int i = 0; i < n; i++) {
            width[i] = hi[i] - lo[i];
            names[i] = model.variables().get(index[i]);
        }
        this.full = full;
        this.params = params;
        this.sweepIndex = sweepIndex;
        this.sweepName = sweepIndex < 0 ? null : model.parameters().get(sweepIndex);
        this.sweepLo = sweepLo;
        this.sweepHi = sweepHi;
        this.total = full.length;
        this.fullOut = new double[total];
        this.fullJac = new double[total * total];
        this.up = new double[n];
        this.fp = new double[n];
        this.fm = new double[n];
    }

    /**
     * Resolves a request against a model.
     *
     * @param analyzer name, for messages
     * @param minVars  fewest analysed variables allowed
     * @param maxVars  most analysed variables allowed
     * @param sweeps   number of swept parameters required (0 or 1)
     */
    static Subsystem of(AnalyzableModel model, AnalysisRequest request, String analyzer, int minVars, int maxVars,
                        int sweeps) {
        List<String> vars = model.variables();
        List<String> pars = model.parameters();
        for (String v : request.variables().keySet()) {
            if (!vars.contains(v)) {
                throw new ParameterException(v, "variable", "not a variable of the model; known: " + vars);
            }
        }
        int count = request.variables().size();
        if (count < minVars || count > maxVars) {
            throw new ParameterException("variables", request.variables().keySet().toString(), analyzer + " needs "
                    + (minVars == maxVars ? String.valueOf(minVars) : minVars + " to " + maxVars)
                    + " analysed variable(s)");
        }
        if (request.sweep().size() != sweeps) {
            throw new ParameterException("sweep", request.sweep().keySet().toString(),
                    analyzer + " needs exactly " + sweeps + " swept parameter(s)");
        }
        for (String name : request.fixed().asMap().keySet()) {
            if (!vars.contains(name) && !pars.contains(name)) {
                throw new ParameterException(name, String.valueOf(request.fixed().asMap().get(name)),
                        "neither a variable nor a parameter of the model; variables " + vars + ", parameters " + pars);
            }
        }
        double[] params = model.defaultParameters().clone();
        if (params.length != pars.size()) {
            throw new ParameterException("defaultParameters", String.valueOf(params.length),
                    "must have one value per parameter (" + pars.size() + ")");
        }
        for (Map.Entry<String, Double> e : request.fixed().asMap().entrySet()) {
            int p = pars.indexOf(e.getKey());
            if (p >= 0) {
                params[p] = e.getValue();
            }
        }
        double[] full = new double[vars.size()];
        List<Integer> idx = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) {
            String name = vars.get(v);
            if (request.variables().containsKey(name)) {
                idx.add(v);
            } else {
                Double value = request.fixed().asMap().get(name);
                if (value == null) {
                    throw new ParameterException(name, "unset",
                            "a variable that is not analysed needs a fixed value");
                }
                full[v] = value;
            }
        }
        int[] index = new int[idx.size()];
        double[] lo = new double[index.length];
        double[] hi = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = idx.get(i);
            Interval range = request.variables().get(vars.get(index[i]));
            lo[i] = range.lo();
            hi[i] = range.hi();
            full[index[i]] = 0.5 * (lo[i] + hi[i]);
        }
        int sweepIndex = -1;
        double sLo = Double.NaN;
        double sHi = Double.NaN;
        for (Map.Entry<String, Interval> e : request.sweep().entrySet()) {
            sweepIndex = pars.indexOf(e.getKey());
            if (sweepIndex < 0) {
                throw new ParameterException(e.getKey(), "sweep", "not a parameter of the model; known: " + pars);
            }
            sLo = e.getValue().lo();
            sHi = e.getValue().hi();
            params[sweepIndex] = sLo;
        }
        return new Subsystem(model, index, lo, hi, full, params, sweepIndex, sLo, sHi);
    }

    /** @param p the swept parameter's value */
    void setSweep(double p) {
        params[sweepIndex] = p;
    }

    double sweep() {
        return params[sweepIndex];
    }

    /** @return the swept parameter's range width */
    double sweepWidth() {
        return sweepHi - sweepLo;
    }

    /**
     * @param u   analysed state (not modified)
     * @param out receives the analysed variables' derivatives
     */
    void f(double[] u, double[] out) {
        for (int i = 0; i < n; i++) {
            full[index[i]] = u[i];
        }
        model.derivatives(full, params, fullOut);
        for (int i = 0; i < n; i++) {
            out[i] = fullOut[index[i]];
        }
    }

    /**
     * The analysed block of the Jacobian, analytic when the model gives one, else by central differences.
     *
     * @param u   analysed state (not modified)
     * @param jac receives n × n, row-major
     */
    void jacobian(double[] u, double[] jac) {
        if (analytic) {
            for (int i = 0; i < n; i++) {
                full[index[i]] = u[i];
            }
            if (model.jacobian(full, params, fullJac)) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        jac[i * n + j] = fullJac[index[i] * total + index[j]];
                    }
                }
                return;
            }
            analytic = false; // the model said no; do not ask again on every call
        }
        System.arraycopy(u, 0, up, 0, n);
        for (int j = 0; j < n; j++) {
            double h = FD_STEP * Math.max(Math.abs(u[j]), width[j]);
            up[j] = u[j] + h;
            double hp = up[j] - u[j]; // the step actually representable
            f(up, fp);
            up[j] = u[j] - h;
            double hm = u[j] - up[j];
            f(up, fm);
            up[j] = u[j];
            for (int i = 0; i < n; i++) {
                jac[i * n + j] = (fp[i] - fm[i]) / (hp + hm);
            }
        }
    }

    /**
     * ∂f/∂p of the swept parameter by central differences.
     *
     * @param u   analysed state (not modified)
     * @param out receives n values
     */
    void dfdp(double[] u, double[] out) {
        double p = params[sweepIndex];
        double h = FD_STEP * Math.max(Math.abs(p), sweepWidth());
        params[sweepIndex] = p + h;
        double hp = params[sweepIndex] - p;
        f(u, fp);
        params[sweepIndex] = p - h;
        double hm = p - params[sweepIndex];
        f(u, fm);
        params[sweepIndex] = p;
        for (int i = 0; i < n; i++) {
            out[i] = (fp[i] - fm[i]) / (hp + hm);
        }
    }

    /** @return the full model state for an analysed state */
    double[] fullState(double[] u) {
        double[] s = full.clone();
        for (int i = 0; i < n; i++) {
            s[index[i]] = u[i];
        }
        return s;
    }

    /** @return whether u lies in the analysed box widened by {@code margin} of each width on each side */
    boolean inBox(double[] u, double margin) {
        for (int i = 0; i < n; i++) {
            if (!(u[i] >= lo[i] - margin * width[i] && u[i] <= hi[i] + margin * width[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return max over i of |a_i - b_i| / width_i */
    double scaledDistance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < n; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]) / width[i]);
        }
        return d;
    }
}
