package org.brainj.integrators.internal;

/**
 * A stochastic Runge–Kutta method of Rößler's SRI class (Rößler, SIAM J. Numer. Anal. 48 (2010) 922–952) for Itô
 * equations with scalar or diagonal noise, strong order 1.5: drift stages H<sup>(0)</sup> with couplings A0, B0 and
 * nodes c0, diffusion stages H<sup>(1)</sup> with A1, B1 and c1, drift weights α and noise weights β1..β4 of
 * I<sub>(1)</sub>, I<sub>(1,1)</sub>/√h, I<sub>(1,0)</sub>/h and I<sub>(1,1,1)</sub>/h. Matrices are s×s strictly
 * lower triangular.
 */
record SriTableau(String name, double[] c0, double[] c1, double[][] a0, double[][] a1, double[][] b0,
                  double[][] b1, double[] alpha, double[] beta1, double[] beta2, double[] beta3, double[] beta4) {

    /** SRI1W1 (Rößler's SRIW1): four stages, deterministic order 2. */
    static final SriTableau SRK1W1 = new SriTableau("srk1w1",
            new double[] {0, 3.0 / 4, 0, 0},
            new double[] {0, 1.0 / 4, 1, 1.0 / 4},
            new double[][] {{0, 0, 0, 0}, {3.0 / 4, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}},
            new double[][] {{0, 0, 0, 0}, {1.0 / 4, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 1.0 / 4, 0}},
            new double[][] {{0, 0, 0, 0}, {3.0 / 2, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}},
            new double[][] {{0, 0, 0, 0}, {1.0 / 2, 0, 0, 0}, {-1, 0, 0, 0}, {-5, 3, 1.0 / 2, 0}},
            new double[] {1.0 / 3, 2.0 / 3, 0, 0},
            new double[] {-1, 4.0 / 3, 2.0 / 3, 0},
            new double[] {-1, 4.0 / 3, -1.0 / 3, 0},
            new double[] {2, -4.0 / 3, -2.0 / 3, 0},
            new double[] {-2, 5.0 / 3, -2.0 / 3, 1});

    /** SRI2W1 (Rößler's SRIW2): four stages, deterministic order 3. */
    static final SriTableau SRK2W1 = new SriTableau("srk2w1",
            new double[] {0, 1, 1.0 / 2, 0},
            new double[] {0, 1.0 / 4, 1, 1.0 / 4},
            new double[][] {{0, 0, 0, 0}, {1, 0, 0, 0}, {1.0 / 4, 1.0 / 4, 0, 0}, {0, 0, 0, 0}},
            new double[][] {{0, 0, 0, 0}, {1.0 / 4, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 1.0 / 4, 0}},
            new double[][] {{0, 0, 0, 0}, {0, 0, 0, 0}, {1, 1.0 / 2, 0, 0}, {0, 0, 0, 0}},
            new double[][] {{0, 0, 0, 0}, {-1.0 / 2, 0, 0, 0}, {1, 0, 0, 0}, {2, -1, 1.0 / 2, 0}},
            new double[] {1.0 / 6, 1.0 / 6, 2.0 / 3, 0},
            new double[] {-1, 4.0 / 3, 2.0 / 3, 0},
            new double[] {1, -4.0 / 3, 1.0 / 3, 0},
            new double[] {2, -4.0 / 3, -2.0 / 3, 0},
            new double[] {-2, 5.0 / 3, -2.0 / 3, 1});

    /** @return the number of stages s */
    int stages() {
        return alpha.length;
    }
}
