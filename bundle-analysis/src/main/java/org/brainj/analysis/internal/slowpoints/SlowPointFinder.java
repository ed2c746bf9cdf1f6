package org.brainj.analysis.internal.slowpoints;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.Interval;
import org.brainj.api.analysis.StabilityType;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code SlowPointFinder} (after Sussillo &amp; Barak 2013): fixed and slow points of a high-dimensional
 * system found by minimising q(x) = ½|F(x)|² (a flow dx/dt = F(x)) or q(x) = ½|F(x) − x|² (a map x ↦ F(x)) from many
 * candidate states, then filtered and linearised:
 * <ol>
 *   <li>optimisation of every candidate (in parallel for a {@link RateRnn}; other models are not assumed to be
 *       thread-safe) by L-BFGS (default; {@link Lbfgs}) or by Adam with an
 *       exponentially decaying rate (option {@code adam = 1}; {@link Adam}), until q ≤ {@code tolerance},
 *       |∇q|∞ ≤ {@code tol_grad} or {@code max_iterations};</li>
 *   <li>filters: q ≤ {@code tol_loss}, then one point per cluster of radius {@code tol_unique}, then points whose
 *       nearest neighbour is farther than {@code tol_outlier} dropped (off by default);</li>
 *   <li>at each kept point the Jacobian of F — the model's own when it gives one, else central differences — and its
 *       eigenvalues (EJML), which classify it (see {@link SlowPointSearch.Point#stability()}).</li>
 * </ol>
 * The gradient ∇q = J_rᵀ r uses the model's {@link VectorJacobianProduct} when it has one (as {@link RateRnn} does),
 * so each iteration on an n-unit network costs O(n²), not O(n³).
 *
 * <p>As an {@link Analyzer} ({@code slow-points}): candidates are drawn uniformly from the request's variable ranges,
 * [−scale, scale] for variables not given; {@code request.fixed()} sets parameters. Result: {@code slowPoints} and
 * the same points as {@code fixedPoints} with their stability, series {@code opt_losses} and {@code iterations}.
 *
 * <p>For {@code brainj analyze slow-points <spec>}: {@link #runSpec(Path)}.
 */
@Component(service = Analyzer.class, property = Provider.RANKING + "=" + SlowPointFinder.RANKING)
public final class SlowPointFinder implements Analyzer {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** The analyzer's name. */
    public static final String NAME = "slow-points";

    private static final System.Logger LOG = System.getLogger(SlowPointFinder.class.getName());

    static final ParameterSpec DISCRETE = new ParameterSpec("discrete", "1", 0, 0, 1, false,
            "1: the model's right-hand side is a map x -> F(x), minimise |F(x) - x|^2; 0: a flow dx/dt = F(x)");
    static final ParameterSpec ADAM = new ParameterSpec("adam", "1", 0, 0, 1, false,
            "1: optimise by Adam with a decaying rate; 0: by L-BFGS");
    static final ParameterSpec TOLERANCE = ParameterSpec.positive("tolerance", "1", 1e-20,
            "an optimisation stops once q = |F|^2/2 is at most this");
    static final ParameterSpec TOL_GRAD = ParameterSpec.positive("tol_grad", "1", 1e-12,
            "an optimisation stops once max |grad q| is at most this (a slow point with q > 0)");
    static final ParameterSpec TOL_LOSS = ParameterSpec.positive("tol_loss", "1", 1e-10,
            "points with q above this are dropped (BrainPy's filter_loss)");
    static final ParameterSpec TOL_UNIQUE = ParameterSpec.positive("tol_unique", "1", 0.025,
            "points closer than this (Euclidean) are one; the lowest-q one is kept (BrainPy's keep_unique)");
    static final ParameterSpec TOL_OUTLIER = ParameterSpec.positive("tol_outlier", "1", Double.MAX_VALUE,
            "points whose nearest other point is farther than this are dropped (BrainPy's exclude_outliers); "
                    + "default: none");
    static final ParameterSpec TOL_ZERO = ParameterSpec.positive("tol_zero", "1", 1e-6,
            "an eigenvalue within this of the stability boundary (Re = 0, or |lambda| = 1 for a map) is on it");
    static final ParameterSpec MAX_ITERATIONS = new ParameterSpec("max_iterations", "1", 10000, 1, 1e8, false,
            "most optimiser iterations per candidate (BrainPy's num_opt)");
    static final ParameterSpec LEARNING_RATE = ParameterSpec.positive("learning_rate", "1", 0.2,
            "Adam's initial learning rate");
    static final ParameterSpec LR_DECAY = new ParameterSpec("lr_decay", "1", 0.9999, 0, 1, true,
            "Adam's learning rate is multiplied by this every iteration");
    static final ParameterSpec MEMORY = new ParameterSpec("memory", "1", 10, 1, 1000, false,
            "L-BFGS: number of past steps in the inverse-Hessian estimate");
    static final ParameterSpec EIGENVALUES = new ParameterSpec("eigenvalues", "1", 1, 0, 1, false,
            "1: Jacobian and eigenvalues at each kept point; 0: skip them (a dense n x n eigen-decomposition "
                    + "costs O(n^3))");
    static final ParameterSpec NUM_CANDIDATES = new ParameterSpec("num_candidates", "1", 32, 1, 1e6, false,
            "analyzer: number of candidate states drawn");
    static final ParameterSpec SEED = ParameterSpec.any("seed", "1", 0, "analyzer: seed of the candidate draw");
    static final ParameterSpec SCALE = ParameterSpec.positive("scale", "1", 1.0,
            "analyzer: candidates of variables without a range are uniform in [-scale, scale]");

    /** The options of {@link Settings#of(Parameters)}. */
    static final List<ParameterSpec> SEARCH_OPTIONS = List.of(DISCRETE, ADAM, TOLERANCE, TOL_GRAD, TOL_LOSS,
            TOL_UNIQUE, TOL_OUTLIER, TOL_ZERO, MAX_ITERATIONS, LEARNING_RATE, LR_DECAY, MEMORY, EIGENVALUES);

    private static final List<ParameterSpec> ANALYZER_OPTIONS;

    static {
        List<ParameterSpec> all = new ArrayList<>(SEARCH_OPTIONS);
        all.addAll(List.of(NUM_CANDIDATES, SEED, SCALE));
        ANALYZER_OPTIONS = List.copyOf(all);
    }

    /**
     * How to search; {@link #of(Parameters)} reads it from named options. Defaults: BrainPy's for the optimiser
     * (10000 iterations, Adam rate 0.2 decaying by 0.9999) and for {@code keep_unique} (0.025). Not BrainPy's:
     * q here is Sussillo &amp; Barak's ½|F|², where BrainPy takes the mean of the squares (q_BrainPy = 2q/n), so
     * {@code tol_loss} (1e−10) is not BrainPy's {@code filter_loss} 1e−5; and outliers are kept unless
     * {@code tol_outlier} is given (BrainPy's {@code exclude_outliers} defaults to 1 but is only applied on request).
     *
     * @param discrete      map rather than flow
     * @param adam          Adam rather than L-BFGS
     * @param tolerance     stop once q ≤ this
     * @param tolGrad       stop once |∇q|∞ ≤ this
     * @param tolLoss       loss filter
     * @param tolUnique     uniqueness radius
     * @param tolOutlier    outlier radius
     * @param tolZero       stability-boundary tolerance
     * @param maxIterations iterations per candidate
     * @param learningRate  Adam's initial rate
     * @param lrDecay       Adam's rate decay per iteration
     * @param memory        L-BFGS memory
     * @param eigenvalues   linearise the kept points
     */
    public record Settings(boolean discrete, boolean adam, double tolerance, double tolGrad, double tolLoss,
                           double tolUnique, double tolOutlier, double tolZero, int maxIterations,
                           double learningRate, double lrDecay, int memory, boolean eigenvalues) {

        /**
         * @param options any of {@code discrete, adam, tolerance, tol_grad, tol_loss, tol_unique, tol_outlier,
         *                tol_zero, max_iterations, learning_rate, lr_decay, memory, eigenvalues}; others are
         *                ignored
         * @return the settings
         * @throws ParameterException for a value out of its range
         */
        public static Settings of(Parameters options) {
            Map<String, Double> given = options.asMap();
            double[] v = new double[SEARCH_OPTIONS.size()];
            for (int k = 0; k < v.length; k++) {
                ParameterSpec s = SEARCH_OPTIONS.get(k);
                v[k] = given.containsKey(s.name()) ? s.validate(given.get(s.name())) : s.defaultValue();
            }
            requireFlag(DISCRETE, v[0]);
            requireFlag(ADAM, v[1]);
            requireFlag(EIGENVALUES, v[12]);
            return new Settings(v[0] == 1, v[1] == 1, v[2], v[3], v[4], v[5], v[6], v[7], (int) v[8], v[9],
                    v[10], (int) v[11], v[12] == 1);
        }

        private static void requireFlag(ParameterSpec spec, double value) {
            if (value != 0 && value != 1) {
                throw new ParameterException(spec.name(), String.valueOf(value), "must be 0 or 1");
            }
        }
    }

    /** Creates the finder; it holds no state. */
    public SlowPointFinder() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public String description() {
        return "slow and fixed points of high-dimensional flows and maps (L-BFGS or Adam), with Jacobian spectra";
    }

    /**
     * Searches from the given candidates.
     *
     * @param model      the system; its {@code derivatives} is F (the flow's velocity, or the map's next state)
     * @param params     its parameter values
     * @param candidates starting states, each of the model's dimension (not modified)
     * @param settings   how to search
     * @return the kept points with their spectra, and every candidate's final loss
     * @throws ParameterException for candidates of the wrong size or not finite, or parameters of the wrong count
     */
    public SlowPointSearch find(AnalyzableModel model, double[] params, double[][] candidates, Settings settings) {
        int n = model.variables().size();
        if (params.length != model.parameters().size()) {
            throw new ParameterException("params", params.length + " values",
                    "the model has " + model.parameters().size() + " parameters " + model.parameters());
        }
        if (candidates.length == 0) {
            throw new ParameterException("candidates", "none", "at least one starting state");
        }
        for (int c = 0; c < candidates.length; c++) {
            if (candidates[c].length != n) {
                throw new ParameterException("candidates[" + c + "]", candidates[c].length + " values",
                        "must have the model's " + n + " variables");
            }
            for (double v : candidates[c]) {
                if (!Double.isFinite(v)) {
                    throw new ParameterException("candidates[" + c + "]", String.valueOf(v), "must be finite");
                }
            }
        }
        int count = candidates.length;
        double[][] states = new double[count][];
        double[] losses = new double[count];
        int[] iterations = new int[count];
        long t0 = System.nanoTime();
        // AnalyzableModel promises nothing about threads, so only models known to be safe are shared between them.
        boolean parallel = model instanceof RateRnn;
        IntStream candidatesStream = IntStream.range(0, count);
        (parallel ? candidatesStream.parallel() : candidatesStream).forEach(c -> {
            SlowPointProblem problem = new SlowPointProblem(model, params, settings.discrete());
            double[] x = candidates[c].clone();
            Lbfgs.Outcome out = settings.adam()
                    ? new Adam(settings.learningRate(), settings.lrDecay())
                            .minimise(problem, x, settings.tolerance(), settings.maxIterations())
                    : new Lbfgs(settings.memory())
                            .minimise(problem, x, settings.tolerance(), settings.tolGrad(), settings.maxIterations());
            states[c] = x;
            // Re-evaluated at the returned point so that the reported q is exactly that of the state reported.
            double q = problem.value(x);
            losses[c] = Double.isNaN(q) ? Double.POSITIVE_INFINITY : q;
            iterations[c] = out.iterations();
        });
        double optimiseMillis = (System.nanoTime() - t0) * 1e-6;

        int[] all = IntStream.range(0, count).toArray();
        int[] byLoss = SlowPointFilters.byLoss(losses, all, settings.tolLoss());
        int[] unique = SlowPointFilters.unique(states, losses, byLoss, settings.tolUnique());
        int[] kept = SlowPointFilters.excludeOutliers(states, unique, settings.tolOutlier());
        // Keep the loss order of the uniqueness filter.
        int[] ordered = Arrays.stream(unique).filter(i -> Arrays.stream(kept).anyMatch(k -> k == i)).toArray();

        long t1 = System.nanoTime();
        SlowPointSearch.Point[] points = new SlowPointSearch.Point[ordered.length];
        IntStream pointStream = IntStream.range(0, ordered.length);
        (parallel ? pointStream.parallel() : pointStream).forEach(k -> {
            int c = ordered[k];
            points[k] = linearise(model, params, settings, states[c], losses[c]);
        });
        double jacobianMillis = (System.nanoTime() - t1) * 1e-6;
        LOG.log(System.Logger.Level.DEBUG, () -> NAME + ": " + count + " candidates, " + byLoss.length
                + " with q <= " + settings.tolLoss() + ", " + unique.length + " unique, " + ordered.length
                + " kept; optimise " + Math.round(optimiseMillis) + " ms, jacobians " + Math.round(jacobianMillis)
                + " ms");
        return new SlowPointSearch(List.of(points), losses, iterations, byLoss.length, unique.length,
                optimiseMillis, jacobianMillis);
    }

    /** The Jacobian of F at x, its eigenvalues sorted, and the class they give. */
    private static SlowPointSearch.Point linearise(AnalyzableModel model, double[] params, Settings settings,
                                                   double[] x, double loss) {
        int n = x.length;
        if (!settings.eigenvalues()) {
            return new SlowPointSearch.Point(x, loss, null, new double[0], new double[0], false);
        }
        double[] jac = new double[n * n];
        boolean analytic = jacobian(model, params, x, jac);
        double[] re = new double[n];
        double[] im = new double[n];
        eigenvalues(jac, n, re, im, settings.discrete());
        return new SlowPointSearch.Point(x, loss, classify(re, im, settings.discrete(), settings.tolZero()), re, im,
                analytic);
    }

    /**
     * The Jacobian of the model's F at a point: its own when it gives one, else central differences.
     *
     * @param model  the system
     * @param params its parameter values
     * @param x      the point (not modified)
     * @param out    receives J, n × n row-major
     * @return true when analytic
     */
    public static boolean jacobian(AnalyzableModel model, double[] params, double[] x, double[] out) {
        return new SlowPointProblem(model, params, false).jacobian(x, out);
    }

    /**
     * Eigenvalues of a real square matrix (EJML's general eigen-decomposition), sorted by decreasing real part, or
     * by decreasing modulus when {@code byModulus}; complex pairs stay adjacent, positive imaginary part first.
     *
     * @param matrix    n × n row-major (not modified)
     * @param n         the order
     * @param re        receives the real parts
     * @param im        receives the imaginary parts
     * @param byModulus sort by |λ| (maps) rather than Re λ (flows)
     */
    public static void eigenvalues(double[] matrix, int n, double[] re, double[] im, boolean byModulus) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, matrix))) {
            throw new IllegalStateException("the eigen-decomposition of the " + n + " x " + n
                    + " Jacobian did not converge");
        }
        double[][] pairs = new double[n][];
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            pairs[i] = new double[] {c.real, c.imaginary};
        }
        Arrays.sort(pairs, (a, b) -> {
            double ka = byModulus ? Math.hypot(a[0], a[1]) : a[0];
            double kb = byModulus ? Math.hypot(b[0], b[1]) : b[0];
            int cmp = Double.compare(kb, ka);
            return cmp != 0 ? cmp : Double.compare(b[1], a[1]);
        });
        for (int i = 0; i < n; i++) {
            re[i] = pairs[i][0];
            im[i] = pairs[i][1];
        }
    }

    /**
     * @param re       real parts
     * @param im       imaginary parts
     * @param discrete map (|λ| against 1) or flow (Re λ against 0)
     * @param tolZero  half-width of the boundary band
     * @return {@code UNSTABLE}, {@code STABLE}, or {@code CENTER_MANIFOLD} when the leading eigenvalue lies on the
     * boundary within tolZero
     */
    static StabilityType classify(double[] re, double[] im, boolean discrete, double tolZero) {
        double lead = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < re.length; i++) {
            lead = Math.max(lead, discrete ? Math.hypot(re[i], im[i]) - 1.0 : re[i]);
        }
        if (lead > tolZero) {
            return StabilityType.UNSTABLE;
        }
        return lead < -tolZero ? StabilityType.STABLE : StabilityType.CENTER_MANIFOLD;
    }

    @Override
    public AnalysisResult analyze(AnalyzableModel model, AnalysisRequest request) {
        Parameters options = request.options();
        options.requireKnown(NAME, ANALYZER_OPTIONS);
        Settings settings = Settings.of(options);
        List<String> vars = model.variables();
        List<String> pars = model.parameters();
        double[] params = model.defaultParameters().clone();
        for (Map.Entry<String, Double> e : request.fixed().asMap().entrySet()) {
            int p = pars.indexOf(e.getKey());
            if (p < 0) {
                throw new ParameterException(e.getKey(), String.valueOf(e.getValue()),
                        "not a parameter of the model; known: " + pars);
            }
            params[p] = e.getValue();
        }
        if (!request.sweep().isEmpty()) {
            throw new ParameterException("sweep", request.sweep().keySet().toString(),
                    NAME + " analyses one parameter set; sweep nothing");
        }
        int n = vars.size();
        double scale = options.get(SCALE);
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(lo, -scale);
        Arrays.fill(hi, scale);
        for (Map.Entry<String, Interval> e : request.variables().entrySet()) {
            int v = vars.indexOf(e.getKey());
            if (v < 0) {
                throw new ParameterException(e.getKey(), e.getValue().toString(),
                        "not a variable of the model (" + n + " variables, e.g. " + vars.subList(0, Math.min(5, n))
                                + ")");
            }
            lo[v] = e.getValue().lo();
            hi[v] = e.getValue().hi();
        }
        int count = (int) options.get(NUM_CANDIDATES);
        Random rnd = new Random((long) options.get(SEED));
        double[][] candidates = new double[count][n];
        for (double[] c : candidates) {
            for (int i = 0; i < n; i++) {
                c[i] = lo[i] + (hi[i] - lo[i]) * rnd.nextDouble();
            }
        }
        SlowPointSearch search = find(model, params, candidates, settings);
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("opt_losses", search.optLosses());
        series.put("iterations", Arrays.stream(search.iterations()).asDoubleStream().toArray());
        return new AnalysisResult(search.fixedPoints(params), List.of(), List.of(), List.of(), search.slowPoints(),
                series);
    }

    /**
     * What {@link #runSpec(Path)} built and found.
     *
     * @param network the RNN of the spec
     * @param search  the slow-point search on it
     */
    public record SpecRun(RateRnn network, SlowPointSearch search) {

        /** @return the search as {@code summary.json} (see {@link SlowPointSearch#summaryJson}) */
        public String summaryJson() {
            return search.summaryJson(network.variables(), List.of(), new double[0]);
        }
    }

    /**
     * The entry of {@code brainj analyze slow-points <spec>}: reads a JSON spec of a rate RNN and of the search (format
     * in docs/analysis.md, "Slow points"), builds the network, draws the candidates and searches. Paths in the spec
     * are relative to the spec's folder.
     *
     * @param spec the JSON file
     * @return the network and what was found; {@link SpecRun#summaryJson()} gives {@code summary.json}
     * @throws ParameterException naming the key and allowed values for a bad spec
     * @throws IOException when the spec or a file it names cannot be read
     */
    public static SpecRun runSpec(Path spec) throws IOException {
        return SlowPointSpec.read(spec).run(new SlowPointFinder());
    }
}
