package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/** Gathers and segment reductions between presynaptic, synaptic and postsynaptic arrays. */
@ConsumerType
public interface SegmentOps {

    /**
     * Gather: out<sub>k</sub> = pre[preIds<sub>k</sub>] for every synapse k.
     *
     * @param pre    presynaptic values (not modified)
     * @param preIds presynaptic index of each synapse (not modified)
     * @param out    per-synapse values (modified)
     */
    void pre2syn(double[] pre, int[] preIds, double[] out);

    /**
     * Segment reduction of per-synapse values onto postsynaptic units; overwrites {@code out}. For
     * {@link Reduction#SOFTMAX}, {@code out} is per-synapse (length of {@code syn}).
     *
     * @param syn     per-synapse values (not modified)
     * @param postIds postsynaptic index of each synapse (not modified)
     * @param how     the reduction
     * @param out     per-postsynaptic values, or per-synapse for SOFTMAX (modified)
     */
    void syn2post(double[] syn, int[] postIds, Reduction how, double[] out);

    /**
     * Scatter of presynaptic values through synapses onto postsynaptic units: reduction over synapses k of
     * pre[preIds<sub>k</sub>] into out[postIds<sub>k</sub>]; overwrites {@code out}. SOFTMAX is not allowed.
     *
     * @param pre     presynaptic values (not modified)
     * @param preIds  presynaptic index of each synapse (not modified)
     * @param postIds postsynaptic index of each synapse (not modified)
     * @param how     the reduction
     * @param out     per-postsynaptic values (modified)
     */
    void pre2post(double[] pre, int[] preIds, int[] postIds, Reduction how, double[] out);
}
