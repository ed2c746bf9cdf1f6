package org.brainj.api.analysis;

/** Kinds of codimension-one bifurcation located on a branch of fixed points. */
public enum BifurcationType {
    /** Saddle-node (fold): det J = 0, two fixed points meet. */
    SADDLE_NODE,
    /** Andronov–Hopf: a complex pair of eigenvalues crosses the imaginary axis. */
    HOPF,
    /** Transcritical or pitchfork: branches cross with an exchange of stability. */
    BRANCH_POINT
}
