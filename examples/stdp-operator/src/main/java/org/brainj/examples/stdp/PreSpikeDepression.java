package org.brainj.examples.stdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.brainj.api.ops.ArgType;
import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.KernelArgs;
import org.brainj.api.ops.KernelSpec;
import org.brainj.api.ops.KernelSpec.Arg;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * An event-driven plasticity operator: the pre-synaptic half of pair-based STDP (Song, Miller and Abbott, Nat.
 * Neurosci. 3, 2000). When presynaptic unit i fires, each of its synapses k → j is depressed by the postsynaptic
 * trace, and clipped at the lower bound:
 *
 * <pre>
 *   w_k ← max(w_min, w_k − A_minus · trace_post[j])     for k in row i of the CSR matrix, i fired
 * </pre>
 *
 * Only the rows of units that fired are touched (spikes × fan-out per step, not nnz). The CPU implementation is
 * {@link #compute}; the same kernel for NVIDIA GPUs is CUDA C in {@code stdp_depression.cu} next to this class (one
 * thread per presynaptic row), returned by {@link #cudaSource()} for a GPU backend to compile.
 */
@Component(service = CustomOperator.class, property = Provider.RANKING + "=0")
public final class PreSpikeDepression implements CustomOperator {

    /** The operator's name, by which it is looked up. */
    public static final String NAME = "stdp-pre-depression";

    /** spikes, indptr, indices, trace_post in; weights in and out (updated in place); A_minus and w_min. */
    static final KernelSpec SPEC = new KernelSpec(
            List.of(new Arg("spikes", ArgType.BOOLEAN), new Arg("indptr", ArgType.INT),
                    new Arg("indices", ArgType.INT), new Arg("trace_post", ArgType.DOUBLE)),
            List.of(new Arg("weights", ArgType.DOUBLE)), List.of("A_minus", "w_min"), "stdp_pre_depression");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "pre-spike STDP depression w -= A_minus * trace_post, clipped at w_min (Java CPU + CUDA C)";
    }

    @Override
    public KernelSpec spec() {
        return SPEC;
    }

    @Override
    public void compute(KernelArgs args) {
        boolean[] spikes = args.booleans(0);
        int[] indptr = args.ints(1);
        int[] indices = args.ints(2);
        double[] trace = args.doubles(3);
        double[] w = args.doubles(4);
        double aMinus = args.parameter("A_minus");
        double wMin = args.parameter("w_min");
        for (int i = 0; i < spikes.length; i++) {
            if (spikes[i]) {
                for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                    w[k] = Math.max(wMin, w[k] - aMinus * trace[indices[k]]);
                }
            }
        }
    }

    @Override
    public Optional<String> cudaSource() {
        try (InputStream in = PreSpikeDepression.class.getResourceAsStream("stdp_depression.cu")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("stdp_depression.cu cannot be read from the bundle", e);
        }
    }
}
