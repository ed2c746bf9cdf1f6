package org.brainj.integrators.internal;

import org.brainj.api.integrate.OdeSystem;

/** Small ODEs with closed-form solutions, for checking steppers against exact references. */
final class TestSystems {

    private TestSystems() {
    }

    /** y' = -y on every component independently; y(t) = y(0)·e<sup>-t</sup>. */
    static class Decay implements OdeSystem {
        private final int n;

        Decay(int n) {
            this.n = n;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < n; i++) {
                dydt[i] = -y[i];
            }
        }
    }

    /** y1' = y2, y2' = -y1; from (1, 0) the solution is (cos t, -sin t). */
    static final class Rotation implements OdeSystem {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = y[1];
            dydt[1] = -y[0];
        }
    }

    /**
     * y' = -2 t y², nonlinear and non-autonomous, so it exercises the nodes c and the order conditions a linear
     * autonomous problem cannot tell apart; from y(0) = 1 the solution is 1 / (1 + t²).
     */
    static final class NonlinearDecay implements OdeSystem {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = -2.0 * t * y[0] * y[0];
        }
    }
}
