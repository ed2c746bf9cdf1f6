package org.brainj.api.analysis;

/** Stability of a fixed point, with BrainPy's names for the 1-D and 2-D classes. */
public enum StabilityType {
    /** 1-D: f'(x*) &lt; 0. */
    STABLE_POINT("stable point"),
    /** 1-D: f'(x*) &gt; 0. */
    UNSTABLE_POINT("unstable point"),
    /** 1-D: f'(x*) = 0; 2-D: det J &lt; 0 (BrainPy calls a 2-D saddle "saddle node"). */
    SADDLE_NODE("saddle node"),
    /** 2-D: trace 0, det &gt; 0. */
    CENTER("center"),
    /** 2-D: det = 0, trace ≤ 0. */
    CENTER_MANIFOLD("center manifold"),
    /** 2-D: det = 0, trace &gt; 0. */
    UNSTABLE_LINE("unstable line"),
    /** 2-D: trace &lt; 0, complex eigenvalues. */
    STABLE_FOCUS("stable focus"),
    /** 2-D: trace &gt; 0, complex eigenvalues. */
    UNSTABLE_FOCUS("unstable focus"),
    /** 2-D: trace &lt; 0, distinct real eigenvalues. */
    STABLE_NODE("stable node"),
    /** 2-D: trace &gt; 0, distinct real eigenvalues. */
    UNSTABLE_NODE("unstable node"),
    /** 2-D: equal negative eigenvalues and J = λI. */
    STABLE_STAR("stable star"),
    /** 2-D: equal positive eigenvalues and J = λI. */
    UNSTABLE_STAR("unstable star"),
    /** 2-D: equal negative eigenvalues, J ≠ λI. */
    STABLE_DEGENERATE("stable degenerate"),
    /** 2-D: equal positive eigenvalues, J ≠ λI. */
    UNSTABLE_DEGENERATE("unstable degenerate"),
    /** n-D: every eigenvalue has negative real part. */
    STABLE("stable"),
    /** n-D: some eigenvalue has positive real part. */
    UNSTABLE("unstable");

    private final String label;

    StabilityType(String label) {
        this.label = label;
    }

    /** @return BrainPy's name for it */
    public String label() {
        return label;
    }
}
