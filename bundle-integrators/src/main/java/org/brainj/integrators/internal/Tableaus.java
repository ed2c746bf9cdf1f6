package org.brainj.integrators.internal;

import java.util.List;

import org.brainj.api.integrate.ButcherTableau;

/**
 * The fixed-step explicit Runge–Kutta methods BrainPy registers, as Butcher tableaus with the coefficients of its
 * documentation. Fractions are written as quotients so each entry is the double nearest the exact value.
 */
final class Tableaus {

    /** Forward Euler, order 1. */
    static final ButcherTableau EULER = ButcherTableau.explicit("euler", 1,
            new double[] {0.0},
            new double[][] {{}},
            new double[] {1.0});

    /** Explicit midpoint rule, order 2. */
    static final ButcherTableau MIDPOINT = ButcherTableau.explicit("midpoint", 2,
            new double[] {0.0, 0.5},
            new double[][] {{}, {0.5}},
            new double[] {0.0, 1.0});

    /** Heun's method (explicit trapezoidal rule), order 2. */
    static final ButcherTableau HEUN2 = ButcherTableau.explicit("heun2", 2,
            new double[] {0.0, 1.0},
            new double[][] {{}, {1.0}},
            new double[] {0.5, 0.5});

    /** Ralston's second-order method (minimum error bound among two-stage methods). */
    static final ButcherTableau RALSTON2 = ButcherTableau.explicit("ralston2", 2,
            new double[] {0.0, 2.0 / 3.0},
            new double[][] {{}, {2.0 / 3.0}},
            new double[] {0.25, 0.75});

    /** β of BrainPy's generic two-stage {@code rk2}; with 2/3 it coincides with Ralston's method. */
    static final double RK2_BETA = 2.0 / 3.0;

    /** Generic two-stage second-order family at β = 2/3: b = (1 − 1/(2β), 1/(2β)), c = (0, β). */
    static final ButcherTableau RK2 = ButcherTableau.explicit("rk2", 2,
            new double[] {0.0, RK2_BETA},
            new double[][] {{}, {RK2_BETA}},
            new double[] {1.0 - 1.0 / (2.0 * RK2_BETA), 1.0 / (2.0 * RK2_BETA)});

    /** Kutta's classical third-order method. */
    static final ButcherTableau RK3 = ButcherTableau.explicit("rk3", 3,
            new double[] {0.0, 0.5, 1.0},
            new double[][] {{}, {0.5}, {-1.0, 2.0}},
            new double[] {1.0 / 6.0, 2.0 / 3.0, 1.0 / 6.0});

    /** Heun's third-order method. */
    static final ButcherTableau HEUN3 = ButcherTableau.explicit("heun3", 3,
            new double[] {0.0, 1.0 / 3.0, 2.0 / 3.0},
            new double[][] {{}, {1.0 / 3.0}, {0.0, 2.0 / 3.0}},
            new double[] {0.25, 0.0, 0.75});

    /** Ralston's third-order method (minimum error bound). */
    static final ButcherTableau RALSTON3 = ButcherTableau.explicit("ralston3", 3,
            new double[] {0.0, 0.5, 0.75},
            new double[][] {{}, {0.5}, {0.0, 0.75}},
            new double[] {2.0 / 9.0, 1.0 / 3.0, 4.0 / 9.0});

    /** Strong-stability-preserving third-order method of Shu and Osher. */
    static final ButcherTableau SSPRK3 = ButcherTableau.explicit("ssprk3", 3,
            new double[] {0.0, 1.0, 0.5},
            new double[][] {{}, {1.0}, {0.25, 0.25}},
            new double[] {1.0 / 6.0, 1.0 / 6.0, 2.0 / 3.0});

    /** The classical fourth-order Runge–Kutta method. */
    static final ButcherTableau RK4 = ButcherTableau.explicit("rk4", 4,
            new double[] {0.0, 0.5, 0.5, 1.0},
            new double[][] {{}, {0.5}, {0.0, 0.5}, {0.0, 0.0, 1.0}},
            new double[] {1.0 / 6.0, 1.0 / 3.0, 1.0 / 3.0, 1.0 / 6.0});

    private static final double SQRT5 = Math.sqrt(5.0);

    /**
     * Ralston's fourth-order method (minimum truncation error bound, Ralston 1962), from the exact closed forms in √5
     * rather than BrainPy's eight-decimal values: those agree to 1.2e-8 but, being rounded, satisfy the fourth-order
     * conditions only to about 1e-8, which would cap the accuracy reachable with small steps.
     */
    static final ButcherTableau RALSTON4 = ButcherTableau.explicit("ralston4", 4,
            new double[] {0.0, 0.4, 7.0 / 8.0 - 3.0 * SQRT5 / 16.0, 1.0},
            new double[][] {
                {},
                {0.4},
                {(-2889.0 + 1428.0 * SQRT5) / 1024.0, (3785.0 - 1620.0 * SQRT5) / 1024.0},
                {(-3365.0 + 2094.0 * SQRT5) / 6040.0, (-975.0 - 3046.0 * SQRT5) / 2552.0,
                    (467040.0 + 203968.0 * SQRT5) / 240845.0}},
            new double[] {(263.0 + 24.0 * SQRT5) / 1812.0, (125.0 - 1000.0 * SQRT5) / 3828.0,
                (3426304.0 + 1661952.0 * SQRT5) / 5924787.0, (30.0 - 4.0 * SQRT5) / 123.0});

    /** Kutta's fourth-order 3/8 rule. */
    static final ButcherTableau RK4_38RULE = ButcherTableau.explicit("rk4_38rule", 4,
            new double[] {0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0},
            new double[][] {{}, {1.0 / 3.0}, {-1.0 / 3.0, 1.0}, {1.0, -1.0, 1.0}},
            new double[] {0.125, 0.375, 0.375, 0.125});

    /** Every tableau, in BrainPy's listing order. */
    static final List<ButcherTableau> ALL = List.of(EULER, MIDPOINT, HEUN2, RALSTON2, RK2, RK3, HEUN3, RALSTON3,
            SSPRK3, RK4, RALSTON4, RK4_38RULE);

    private Tableaus() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Embedded (adaptive) pairs, run by EmbeddedRungeKutta. b propagates the solution (BrainPy's B1; for rkf12 the
    // first-order row, see there), bHat is the embedded weights; b − bHat estimates the local error (of the
    // lower-order solution, which for every pair but rkf12 is the embedded one: local extrapolation).
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Fehlberg's RKF1(2), 3 stages, first same as last: BrainPy's nodes, coupling and weights, with the rows used as
     * Fehlberg designed them and the error row made to see the propagated solution's whole error.
     *
     * <p>Propagation: the first-order weights b = (1/256, 255/256, 0) (BrainPy's B2), without local extrapolation.
     * BrainPy propagates its second-order row B1 = (1/512, 255/256, 1/512) and estimates with B2, which measured
     * neither solution's error: tolerances were missed by 100-700×. Since c<sub>3</sub> = 1 and row 3 of a equals b,
     * the last stage is f(t + h, y<sub>n+1</sub>), reused as the next first stage (2 evaluations per step).
     *
     * <p>Error row: b̂ = (256/765, 253/765, 256/765), second order, instead of BrainPy's B1. The local error of the
     * propagated solution is h²/512·f'f − h³/6·f'f'f − 0.042·h³·f''(f, f) + O(h⁴): its second-order constant is
     * tiny by Fehlberg's design, so for h·|∂f/∂y| above about 6/512 the third-order terms dominate. B1 shares the
     * −h³/6·f'f'f term (Σ b̂ a c = 255/262144 instead of 1/6), so b − B1 sees only the h²/512 term: even propagating b and
     * controlled per unit step, the pair missed the tolerance by 20-50× on Van der Pol (μ = 5, tolerances 1e-3 to
     * 1e-5), and met it with this row. The row used here is the unique second-order row on these stages with
     * Σ b̂ a c = 1/6 and b̂<sub>1</sub> = b̂<sub>3</sub>: it is third order on linear problems, so b − b̂ captures the
     * dominant term of both orders. (With b̂ as the estimate, EmbeddedRungeKutta controls this pair per unit step, see
     * there.)
     */
    static final ButcherTableau RKF12 = new ButcherTableau("rkf12", 1,
            new double[] {0.0, 0.5, 1.0},
            new double[][] {{}, {0.5}, {1.0 / 256.0, 255.0 / 256.0}},
            new double[] {1.0 / 256.0, 255.0 / 256.0, 0.0},
            new double[] {256.0 / 765.0, 253.0 / 765.0, 256.0 / 765.0}, 2);

    /** Runge–Kutta–Fehlberg 4(5), propagating the fifth-order solution as BrainPy does, 6 stages. */
    static final ButcherTableau RKF45 = new ButcherTableau("rkf45", 5,
            new double[] {0.0, 0.25, 3.0 / 8.0, 12.0 / 13.0, 1.0, 0.5},
            new double[][] {
                {},
                {0.25},
                {3.0 / 32.0, 9.0 / 32.0},
                {1932.0 / 2197.0, -7200.0 / 2197.0, 7296.0 / 2197.0},
                {439.0 / 216.0, -8.0, 3680.0 / 513.0, -845.0 / 4104.0},
                {-8.0 / 27.0, 2.0, -3544.0 / 2565.0, 1859.0 / 4104.0, -11.0 / 40.0}},
            new double[] {16.0 / 135.0, 0.0, 6656.0 / 12825.0, 28561.0 / 56430.0, -9.0 / 50.0, 2.0 / 55.0},
            new double[] {25.0 / 216.0, 0.0, 1408.0 / 2565.0, 2197.0 / 4104.0, -0.2, 0.0}, 4);

    /**
     * Dormand–Prince 5(4) (DOPRI5): 7 stages, the last evaluated at the new solution (first same as last), so an
     * accepted step costs 6 evaluations.
     */
    static final ButcherTableau RKDP = new ButcherTableau("rkdp", 5,
            new double[] {0.0, 0.2, 0.3, 0.8, 8.0 / 9.0, 1.0, 1.0},
            new double[][] {
                {},
                {0.2},
                {3.0 / 40.0, 9.0 / 40.0},
                {44.0 / 45.0, -56.0 / 15.0, 32.0 / 9.0},
                {19372.0 / 6561.0, -25360.0 / 2187.0, 64448.0 / 6561.0, -212.0 / 729.0},
                {9017.0 / 3168.0, -355.0 / 33.0, 46732.0 / 5247.0, 49.0 / 176.0, -5103.0 / 18656.0},
                {35.0 / 384.0, 0.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0, 11.0 / 84.0}},
            new double[] {35.0 / 384.0, 0.0, 500.0 / 1113.0, 125.0 / 192.0, -2187.0 / 6784.0, 11.0 / 84.0, 0.0},
            new double[] {5179.0 / 57600.0, 0.0, 7571.0 / 16695.0, 393.0 / 640.0, -92097.0 / 339200.0,
                187.0 / 2100.0, 1.0 / 40.0}, 4);

    /** Cash–Karp 5(4), propagating the fifth-order solution, 6 stages. */
    static final ButcherTableau CK = new ButcherTableau("ck", 5,
            new double[] {0.0, 0.2, 0.3, 0.6, 1.0, 7.0 / 8.0},
            new double[][] {
                {},
                {0.2},
                {3.0 / 40.0, 9.0 / 40.0},
                {0.3, -0.9, 1.2},
                {-11.0 / 54.0, 2.5, -70.0 / 27.0, 35.0 / 27.0},
                {1631.0 / 55296.0, 175.0 / 512.0, 575.0 / 13824.0, 44275.0 / 110592.0, 253.0 / 4096.0}},
            new double[] {37.0 / 378.0, 0.0, 250.0 / 621.0, 125.0 / 594.0, 0.0, 512.0 / 1771.0},
            new double[] {2825.0 / 27648.0, 0.0, 18575.0 / 48384.0, 13525.0 / 55296.0, 277.0 / 14336.0, 0.25}, 4);

    /** Bogacki–Shampine 3(2): 4 stages with first same as last, so an accepted step costs 3 evaluations. */
    static final ButcherTableau BS = new ButcherTableau("bs", 3,
            new double[] {0.0, 0.5, 0.75, 1.0},
            new double[][] {{}, {0.5}, {0.0, 0.75}, {2.0 / 9.0, 1.0 / 3.0, 4.0 / 9.0}},
            new double[] {2.0 / 9.0, 1.0 / 3.0, 4.0 / 9.0, 0.0},
            new double[] {7.0 / 24.0, 0.25, 1.0 / 3.0, 0.125}, 2);

    /** Heun's method with forward Euler embedded: order 2(1), 2 stages. */
    static final ButcherTableau HEUN_EULER = new ButcherTableau("heun_euler", 2,
            new double[] {0.0, 1.0},
            new double[][] {{}, {1.0}},
            new double[] {0.5, 0.5},
            new double[] {1.0, 0.0}, 1);

    /** Every embedded pair, in BrainPy's listing order. */
    static final List<ButcherTableau> ADAPTIVE = List.of(RKF12, RKF45, RKDP, CK, BS, HEUN_EULER);
}
