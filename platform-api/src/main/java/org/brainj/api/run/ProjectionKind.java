package org.brainj.api.run;

import java.util.Locale;

/**
 * Where a projection keeps its synaptic state and how it acts on the postsynaptic population (BrainPy's projection
 * families, FEATURES §3.7).
 */
public enum ProjectionKind {
    /**
     * Synaptic state has the postsynaptic shape; spikes go pre → delay → connectivity → synapse → output → post.
     * Identical synapse and output models onto one post population are merged into one state. Right for linear
     * synapses (Expon, DualExpon, Alpha) and event-driven connectivity.
     */
    ALIGN_POST,
    /**
     * Synaptic state has the presynaptic shape (one per presynaptic neuron, shared by every projection from it with the
     * same synapse model and delay); its value goes through the connectivity to the post population each step. Needed
     * for nonlinear synapses (NMDA, AMPA/GABAa kinetics, short-term plasticity).
     */
    ALIGN_PRE,
    /** No synaptic dynamics: each spike makes the postsynaptic potential jump by the weight (mV). */
    DELTA,
    /**
     * Electrical coupling (BrainPy's {@code GapJunction}): every step, I_post += w·Σ(V_pre − V_post) over the
     * connections, with the weight as the junction conductance; no spikes, synapse or output involved.
     */
    GAP_JUNCTION;

    /** @return the kind's name in specs: {@code align_post}, {@code align_pre}, {@code delta} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a kind's name, case-insensitive, {@code -} or {@code _} as separator
     * @return the kind
     * @throws IllegalArgumentException listing the kinds when none has that name
     */
    public static ProjectionKind of(String label) {
        for (ProjectionKind k : values()) {
            if (k.label().equalsIgnoreCase(label.replace('-', '_'))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown projection kind '" + label
                + "'; known: align_post, align_pre, delta, gap_junction");
    }
}
