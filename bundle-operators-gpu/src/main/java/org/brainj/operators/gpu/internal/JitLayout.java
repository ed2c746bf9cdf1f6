package org.brainj.operators.gpu.internal;

import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;

/**
 * The arguments every just-in-time-connectivity kernel takes, derived from a {@link JitConnSpec} exactly as the CPU
 * backend derives them (the canonical algorithm of {@code JitRowStream} in bundle-operators-cpu): segments S and
 * width W from the spec, key words from the seed, and the doubles that need a logarithm computed here with
 * {@link StrictMath#log(double)} (fdlibm; the CPU backend's own fdlibm port equals it bit for bit), so the device does
 * not depend on its own {@code log} for them. Immutable.
 *
 * @param rows     rows (presynaptic size)
 * @param cols     columns (postsynaptic size)
 * @param segments S
 * @param width    W
 * @param law      0 homogeneous, 1 uniform, 2 normal (brainj_jit.cuh's BJ_JIT_* values)
 * @param dense    1 when prob = 1
 * @param empty    1 when 1 − prob rounds to 1
 * @param k0       low key word, seed &amp; 0xFFFFFFFF
 * @param k1       high key word, seed &gt;&gt;&gt; 32
 * @param rate     1 / log(1 − prob), 0 when dense or empty
 * @param w0       weight, low bound or mean
 * @param w1       high bound or standard deviation
 */
record JitLayout(int rows, int cols, int segments, int width, int law, int dense, int empty, int k0, int k1,
                 double rate, double w0, double w1) {

    /** Entries of each of the two tables. */
    static final int TABLE = 1024;

    /**
     * @param spec a matrix
     * @return its kernel arguments
     */
    static JitLayout of(JitConnSpec spec) {
        double p = spec.prob();
        boolean dense = p == 1.0;
        boolean empty = 1.0 - p == 1.0;
        int law = spec.law() == WeightLaw.UNIFORM ? 1 : spec.law() == WeightLaw.NORMAL ? 2 : 0;
        return new JitLayout(spec.rows(), spec.cols(), spec.segments(), spec.segmentWidth(), law, dense ? 1 : 0,
                empty ? 1 : 0, (int) spec.seed(), (int) (spec.seed() >>> 32),
                dense || empty ? 0.0 : 1.0 / StrictMath.log(1.0 - p), spec.w0(), spec.w1());
    }

    /**
     * The logarithm tables of L(x): inv[j] = 1 / (1 + j/1024) in [0, 1024), then ln[j] = log(1 + j/1024) in
     * [1024, 2048), as the kernels read them.
     *
     * @return a new array of 2048 doubles
     */
    static double[] tables() {
        double[] t = new double[2 * TABLE];
        for (int j = 0; j < TABLE; j++) {
            double c = 1.0 + j / 1024.0;
            t[j] = 1.0 / c;
            t[TABLE + j] = StrictMath.log(c);
        }
        return t;
    }
}
