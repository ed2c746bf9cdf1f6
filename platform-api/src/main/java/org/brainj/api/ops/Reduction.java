package org.brainj.api.ops;

/** How values falling into one segment (one postsynaptic unit) are combined. */
public enum Reduction {
    /** Sum; empty segments give 0. */
    SUM,
    /** Product; empty segments give 0 (BrainPy's convention). */
    PROD,
    /** Maximum; empty segments give 0. */
    MAX,
    /** Minimum; empty segments give 0. */
    MIN,
    /** Arithmetic mean; empty segments give 0. */
    MEAN,
    /** Max-subtracted softmax within each segment (per-synapse output; syn2post only). */
    SOFTMAX
}
