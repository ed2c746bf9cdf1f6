package org.brainj.models.internal;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.InitializerSpec;
import org.brainj.models.kit.Initializers;
import org.brainj.models.kit.MatrixInitializer;
import org.osgi.service.component.annotations.Component;

/**
 * Lists BrainPy's weight initializers ({@code bp.init}, FEATURES.md §4.8) with their parameters, so
 * {@code brainj models --kind initializer} shows them and a spec can name one as a projection's weight
 * ({@code "weight": {"init": "KaimingUniform", "scale": 2}}), and builds them by name ({@link #matrix}) for the network
 * builder. An initializer is not a population, so {@link #create} refuses.
 *
 * <p>Parameter values are numbers, so the string choices of the variance-scaling family are numeric codes:
 * {@code mode} 0 = fan_in, 1 = fan_out, 2 = fan_avg; {@code distribution} 0 = truncated_normal, 1 = normal,
 * 2 = uniform. Every parameter is dimensionless: the values land in the weight's unit, and a spec's {@code gain}
 * carries that unit. The distance kernels, {@code DeltaOrthogonal} and {@code Clip} are listed but need a grid, a
 * convolution kernel or an inner initializer, which a projection's pre × post matrix does not have: they are built
 * in Java ({@link Initializers}).
 */
@Component(service = ModelFactory.class, property = Provider.RANKING + "=0")
public final class InitializerModels implements ModelFactory {

    private static final String DIMENSIONLESS = "1";
    private static final String MODES = "0 = fan_in, 1 = fan_out, 2 = fan_avg";
    private static final String LAWS = "0 = truncated_normal (±2 sd, rescaled to the exact variance), 1 = normal, "
            + "2 = uniform";
    private static final List<String> MODE_NAMES = List.of("fan_in", "fan_out", "fan_avg");
    private static final List<String> LAW_NAMES = List.of("truncated_normal", "normal", "uniform");

    private static final ParameterSpec VALUE_1 = ParameterSpec.any("value", DIMENSIONLESS, 1.0,
            "every value (Identity: the diagonal's)");
    private static final ParameterSpec MIN_VAL = ParameterSpec.any("min_val", DIMENSIONLESS, 0.0, "lower bound");
    private static final ParameterSpec MAX_VAL = ParameterSpec.any("max_val", DIMENSIONLESS, 1.0,
            "upper bound (exclusive), >= min_val");
    private static final ParameterSpec MEAN = ParameterSpec.any("mean", DIMENSIONLESS, 0.0, "the mean");
    private static final ParameterSpec SD = ParameterSpec.nonNegative("scale", DIMENSIONLESS, 1.0,
            "the standard deviation");
    private static final ParameterSpec LOC = ParameterSpec.any("loc", DIMENSIONLESS, 0.0,
            "the mean of the untruncated normal");
    private static final ParameterSpec TN_SCALE = ParameterSpec.positive("scale", DIMENSIONLESS, 1.0,
            "the standard deviation of the untruncated normal");
    private static final ParameterSpec LOWER = ParameterSpec.any("lower", DIMENSIONLESS, -Double.MAX_VALUE,
            "lower truncation bound (the default, the most negative double, means none)");
    private static final ParameterSpec UPPER = ParameterSpec.any("upper", DIMENSIONLESS, Double.MAX_VALUE,
            "upper truncation bound, > lower (the default, the largest double, means none)");
    private static final ParameterSpec SHAPE = ParameterSpec.positive("shape", DIMENSIONLESS, 1.0,
            "the shape k (required in BrainPy; mean k·scale)");
    private static final ParameterSpec THETA = ParameterSpec.positive("scale", DIMENSIONLESS, 1.0, "the scale θ");
    private static final ParameterSpec EXP_SCALE = ParameterSpec.positive("scale", DIMENSIONLESS, 1.0, "the mean");
    private static final ParameterSpec GRID_ROWS = new ParameterSpec("grid_rows", DIMENSIONLESS, 0.0, 0.0,
            1e9, false, "the neurons' grid: 0 puts pre = post neurons on a line (a ring when periodic), R > 0 on "
            + "R rows of size/R");
    private static final ParameterSpec ORTHO_SCALE = ParameterSpec.any("scale", DIMENSIONLESS, 1.0,
            "multiplies the orthogonal matrix");

    private static final List<ModelDescriptor> INITIALIZERS = List.of(
            d("ZeroInit", "every weight 0"),
            d("OneInit", "every weight value", VALUE_1),
            d("Constant", "every weight value", VALUE_1),
            d("Identity", "value on the (leading) diagonal, 0 elsewhere", VALUE_1),
            d("Uniform", "independent U[min_val, max_val)", MIN_VAL, MAX_VAL),
            d("Normal", "independent N(mean, scale²)", MEAN, SD),
            d("TruncatedNormal", "independent N(loc, scale²) conditioned on [lower, upper] (rejection)", LOC,
                    TN_SCALE, LOWER, UPPER),
            d("Gamma", "independent Gamma(shape, scale), Marsaglia–Tsang 2000", SHAPE, THETA),
            d("Exponential", "independent exponential of mean scale", EXP_SCALE),
            d("VarianceScaling", "variance scale/n, n = fan_in (pre), fan_out (post) or their mean; JAX's "
                    + "variance_scaling", scaling(1.0, 0, 0)),
            d("KaimingUniform", "He et al. 2015: VarianceScaling(2, fan_in, uniform)", scaling(2.0, 0, 2)),
            d("KaimingNormal", "He et al. 2015: VarianceScaling(2, fan_in, truncated_normal)", scaling(2.0, 0, 0)),
            d("XavierUniform", "Glorot & Bengio 2010: VarianceScaling(1, fan_avg, uniform)", scaling(1.0, 2, 2)),
            d("XavierNormal", "Glorot & Bengio 2010: VarianceScaling(1, fan_avg, truncated_normal)",
                    scaling(1.0, 2, 0)),
            d("LecunUniform", "LeCun et al. 1998: VarianceScaling(1, fan_in, uniform)", scaling(1.0, 0, 2)),
            d("LecunNormal", "LeCun et al. 1998: VarianceScaling(1, fan_in, truncated_normal)", scaling(1.0, 0, 0)),
            d("Orthogonal", "Saxe et al. 2014: Haar-random orthonormal columns (pre >= post) or rows, times scale",
                    ORTHO_SCALE),
            d("DeltaOrthogonal", "Xiao et al. 2018: conv kernel, orthogonal centre tap; a projection is a 1x1 "
                    + "convolution, pre <= post (Java: Initializers.deltaOrthogonal(scale, kernel...))", ORTHO_SCALE),
            d("GaussianDecay", "max_w·exp(-d²/2σ²) on a grid, |w| < min_w cut (Java: Initializers.gaussianDecay)",
                    ParameterSpec.positive("sigma", DIMENSIONLESS, 1.0, "the width σ in grid units (required)"),
                    ParameterSpec.any("max_w", DIMENSIONLESS, 1.0, "the peak weight (required)"),
                    ParameterSpec.nonNegative("min_w", DIMENSIONLESS, 0.005,
                            "weights below it become 0 (BrainPy: max_w·0.005)"),
                    Flags.spec("periodic_boundary", true, "distances wrap around"),
                    Flags.spec("normalize_dist", true, "distances divided by the grid's size per dimension"),
                    Flags.spec("include_self", true, "keep w_ii"), GRID_ROWS),
            d("DOGDecay", "difference of Gaussians on a grid (Java: Initializers.dogDecay)",
                    ParameterSpec.positive("sigma1", DIMENSIONLESS, 1.0, "σ₁ of sigmas (required)"),
                    ParameterSpec.positive("sigma2", DIMENSIONLESS, 2.0, "σ₂ of sigmas (required)"),
                    ParameterSpec.any("max_w1", DIMENSIONLESS, 1.0, "max_w₁ of max_ws (required)"),
                    ParameterSpec.any("max_w2", DIMENSIONLESS, 0.5, "max_w₂ of max_ws (required)"),
                    ParameterSpec.nonNegative("min_w", DIMENSIONLESS, 0.0025,
                            "|w| below it becomes 0 (BrainPy: |max_w₁ - max_w₂|·0.005)"),
                    Flags.spec("periodic_boundary", true, "distances wrap around"),
                    Flags.spec("normalize_dist", true, "distances divided by the grid's size per dimension"),
                    Flags.spec("include_self", true, "keep w_ii"), GRID_ROWS),
            d("Clip", "another initializer's values clipped to [min, max]; JSON: {\"init\": \"Clip\", \"min\": .., "
                    + "\"max\": .., \"of\": {\"init\": ...}} (Java: Initializers.clip(init, min, max))",
                    ParameterSpec.any("min", DIMENSIONLESS, -1.0, "lower bound (required)"),
                    ParameterSpec.any("max", DIMENSIONLESS, 1.0, "upper bound, >= min (required)")));

    /** Those a projection cannot take, with why (none since grids and Clip's inner initializer are parameters). */
    private static final List<String> JAVA_ONLY = List.of();

    /** Creates the factory; it holds no state. */
    public InitializerModels() {
    }

    private static ModelDescriptor d(String name, String description, ParameterSpec... params) {
        return new ModelDescriptor(name, ModelKind.INITIALIZER, description, List.of(params));
    }

    private static ParameterSpec[] scaling(double scale, int mode, int law) {
        return new ParameterSpec[] {
            ParameterSpec.positive("scale", DIMENSIONLESS, scale, "variance = scale / n"),
            new ParameterSpec("mode", DIMENSIONLESS, mode, 0, 2, false, "n: " + MODES),
            new ParameterSpec("distribution", DIMENSIONLESS, law, 0, 2, false, LAWS)};
    }

    @Override
    public String name() {
        return "initializers";
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return ModelNames.of(INITIALIZERS);
    }

    @Override
    public List<ModelDescriptor> models() {
        return INITIALIZERS;
    }

    @Override
    public DynamicalSystem create(String model, String name, int size, Parameters params) {
        throw new ModelException("initializer '" + model + "' draws a weight matrix, it is not a population: name "
                + "it as a projection's weight ({\"init\": \"" + model + "\", ...}) or use Initializers from Java; "
                + "known initializers: " + ModelNames.of(INITIALIZERS));
    }

    /** @return the names of the initializers a projection's weight may name */
    public static List<String> forProjections() {
        List<String> out = new ArrayList<>();
        for (ModelDescriptor m : INITIALIZERS) {
            if (!JAVA_ONLY.contains(m.name())) {
                out.add(m.name());
            }
        }
        return out;
    }

    /**
     * Builds an initializer for a projection's pre × post weight matrix.
     *
     * @param initializer its name, one of {@link #forProjections()}
     * @param params      its parameters (defaults for those not given)
     * @return the kit's initializer, the same object {@link Initializers} builds from Java
     * @throws ParameterException for an unknown name (listing the known ones), an unknown parameter or a value out
     *                            of range (naming the range)
     */
    public static MatrixInitializer matrix(InitializerSpec spec) {
        if (spec.initializer().equals("Clip")) {
            ModelDescriptor clip = descriptor("Clip");
            spec.params().requireKnown("Clip", clip.parameters());
            if (spec.inner() == null) {
                throw new ParameterException("Clip.of", "missing", "the initializer whose values are clipped, e.g. "
                        + "{\"init\": \"Clip\", \"min\": -1, \"max\": 1, \"of\": {\"init\": \"Normal\"}}");
            }
            return Initializers.clip(matrix(spec.inner()), spec.params().get(clip.parameters().get(0)),
                    spec.params().get(clip.parameters().get(1)));
        }
        if (spec.inner() != null) {
            throw new ParameterException(spec.initializer() + ".of", spec.inner().initializer(),
                    "only Clip wraps another initializer");
        }
        return matrix(spec.initializer(), spec.params());
    }

    private static ModelDescriptor descriptor(String name) {
        for (ModelDescriptor m : INITIALIZERS) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new IllegalStateException(name);
    }

    /**
     * A distance kernel whose grid is known only at fill time: pre and post are the same neurons (square matrix),
     * on a line or ring ({@code gridRows} = 0) or on {@code gridRows} rows.
     */
    private static MatrixInitializer onGrid(String name, int gridRows,
                                            java.util.function.Function<int[], MatrixInitializer> kernel) {
        return new MatrixInitializer() {
            @Override
            public void fill(int rows, int cols, org.brainj.api.random.CounterRandom random, int stream,
                             double[] out) {
                if (rows != cols) {
                    throw new ParameterException(name, rows + " x " + cols, "a square matrix: pre and post on the "
                            + "same grid (the same size)");
                }
                if (gridRows > 0 && rows % gridRows != 0) {
                    throw new ParameterException(name + ".grid_rows", String.valueOf(gridRows),
                            "a divisor of the population size " + rows);
                }
                int[] grid = gridRows == 0 ? new int[] {rows} : new int[] {gridRows, rows / gridRows};
                kernel.apply(grid).fill(rows, cols, random, stream, out);
            }

            @Override
            public String toString() {
                return name + " on " + (gridRows == 0 ? "a line" : gridRows + " rows");
            }
        };
    }

    /**
     * Builds an initializer for a projection's pre × post weight matrix (not Clip, which needs its inner
     * initializer: see {@link #matrix(InitializerSpec)}).
     *
     * @param initializer its name, one of {@link #forProjections()}
     * @param params      its parameters (defaults for those not given)
     * @return the kit's initializer
     */
    public static MatrixInitializer matrix(String initializer, Parameters params) {
        ModelDescriptor d = null;
        for (ModelDescriptor m : INITIALIZERS) {
            if (m.name().equals(initializer)) {
                d = m;
            }
        }
        if (d == null || JAVA_ONLY.contains(initializer)) {
            throw new ParameterException("initializer", initializer, d == null ? "one of "
                    + String.join(", ", forProjections()) : "one of " + String.join(", ", forProjections())
                    + "; " + initializer + " needs " + (initializer.equals("Clip") ? "an inner initializer"
                    : initializer.equals("DeltaOrthogonal") ? "a convolution kernel" : "a grid")
                    + ", which a projection's matrix lacks: build it with Initializers in Java");
        }
        params.requireKnown(initializer, d.parameters());
        List<ParameterSpec> p = d.parameters();
        switch (initializer) {
            case "ZeroInit":
                return Initializers.zeroInit();
            case "OneInit":
                return Initializers.oneInit(params.get(VALUE_1));
            case "Constant":
                return Initializers.constant(params.get(VALUE_1));
            case "Identity":
                return Initializers.identity(params.get(VALUE_1));
            case "Uniform":
                return Initializers.uniform(params.get(MIN_VAL), params.get(MAX_VAL));
            case "Normal":
                return Initializers.normal(params.get(MEAN), params.get(SD));
            case "TruncatedNormal": {
                double lower = params.get(LOWER);
                double upper = params.get(UPPER);
                return Initializers.truncatedNormal(params.get(LOC), params.get(TN_SCALE),
                        lower == -Double.MAX_VALUE ? Double.NEGATIVE_INFINITY : lower,
                        upper == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : upper);
            }
            case "Gamma":
                if (!params.asMap().containsKey("shape")) {
                    throw new ParameterException("Gamma.shape", "missing", "required: > 0");
                }
                return Initializers.gamma(params.get(SHAPE), params.get(THETA));
            case "Exponential":
                return Initializers.exponential(params.get(EXP_SCALE));
            case "Orthogonal":
                return Initializers.orthogonal(params.get(ORTHO_SCALE));
            case "DeltaOrthogonal":
                // A projection's matrix is a 1x1 convolution (in = pre, out = post): only the centre tap.
                return Initializers.deltaOrthogonal(params.get(ORTHO_SCALE), 1);
            case "GaussianDecay": {
                double sigma = params.get(p.get(0));
                double maxW = params.get(p.get(1));
                double minW = params.get(p.get(2));
                boolean periodic = Flags.get(params, p.get(3));
                boolean normalize = Flags.get(params, p.get(4));
                boolean self = Flags.get(params, p.get(5));
                return onGrid(initializer, gridRows(params, p.get(6)),
                        grid -> Initializers.gaussianDecay(sigma, maxW, minW, grid, periodic, normalize, self));
            }
            case "DOGDecay": {
                double[] sigmas = {params.get(p.get(0)), params.get(p.get(1))};
                double[] maxWs = {params.get(p.get(2)), params.get(p.get(3))};
                double minW = params.get(p.get(4));
                boolean periodic = Flags.get(params, p.get(5));
                boolean normalize = Flags.get(params, p.get(6));
                boolean self = Flags.get(params, p.get(7));
                return onGrid(initializer, gridRows(params, p.get(8)),
                        grid -> Initializers.dogDecay(sigmas, maxWs, minW, grid, periodic, normalize, self));
            }
            case "Clip":
                throw new ParameterException("Clip.of", "missing", "the initializer whose values are clipped");
            default:
                // The variance-scaling family: scale, mode, distribution.
                return Initializers.varianceScaling(params.get(p.get(0)), choice(params, p.get(1), MODE_NAMES),
                        choice(params, p.get(2), LAW_NAMES));
        }
    }

    private static int gridRows(Parameters params, ParameterSpec spec) {
        double v = params.get(spec);
        if (v != Math.rint(v)) {
            throw new ParameterException(spec.name(), String.valueOf(v), "a whole number >= 0");
        }
        return (int) v;
    }

    private static String choice(Parameters params, ParameterSpec spec, List<String> names) {
        double v = params.get(spec);
        if (v != Math.rint(v)) {
            throw new ParameterException(spec.name(), String.valueOf(v), "one of " + spec.description());
        }
        return names.get((int) v);
    }
}
