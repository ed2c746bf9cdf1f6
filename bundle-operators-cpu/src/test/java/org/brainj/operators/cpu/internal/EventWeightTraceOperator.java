package org.brainj.operators.cpu.internal;

import java.util.List;

import org.brainj.api.ops.ArgType;
import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.KernelArgs;
import org.brainj.api.ops.KernelSpec;
import org.brainj.api.ops.KernelSpec.Arg;

/**
 * Example custom event-driven operator, as a user's bundle would ship it: for every presynaptic unit i that fired,
 * out<sub>j</sub> += gain · w<sub>k</sub> · trace<sub>j</sub> over its CSR synapses k → j (a trace-gated
 * propagation). CPU-only (no CUDA source). Registered through ServiceLoader in the test resources.
 */
public final class EventWeightTraceOperator implements CustomOperator {

    /** The signature: spikes, indptr, indices, weights, trace in; out out; parameter gain. */
    static final KernelSpec SPEC = new KernelSpec(
            List.of(new Arg("spikes", ArgType.BOOLEAN), new Arg("indptr", ArgType.INT),
                    new Arg("indices", ArgType.INT), new Arg("weights", ArgType.DOUBLE),
                    new Arg("trace", ArgType.DOUBLE)),
            List.of(new Arg("out", ArgType.DOUBLE)), List.of("gain"), "");

    /** ServiceLoader constructor. */
    public EventWeightTraceOperator() {
    }

    @Override
    public String name() {
        return "event-weight-trace";
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
        double[] weights = args.doubles(3);
        double[] trace = args.doubles(4);
        double[] out = args.doubles(5);
        double gain = args.parameter("gain");
        for (int i = 0; i < spikes.length; i++) {
            if (spikes[i]) {
                for (int k = indptr[i], end = indptr[i + 1]; k < end; k++) {
                    int j = indices[k];
                    out[j] += gain * weights[k] * trace[j];
                }
            }
        }
    }
}
