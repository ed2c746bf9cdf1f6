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
}
