package org.brainj.models.kit;

import org.brainj.api.core.ParameterException;
import org.brainj.api.random.CounterRandom;

/**
 * BrainPy's {@code DeltaOrthogonal(scale)} (Xiao et al. 2018, "Dynamical isometry and a mean field theory of CNNs"):
 * a convolution kernel laid out (kernel..., in, out) that is 0 except at the spatial centre, which holds an
 * orthogonal in × out matrix ({@link OrthogonalInit}), so the convolution is an orthogonal map at initialisation.
 */
public final class DeltaOrthogonalInit implements MatrixInitializer {

    private final double scale;
    private final int[] kernel;

    DeltaOrthogonalInit(double scale, int[] kernel) {
        if (!Double.isFinite(scale)) {
            throw new ParameterException("scale", String.valueOf(scale), "must be finite");
        }
        if (kernel.length < 1 || kernel.length > 3) {
            throw new ParameterException("kernel", java.util.Arrays.toString(kernel),
                    "1 to 3 spatial dimensions (BrainPy: 3 to 5 dimensions in all)");
        }
        for (int k : kernel) {
            if (k < 1) {
                throw new ParameterException("kernel", java.util.Arrays.toString(kernel), "sizes must be >= 1");
            }
        }
        this.scale = scale;
        this.kernel = kernel.clone();
    }

    /** @return the number of spatial taps, prod(kernel) */
    public int taps() {
        int t = 1;
        for (int k : kernel) {
            t *= k;
        }
        return t;
    }

    /** @return the index of the centre tap in the flattened kernel (each dimension's size / 2, row-major) */
    public int centre() {
        int c = 0;
        for (int k : kernel) {
            c = c * k + k / 2;
        }
        return c;
    }

    /**
     * @param rows   input channels
     * @param cols   output channels, ≥ rows
     * @param random the generator
     * @param stream the stream
     * @param out    receives taps()·rows·cols values, layout (kernel..., in, out)
     */
    @Override
    public void fill(int rows, int cols, CounterRandom random, int stream, double[] out) {
        if (rows > cols) {
            throw new ParameterException("in_channels", String.valueOf(rows), "must be <= out_channels = " + cols);
        }
        if ((long) taps() * rows * cols != out.length) {
            throw new ParameterException("shape", java.util.Arrays.toString(kernel) + "x" + rows + "x" + cols,
                    "must match the " + out.length + " values of the output");
        }
        java.util.Arrays.fill(out, 0.0);
        double[] centre = new double[rows * cols];
        new OrthogonalInit(scale).fill(rows, cols, random, stream, centre);
        System.arraycopy(centre, 0, out, centre() * rows * cols, centre.length);
    }

    @Override
    public double[] matrix(int rows, int cols, CounterRandom random, int stream) {
        double[] out = new double[taps() * rows * cols];
        fill(rows, cols, random, stream, out);
        return out;
    }

    @Override
    public String toString() {
        return "DeltaOrthogonal(scale=" + scale + ", kernel=" + java.util.Arrays.toString(kernel) + ")";
    }
}
