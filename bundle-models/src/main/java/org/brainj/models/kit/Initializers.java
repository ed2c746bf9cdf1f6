package org.brainj.models.kit;

import java.util.List;
import java.util.Locale;

import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's initializers ({@code bp.init}, brainpy/_src/initialize) with their names, parameters and defaults. A
 * weight matrix has rows = pre and columns = post, so fan-in = rows and fan-out = columns (BrainPy's
 * {@code shape[-2]}, {@code shape[-1]}); a vector is one row (fan-in = fan-out = its length).
 *
 * <ul>
 *   <li>constant laws: {@link #zeroInit()}, {@link #oneInit(double)}, {@link #constant(double)},
 *       {@link #identity(double)};</li>
 *   <li>independent laws: {@link #uniform(double, double)}, {@link #normal(double, double)},
 *       {@link #truncatedNormal(double, double, double, double)}, {@link #gamma(double, double)},
 *       {@link #exponential(double)};</li>
 *   <li>variance scaling (Glorot &amp; Bengio 2010; He et al. 2015; LeCun et al. 1998), as JAX and BrainPy define
 *       it: variance = scale / n with n = fan_in, fan_out or their mean; {@code uniform} draws U(±√(3·variance)),
 *       {@code normal} N(0, variance), {@code truncated_normal} N(0, 1) truncated to [−2, 2] times
 *       √variance / 0.87962566103423978 (the standard deviation of that truncation), so the variance is exact:
 *       {@link #varianceScaling}, {@link #kaimingUniform()}, {@link #kaimingNormal()}, {@link #xavierUniform()},
 *       {@link #xavierNormal()}, {@link #lecunUniform()}, {@link #lecunNormal()};</li>
 *   <li>{@link #orthogonal(double)} (Saxe et al. 2014) and {@link #deltaOrthogonal(double, int...)} (Xiao et al.
 *       2018);</li>
 *   <li>distance kernels on a grid: {@link #gaussianDecay} and {@link #dogDecay} (difference of Gaussians);</li>
 *   <li>{@link #clip(MatrixInitializer, double, double)}.</li>
 * </ul>
 * Every random value is keyed by (stream, position, {@link MatrixInitializer#STEP}, draw) of
 * {@link CounterRandom}.
 */
public final class Initializers {

    /** The standard deviation of N(0, 1) truncated to [−2, 2] (JAX's and BrainPy's constant). */
    static final double TRUNCATED_SD = 0.87962566103423978;

    /** The names {@link #byName} knows, BrainPy's class names. */
    public static final List<String> NAMES = List.of("ZeroInit", "OneInit", "Constant", "Identity", "Uniform",
            "Normal", "TruncatedNormal", "Gamma", "Exponential", "KaimingUniform", "KaimingNormal", "XavierUniform",
            "XavierNormal", "LecunUniform", "LecunNormal", "Orthogonal");

    private Initializers() {
    }

    /** A per-member rule: the value of member k of a rows × cols matrix. */
    private interface Element {
        double value(int k, int rows, int cols, CounterRandom random, int stream);
    }

    private static MatrixInitializer elementwise(String text, Element e) {
        return new MatrixInitializer() {
            @Override
            public void fill(int rows, int cols, CounterRandom random, int stream, double[] out) {
                check(rows, cols, out);
                for (int k = 0; k < out.length; k++) {
                    out[k] = e.value(k, rows, cols, random, stream);
                }
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    static void check(int rows, int cols, double[] out) {
        if (rows < 0 || cols < 0 || (long) rows * cols != out.length) {
            throw new ParameterException("shape", rows + "x" + cols, "must be >= 0 and match the " + out.length
                    + " values of the output");
        }
    }

    private static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new ParameterException(name, String.valueOf(v), "must be finite");
        }
        return v;
    }

    private static double positive(String name, double v) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new ParameterException(name, String.valueOf(v), "must be finite and > 0");
        }
        return v;
    }

    /** @return BrainPy's {@code ZeroInit()}: every value 0 */
    public static MatrixInitializer zeroInit() {
        return elementwise("ZeroInit()", (k, r, c, g, s) -> 0.0);
    }

    /**
     * @param value the value (BrainPy's default 1)
     * @return BrainPy's {@code OneInit(value)}: every value {@code value}
     */
    public static MatrixInitializer oneInit(double value) {
        finite("value", value);
        return elementwise("OneInit(value=" + value + ")", (k, r, c, g, s) -> value);
    }

    /**
     * @param value the value
     * @return BrainPy's {@code Constant(value)}
     */
    public static MatrixInitializer constant(double value) {
        finite("value", value);
        return elementwise("Constant(value=" + value + ")", (k, r, c, g, s) -> value);
    }

    /**
     * @param value the diagonal value (BrainPy's default 1)
     * @return BrainPy's {@code Identity(value)}: value on the diagonal (rectangular: the leading one), 0 elsewhere
     */
    public static MatrixInitializer identity(double value) {
        finite("value", value);
        return elementwise("Identity(value=" + value + ")", (k, r, c, g, s) -> k / c == k % c ? value : 0.0);
    }

    /**
     * @param minVal lower bound (BrainPy's default 0)
     * @param maxVal upper bound (default 1), ≥ minVal
     * @return BrainPy's {@code Uniform(min_val, max_val)}: U[min_val, max_val)
     */
    public static MatrixInitializer uniform(double minVal, double maxVal) {
        finite("min_val", minVal);
        if (!(maxVal >= minVal && Double.isFinite(maxVal))) {
            throw new ParameterException("max_val", String.valueOf(maxVal), "must be finite and >= min_val = "
                    + minVal);
        }
        double span = maxVal - minVal;
        return elementwise("Uniform(min_val=" + minVal + ", max_val=" + maxVal + ")",
                (k, r, c, g, s) -> minVal + span * RandomLaws.uniform(g, s, k, 0));
    }

    /**
     * @param mean  the mean (BrainPy's default 0)
     * @param scale the standard deviation (default 1), ≥ 0
     * @return BrainPy's {@code Normal(mean, scale)}
     */
    public static MatrixInitializer normal(double mean, double scale) {
        finite("mean", mean);
        if (!(scale >= 0 && Double.isFinite(scale))) {
            throw new ParameterException("scale", String.valueOf(scale), "must be finite and >= 0");
        }
        return elementwise("Normal(mean=" + mean + ", scale=" + scale + ")",
                (k, r, c, g, s) -> mean + scale * RandomLaws.normal(g, s, k, 0));
    }

    /**
     * @param loc   the mean of the untruncated normal (BrainPy's default 0)
     * @param scale its standard deviation (default 1), &gt; 0
     * @param lower lower truncation bound in the values' units (default −∞, BrainPy's {@code None})
     * @param upper upper truncation bound (default +∞), &gt; lower
     * @return BrainPy's {@code TruncatedNormal(loc, scale, lower, upper)}: N(loc, scale²) conditioned on
     *     [lower, upper]
     */
    public static MatrixInitializer truncatedNormal(double loc, double scale, double lower, double upper) {
        finite("loc", loc);
        positive("scale", scale);
        if (!(upper > lower) || Double.isNaN(lower)) {
            throw new ParameterException("upper", String.valueOf(upper), "must be > lower = " + lower);
        }
        double lo = (lower - loc) / scale;
        double hi = (upper - loc) / scale;
        return elementwise("TruncatedNormal(loc=" + loc + ", scale=" + scale + ", lower=" + lower + ", upper="
                + upper + ")", (k, r, c, g, s) -> loc + scale * RandomLaws.truncatedNormal(g, s, k, lo, hi));
    }

    /**
     * @param shape the shape parameter k, &gt; 0
     * @param scale the scale θ (BrainPy's default 1), &gt; 0
     * @return BrainPy's {@code Gamma(shape, scale)}: density ∝ x^(k−1) e^(−x/θ), mean kθ, variance kθ²
     */
    public static MatrixInitializer gamma(double shape, double scale) {
        positive("shape", shape);
        positive("scale", scale);
        return elementwise("Gamma(shape=" + shape + ", scale=" + scale + ")",
                (k, r, c, g, s) -> scale * RandomLaws.gamma(g, s, k, shape));
    }

    /**
     * @param scale the mean (BrainPy's default 1), &gt; 0
     * @return BrainPy's {@code Exponential(scale)}: density e^(−x/scale)/scale
     */
    public static MatrixInitializer exponential(double scale) {
        positive("scale", scale);
        return elementwise("Exponential(scale=" + scale + ")",
                (k, r, c, g, s) -> -scale * Math.log1p(-RandomLaws.uniform(g, s, k, 0)));
    }

    /**
     * BrainPy's {@code VarianceScaling(scale, mode, distribution)}.
     *
     * @param scale        the scale, &gt; 0
     * @param mode         {@code fan_in}, {@code fan_out} or {@code fan_avg}
     * @param distribution {@code truncated_normal}, {@code normal} or {@code uniform}
     * @return the initializer: values of variance scale / n
     */
    public static MatrixInitializer varianceScaling(double scale, String mode, String distribution) {
        positive("scale", scale);
        List<String> modes = List.of("fan_in", "fan_out", "fan_avg");
        List<String> laws = List.of("truncated_normal", "normal", "uniform");
        if (!modes.contains(mode)) {
            throw new ParameterException("mode", mode, "one of " + String.join(", ", modes));
        }
        if (!laws.contains(distribution)) {
            throw new ParameterException("distribution", distribution, "one of " + String.join(", ", laws));
        }
        String text = "VarianceScaling(scale=" + scale + ", mode=" + mode + ", distribution=" + distribution + ")";
        return new MatrixInitializer() {
            @Override
            public void fill(int rows, int cols, CounterRandom random, int stream, double[] out) {
                check(rows, cols, out);
                double fanIn = rows <= 1 ? cols : rows;
                double fanOut = cols;
                double n = mode.equals("fan_in") ? fanIn : mode.equals("fan_out") ? fanOut : (fanIn + fanOut) / 2;
                double variance = scale / Math.max(1.0, n);
                for (int k = 0; k < out.length; k++) {
                    switch (distribution) {
                        case "uniform":
                            out[k] = Math.sqrt(3 * variance) * (2 * RandomLaws.uniform(random, stream, k, 0) - 1);
                            break;
                        case "normal":
                            out[k] = Math.sqrt(variance) * RandomLaws.normal(random, stream, k, 0);
                            break;
                        default:
                            out[k] = Math.sqrt(variance) / TRUNCATED_SD
                                    * RandomLaws.truncatedNormal(random, stream, k, -2.0, 2.0);
                    }
                }
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    /** @return BrainPy's {@code KaimingUniform()}: scale 2, fan_in, uniform (He et al. 2015) */
    public static MatrixInitializer kaimingUniform() {
        return varianceScaling(2.0, "fan_in", "uniform");
    }

    /** @return BrainPy's {@code KaimingNormal()}: scale 2, fan_in, truncated_normal (He et al. 2015) */
    public static MatrixInitializer kaimingNormal() {
        return varianceScaling(2.0, "fan_in", "truncated_normal");
    }

    /** @return BrainPy's {@code XavierUniform()}: scale 1, fan_avg, uniform (Glorot &amp; Bengio 2010) */
    public static MatrixInitializer xavierUniform() {
        return varianceScaling(1.0, "fan_avg", "uniform");
    }

    /** @return BrainPy's {@code XavierNormal()}: scale 1, fan_avg, truncated_normal (Glorot &amp; Bengio 2010) */
    public static MatrixInitializer xavierNormal() {
        return varianceScaling(1.0, "fan_avg", "truncated_normal");
    }

    /** @return BrainPy's {@code LecunUniform()}: scale 1, fan_in, uniform (LeCun et al. 1998) */
    public static MatrixInitializer lecunUniform() {
        return varianceScaling(1.0, "fan_in", "uniform");
    }

    /** @return BrainPy's {@code LecunNormal()}: scale 1, fan_in, truncated_normal (LeCun et al. 1998) */
    public static MatrixInitializer lecunNormal() {
        return varianceScaling(1.0, "fan_in", "truncated_normal");
    }

    /**
     * @param scale multiplies the matrix (BrainPy's default 1)
     * @return BrainPy's {@code Orthogonal(scale)}: a Haar-random matrix with orthonormal columns (rows ≥ columns)
     *     or rows (rows &lt; columns), times scale (Saxe, McClelland &amp; Ganguli 2014)
     */
    public static MatrixInitializer orthogonal(double scale) {
        finite("scale", scale);
        return new OrthogonalInit(scale);
    }

    /**
     * BrainPy's {@code DeltaOrthogonal(scale)} for a convolution kernel of spatial size {@code kernel} (1 to 3
     * dimensions) with rows = in channels and columns = out channels: 0 everywhere except the centre tap, which holds
     * an orthogonal in × out matrix (Xiao et al. 2018). Needs in ≤ out.
     *
     * @param scale  multiplies the matrix
     * @param kernel the spatial kernel size, one to three entries
     * @return the initializer; {@link MatrixInitializer#fill} takes rows = in, cols = out and an output of
     *     prod(kernel)·in·out values laid out (kernel..., in, out)
     */
    public static DeltaOrthogonalInit deltaOrthogonal(double scale, int... kernel) {
        return new DeltaOrthogonalInit(scale, kernel);
    }

    /**
     * BrainPy's {@code GaussianDecay(sigma, max_w, min_w, periodic_boundary, normalize_dist, include_self)}:
     * neurons on a grid of the given size (the same for pre and post), w_ij = max_w·exp(−|x_i − x_j|²/(2σ²)),
     * weights below min_w set to 0.
     *
     * @param sigma            the width, &gt; 0
     * @param maxW             the peak weight
     * @param minW             weights below it become 0 (BrainPy's default: max_w·0.005, pass NaN for it)
     * @param grid             the grid's size per dimension (e.g. {@code 10, 10})
     * @param periodicBoundary distances wrap around (a torus)
     * @param normalizeDist    distances per dimension are divided by that dimension's size (BrainPy's default true)
     * @param includeSelf      keep w_ii
     * @return the initializer; fill with rows = cols = prod(grid)
     */
    public static MatrixInitializer gaussianDecay(double sigma, double maxW, double minW, int[] grid,
                                                  boolean periodicBoundary, boolean normalizeDist,
                                                  boolean includeSelf) {
        return DistanceDecay.gaussian(sigma, maxW, minW, grid, periodicBoundary, normalizeDist, includeSelf);
    }

    /**
     * BrainPy's {@code DOGDecay(sigmas, max_ws, min_w, ...)}: a difference of Gaussians,
     * w_ij = max_w₁·exp(−d²/(2σ₁²)) − max_w₂·exp(−d²/(2σ₂²)), |w| below min_w set to 0.
     *
     * @param sigmas           σ₁, σ₂ &gt; 0
     * @param maxWs            max_w₁, max_w₂
     * @param minW             |w| below it becomes 0 (NaN: BrainPy's default |max_w₁ − max_w₂|·0.005)
     * @param grid             the grid's size per dimension
     * @param periodicBoundary distances wrap around
     * @param normalizeDist    distances per dimension are divided by that dimension's size
     * @param includeSelf      keep w_ii
     * @return the initializer; fill with rows = cols = prod(grid)
     */
    public static MatrixInitializer dogDecay(double[] sigmas, double[] maxWs, double minW, int[] grid,
                                             boolean periodicBoundary, boolean normalizeDist, boolean includeSelf) {
        return DistanceDecay.dog(sigmas, maxWs, minW, grid, periodicBoundary, normalizeDist, includeSelf);
    }

    /**
     * @param inner the initializer whose values are clipped
     * @param min   lower bound
     * @param max   upper bound, ≥ min
     * @return BrainPy's {@code Clip(init, min, max)}
     */
    public static MatrixInitializer clip(MatrixInitializer inner, double min, double max) {
        if (!(max >= min)) {
            throw new ParameterException("max", String.valueOf(max), "must be >= min = " + min);
        }
        return new MatrixInitializer() {
            @Override
            public void fill(int rows, int cols, CounterRandom random, int stream, double[] out) {
                inner.fill(rows, cols, random, stream, out);
                for (int k = 0; k < out.length; k++) {
                    out[k] = Math.min(max, Math.max(min, out[k]));
                }
            }

            @Override
            public String toString() {
                return "Clip(" + inner + ", min=" + min + ", max=" + max + ")";
            }
        };
    }

    /**
     * An initializer by BrainPy class name with BrainPy's defaults for the arguments not given; the arguments are, in
     * order: OneInit/Constant/Identity (value), Uniform (min_val, max_val), Normal (mean, scale), TruncatedNormal
     * (loc, scale, lower, upper), Gamma (shape, scale), Exponential (scale), Orthogonal (scale); the variance-scaling
     * presets take none.
     *
     * @param name one of {@link #NAMES}
     * @param args positional arguments (may be fewer than the initializer takes)
     * @return the initializer
     */
    public static MatrixInitializer byName(String name, double... args) {
        switch (name) {
            case "ZeroInit":
                return zeroInit();
            case "OneInit":
                return oneInit(arg(args, 0, 1.0));
            case "Constant":
                return constant(arg(args, 0, 1.0));
            case "Identity":
                return identity(arg(args, 0, 1.0));
            case "Uniform":
                return uniform(arg(args, 0, 0.0), arg(args, 1, 1.0));
            case "Normal":
                return normal(arg(args, 0, 0.0), arg(args, 1, 1.0));
            case "TruncatedNormal":
                return truncatedNormal(arg(args, 0, 0.0), arg(args, 1, 1.0), arg(args, 2, Double.NEGATIVE_INFINITY),
                        arg(args, 3, Double.POSITIVE_INFINITY));
            case "Gamma":
                if (args.length == 0) {
                    throw new ParameterException("Gamma.shape", "missing", "required: > 0");
                }
                return gamma(args[0], arg(args, 1, 1.0));
            case "Exponential":
                return exponential(arg(args, 0, 1.0));
            case "KaimingUniform":
                return kaimingUniform();
            case "KaimingNormal":
                return kaimingNormal();
            case "XavierUniform":
                return xavierUniform();
            case "XavierNormal":
                return xavierNormal();
            case "LecunUniform":
                return lecunUniform();
            case "LecunNormal":
                return lecunNormal();
            case "Orthogonal":
                return orthogonal(arg(args, 0, 1.0));
            default:
                throw new ParameterException("initializer", name, "one of " + String.join(", ", NAMES)
                        + (name.toLowerCase(Locale.ROOT).contains("decay") ? " (GaussianDecay and DOGDecay need a "
                        + "grid: use Initializers.gaussianDecay / dogDecay)" : ""));
        }
    }

    private static double arg(double[] args, int k, double dflt) {
        return k < args.length ? args[k] : dflt;
    }
}
