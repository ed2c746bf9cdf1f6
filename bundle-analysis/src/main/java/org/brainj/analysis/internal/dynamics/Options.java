package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/** The analyzers' shared options and helpers to read them. */
final class Options {

    static final ParameterSpec TOL_AUX = ParameterSpec.positive("tol_aux", "1", 1e-8,
            "largest |f| (max-norm, model units) accepted at a fixed point (BrainPy's tol_aux)");
    static final ParameterSpec TOL_UNIQUE = ParameterSpec.positive("tol_unique", "1", 1e-6,
            "fixed points closer than this, relative to each variable's range, are one");
    static final ParameterSpec TOL_ZERO = ParameterSpec.positive("tol_zero", "1", 1e-9,
            "relative tolerance under which trace, determinant or f' count as zero when classifying stability");
    static final ParameterSpec DURATION = ParameterSpec.positive("duration", "ms", 100.0,
            "length of each trajectory");
    static final ParameterSpec DT = ParameterSpec.positive("dt", "ms", 0.01, "RK4 step of trajectories");
    static final ParameterSpec GRID_BUDGET = new ParameterSpec("grid_budget", "1", 4096, 8, 1e7, false,
            "most grid nodes searched for fixed points of 3 or more variables");
    static final ParameterSpec NUM_RANK = new ParameterSpec("num_rank", "1", 32, 1, 1e6, false,
            "grid nodes with the smallest |f| Newton starts from, for 3 or more variables (BrainPy's num_rank)");
    static final ParameterSpec MAX_STEP = new ParameterSpec("max_step", "1", 0.02, 1e-6, 1, false,
            "largest continuation step, relative to the variables' and the parameter's ranges");
    static final ParameterSpec MAX_POINTS = new ParameterSpec("max_points", "1", 20000, 10, 1e7, false,
            "most points on one continued branch");

    /** Prefix of trajectory initial values: {@code init.<k>.<variable>}. */
    static final String INIT = "init.";

    private Options() {
    }

    /**
     * Rejects unknown option names.
     *
     * @param inits whether {@code init.<k>.<variable>} options are allowed
     */
    static void check(Parameters options, String analyzer, List<ParameterSpec> specs, boolean inits) {
        for (Map.Entry<String, Double> e : options.asMap().entrySet()) {
            String name = e.getKey();
            if (inits && name.startsWith(INIT)) {
                continue;
            }
            boolean known = false;
            for (ParameterSpec s : specs) {
                known |= s.name().equals(name);
            }
            if (!known) {
                List<String> names = new ArrayList<>();
                for (ParameterSpec s : specs) {
                    names.add(s.name());
                }
                if (inits) {
                    names.add("init.<k>.<variable>");
                }
                throw new ParameterException(name, String.valueOf(e.getValue()),
                        "not an option of " + analyzer + "; known: " + String.join(", ", names));
            }
        }
    }

    /**
     * Trajectory starts from {@code init.<k>.<variable>} options, ordered by k; analysed variables not given start
     * at the middle of their range.
     */
    static List<double[]> initials(Parameters options, Subsystem sys) {
        TreeMap<Integer, double[]> starts = new TreeMap<>();
        for (Map.Entry<String, Double> e : options.asMap().entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(INIT)) {
                continue;
            }
            String rest = name.substring(INIT.length());
            int dot = rest.indexOf('.');
            int k;
            try {
                k = dot > 0 ? Integer.parseInt(rest.substring(0, dot)) : -1;
            } catch (NumberFormatException ex) {
                k = -1;
            }
            String var = dot > 0 ? rest.substring(dot + 1) : "";
            int v = -1;
            for (int i = 0; i < sys.n; i++) {
                if (sys.names[i].equals(var)) {
                    v = i;
                }
            }
            if (k < 0 || v < 0) {
                throw new ParameterException(name, String.valueOf(e.getValue()),
                        "a trajectory start is init.<k>.<variable> with k >= 0 and an analysed variable "
                                + List.of(sys.names));
            }
            double[] s = starts.computeIfAbsent(k, key -> {
                double[] mid = new double[sys.n];
                for (int i = 0; i < sys.n; i++) {
                    mid[i] = 0.5 * (sys.lo[i] + sys.hi[i]);
                }
                return mid;
            });
            s[v] = e.getValue();
        }
        return new ArrayList<>(starts.values());
    }

    /** The fixed point u of sys with its eigenvalues and class. */
    static FixedPoint fixedPoint(Subsystem sys, double[] u, double tolZero) {
        int n = sys.n;
        double[] jac = new double[n * n];
        double[] re = new double[n];
        double[] im = new double[n];
        sys.jacobian(u, jac);
        Linear.eigenvalues(jac, n, re, im);
        return new FixedPoint(sys.fullState(u), sys.params.clone(), Stability.classify(jac, n, re, tolZero), re, im);
    }
}
