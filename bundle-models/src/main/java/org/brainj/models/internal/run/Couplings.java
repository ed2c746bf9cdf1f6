package org.brainj.models.internal.run;

import java.nio.file.Path;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.run.ArraySource;
import org.brainj.api.run.CouplingSpec;
import org.brainj.models.kit.DataConnectivity;
import org.brainj.models.kit.DelayCoupling;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NeuronGroup;

/**
 * Builds the {@link CouplingSpec}s of a network spec into {@link DelayCoupling} drives on their target populations:
 * the weight and delay matrices from inline arrays or matrix files (source × target, row-major), the weights times
 * the gain, the delays rounded to whole steps.
 */
final class Couplings {

    private Couplings() {
    }

    /**
     * Adds one coupling to a network whose populations exist.
     *
     * @param net the network
     * @param c   the coupling
     * @param dt  the step [ms]
     * @return the drive, added to the target
     */
    static DelayCoupling add(Network net, CouplingSpec c, double dt) {
        String where = "coupling " + c.describe();
        NeuronGroup source = net.population(c.source());
        NeuronGroup target = net.population(c.target());
        int pre = source.size();
        int post = target.size();
        double[] w = matrix(where + ".weights", c.weights(), pre, post);
        for (int k = 0; k < w.length; k++) {
            w[k] *= c.gain();
        }
        int[] lags = null;
        if (c.delays() != null) {
            double[] ms = matrix(where + ".delays", c.delays(), pre, post);
            try {
                lags = DelayCoupling.steps(ms, dt);
            } catch (BrainjException e) {
                throw new ModelException(where + ".delays: " + e.getMessage(), e);
            }
        }
        DelayCoupling d;
        try {
            d = c.kind() == CouplingSpec.Kind.DIFFUSIVE
                    ? DelayCoupling.diffusive(source, c.var1(), c.var2(), post, w, lags, c.initialDelayData())
                    : DelayCoupling.additive(source, c.var1(), post, w, lags, c.initialDelayData());
            net.input(d, target);
        } catch (BrainjException e) {
            throw new ModelException(where + ": " + e.getMessage(), e);
        }
        return d;
    }

    /** A pre × post row-major matrix from its one inline array or a matrix file. */
    private static double[] matrix(String where, ArraySource data, int pre, int post) {
        if (!data.isFile()) {
            if (data.arrays().size() != 1) {
                throw new ModelException(where + ": a matrix is one array, got " + data.arrays().keySet());
            }
            double[] v = data.arrays().values().iterator().next();
            if (v.length != (long) pre * post) {
                throw new ModelException(where + ": " + v.length + " values, but source x target = " + pre + " x "
                        + post + " = " + (long) pre * post);
            }
            return v;
        }
        CsrMatrix m;
        try {
            m = DataConnectivity.readMatrix(Path.of(data.file()), true);
        } catch (BrainjException e) {
            throw new ModelException(where + " (" + data.file() + "): " + e.getMessage(), e);
        }
        if (m.rows() != pre || m.cols() != post) {
            throw new ModelException(where + " (" + data.file() + "): the file holds a " + m.rows() + " x "
                    + m.cols() + " matrix, but source x target = " + pre + " x " + post);
        }
        double[] v = new double[pre * post];
        double[] values = m.data();
        for (int i = 0; i < pre; i++) {
            for (int e = m.indptr()[i]; e < m.indptr()[i + 1]; e++) {
                v[i * post + m.indices()[e]] = m.homogeneous() ? values[0] : values[e];
            }
        }
        return v;
    }
}
