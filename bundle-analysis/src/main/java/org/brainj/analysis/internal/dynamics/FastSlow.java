package org.brainj.analysis.internal.dynamics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.Trajectory;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Fast–slow analysis shared by {@link FastSlow1D} and {@link FastSlow2D} (BrainPy's {@code FastSlow1D/2D}): the slow
 * variables are frozen into parameters of the fast subsystem, whose fixed-point branches and bifurcations over the
 * slow variables are traced by {@link Bifurcation1D} (one slow variable) or {@link Bifurcation2D} (two); the full
 * system (fast and slow variables together) is then simulated, and its trajectory is returned to be drawn over the
 * diagram.
 *
 * <p>Request: {@code variables} = the fast variables' ranges; {@code sweep} = the slow variables' ranges (they are
 * variables of the model, swept as parameters of the fast subsystem); {@code fixed} = parameter values and the
 * values of the variables that are neither. Options: {@link Bifurcation1D}'s plus {@code duration}, {@code dt} and
 * {@code init.<k>.<variable>} (fast or slow; a variable not given starts at its range's middle; with no
 * {@code init} option one trajectory starts at the middle of every range).
 */
final class FastSlow {

    private static final List<ParameterSpec> TRAJECTORY = List.of(Options.DURATION, Options.DT);

    private FastSlow() {
    }

    static AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request, String analyzer, int fast) {
        List<String> vars = model.variables();
        if (request.variables().size() != fast) {
            throw new ParameterException("fast", request.variables().keySet().toString(),
                    analyzer + " needs exactly " + fast + " fast variable(s)");
        }
        int slow = request.sweep().size();
        if (slow < 1 || slow > 2) {
            throw new ParameterException("slow", request.sweep().keySet().toString(),
                    analyzer + " needs 1 or 2 slow variables");
        }
        for (String v : request.sweep().keySet()) {
            if (!vars.contains(v)) {
                throw new ParameterException(v, "slow", "not a variable of the model; known: " + vars);
            }
            if (request.variables().containsKey(v)) {
                throw new ParameterException(v, "slow", "is also given as a fast variable");
            }
        }
        // split the options: trajectory ones here, the rest for the bifurcation analysis
        Map<String, Double> bif = new HashMap<>();
        Map<String, Double> traj = new HashMap<>();
        for (Map.Entry<String, Double> e : request.options().asMap().entrySet()) {
            boolean t = e.getKey().startsWith(Options.INIT);
            for (ParameterSpec s : TRAJECTORY) {
                t |= s.name().equals(e.getKey());
            }
            (t ? traj : bif).put(e.getKey(), e.getValue());
        }
        Frozen frozen = new Frozen(model, List.copyOf(request.sweep().keySet()));
        Map<String, Double> fixedFast = new HashMap<>();
        for (Map.Entry<String, Double> e : request.fixed().asMap().entrySet()) {
            if (!request.sweep().containsKey(e.getKey())) {
                fixedFast.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, Interval> e : request.sweep().entrySet()) {
            // a frozen variable's state entry is overwritten by its parameter; any value satisfies the subsystem
            fixedFast.put(e.getKey(), e.getValue().lo());
        }
        AnalysisRequest fastRequest = new AnalysisRequest(request.variables(), request.sweep(),
                Parameters.of(fixedFast), request.resolution(), Parameters.of(bif));
        AnalysisResult diagram = slow == 1 ? new Bifurcation1D().analyze(frozen, fastRequest)
                : new Bifurcation2D().analyze(frozen, fastRequest);

        Map<String, Interval> all = new LinkedHashMap<>(request.variables());
        all.putAll(request.sweep());
        Map<String, Double> fixedAll = new HashMap<>(request.fixed().asMap());
        fixedAll.keySet().removeAll(request.sweep().keySet());
        AnalysisRequest full = new AnalysisRequest(all, Map.of(), Parameters.of(fixedAll), request.resolution(),
                Parameters.of(traj));
        Options.check(full.options(), analyzer, TRAJECTORY, true);
        Subsystem sys = Subsystem.of(model, full, analyzer, fast + slow, fast + slow, 0);
        List<double[]> starts = Options.initials(full.options(), sys);
        if (starts.isEmpty()) {
            double[] mid = new double[sys.n];
            for (int i = 0; i < sys.n; i++) {
                mid[i] = 0.5 * (sys.lo[i] + sys.hi[i]);
            }
            starts.add(mid);
        }
        double duration = full.options().get(Options.DURATION);
        double dt = full.options().get(Options.DT);
        long steps = Math.round(duration / dt);
        if (steps < 1 || steps > 10_000_000L / vars.size()) {
            throw new ParameterException("duration", String.valueOf(duration),
                    "duration / dt must give 1 to " + 10_000_000L / vars.size() + " steps (dt " + dt + ")");
        }
        List<Trajectory> trajectories = new ArrayList<>();
        for (double[] s : starts) {
            trajectories.add(PhasePlane2D.rk4(sys, s, dt, (int) steps));
        }
        // the diagram's fixed points carry the frozen model's parameter vector; give them the full model's
        return new AnalysisResult(frozen.lift(diagram.fixedPoints()), List.of(),
                frozen.liftBifurcations(diagram.bifurcations()), trajectories, List.of(), diagram.series());
    }

    /** The fast subsystem: the slow variables appended to the parameters, held at their values. */
    static final class Frozen implements AnalyzableModel {
        private final AnalyzableModel model;
        private final List<String> parameters;
        private final int[] slowIndex;
        private final int np;
        private final double[] x;
        private final double[] jac;

        Frozen(AnalyzableModel model, List<String> slow) {
            this.model = model;
            List<String> p = new ArrayList<>(model.parameters());
            this.np = p.size();
            this.slowIndex = new int[slow.size()];
            for (int k = 0; k < slow.size(); k++) {
                if (p.contains(slow.get(k))) {
                    throw new ParameterException(slow.get(k), "slow",
                            "names both a variable and a parameter of the model; cannot be frozen");
                }
                slowIndex[k] = model.variables().indexOf(slow.get(k));
                p.add(slow.get(k));
            }
            this.parameters = List.copyOf(p);
            this.x = new double[model.variables().size()];
            this.jac = new double[x.length * x.length];
        }

        @Override
        public List<String> variables() {
            return model.variables();
        }

        @Override
        public List<String> parameters() {
            return parameters;
        }

        @Override
        public double[] defaultParameters() {
            double[] d = java.util.Arrays.copyOf(model.defaultParameters(), parameters.size());
            return d;
        }

        private void load(double[] state, double[] params) {
            System.arraycopy(state, 0, x, 0, x.length);
            for (int k = 0; k < slowIndex.length; k++) {
                x[slowIndex[k]] = params[np + k];
            }
        }

        @Override
        public void derivatives(double[] state, double[] params, double[] dxdt) {
            load(state, params);
            model.derivatives(x, params, dxdt);
        }

        @Override
        public boolean jacobian(double[] state, double[] params, double[] j) {
            load(state, params);
            return model.jacobian(x, params, j);
        }

        /** Fixed points of the fast subsystem as states of the full model (slow variables set) and its parameters. */
        List<org.brainj.api.analysis.FixedPoint> lift(List<org.brainj.api.analysis.FixedPoint> in) {
            List<org.brainj.api.analysis.FixedPoint> out = new ArrayList<>(in.size());
            for (org.brainj.api.analysis.FixedPoint fp : in) {
                out.add(new org.brainj.api.analysis.FixedPoint(state(fp.state(), fp.parameters()),
                        java.util.Arrays.copyOf(fp.parameters(), np), fp.stability(), fp.eigenReal(),
                        fp.eigenImag()));
            }
            return out;
        }

        List<org.brainj.api.analysis.BifurcationPoint> liftBifurcations(
                List<org.brainj.api.analysis.BifurcationPoint> in) {
            List<org.brainj.api.analysis.BifurcationPoint> out = new ArrayList<>(in.size());
            for (org.brainj.api.analysis.BifurcationPoint b : in) {
                out.add(new org.brainj.api.analysis.BifurcationPoint(b.type(),
                        java.util.Arrays.copyOf(b.parameters(), np), state(b.state(), b.parameters())));
            }
            return out;
        }

        private double[] state(double[] s, double[] params) {
            double[] out = s.clone();
            for (int k = 0; k < slowIndex.length; k++) {
                out[slowIndex[k]] = params[np + k];
            }
            return out;
        }
    }
}
