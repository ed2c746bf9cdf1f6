package org.brainj.api.ops;

/** How the weights of a just-in-time connectivity matrix are drawn. */
public enum WeightLaw {
    /** Every connection has weight {@code w0}. */
    HOMOGENEOUS,
    /** Uniform on [w0, w1). */
    UNIFORM,
    /** Normal with mean w0 and standard deviation w1. */
    NORMAL
}
