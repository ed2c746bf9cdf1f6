package org.brainj.analysis.internal.dynamics;

import java.util.List;

import org.brainj.api.analysis.AnalyzableModel;

/** Test models with known fixed points and bifurcations. */
final class Models {

    private Models() {
    }

    /**
     * FitzHugh–Nagumo: dV = V − V³/3 − w + I, dw = (V + a − b w)/τ; a 0.7, b 0.8, τ 12.5 (FitzHugh 1961's values, as in
     * BrainPy's FHN model).
     */
    static AnalyzableModel fhn(boolean analyticJacobian) {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return List.of("V", "w");
            }

            @Override
            public List<String> parameters() {
                return List.of("a", "b", "tau", "I");
            }

            @Override
            public double[] defaultParameters() {
                return new double[] {0.7, 0.8, 12.5, 0.0};
            }

            @Override
            public void derivatives(double[] x, double[] p, double[] dxdt) {
                double v = x[0];
                dxdt[0] = v - v * v * v / 3 - x[1] + p[3];
                dxdt[1] = (v + p[0] - p[1] * x[1]) / p[2];
            }

            @Override
            public boolean jacobian(double[] x, double[] p, double[] j) {
                if (!analyticJacobian) {
                    return false;
                }
                j[0] = 1 - x[0] * x[0];
                j[1] = -1;
                j[2] = 1 / p[2];
                j[3] = -p[1] / p[2];
                return true;
            }
        };
    }

    /**
     * The saddle-node normal form dx/dt = s·r + x² (Strogatz, Nonlinear Dynamics and Chaos, §3.1); s = 1 by default,
     * s = −1 moves the fixed points to r &gt; 0.
     */
    static AnalyzableModel saddleNode() {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return List.of("x");
            }

            @Override
            public List<String> parameters() {
                return List.of("r", "s");
            }

            @Override
            public double[] defaultParameters() {
                return new double[] {0.0, 1.0};
            }

            @Override
            public void derivatives(double[] x, double[] p, double[] dxdt) {
                dxdt[0] = p[1] * p[0] + x[0] * x[0];
            }
        };
    }

    /** The linear field d(x, y)/dt = J (x − x0, y − y0) with J = [[j00, j01], [j10, j11]] as parameters. */
    static AnalyzableModel linear() {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return List.of("x", "y");
            }

            @Override
            public List<String> parameters() {
                return List.of("j00", "j01", "j10", "j11", "x0", "y0");
            }

            @Override
            public double[] defaultParameters() {
                return new double[] {-1, 0, 0, -1, 0, 0};
            }

            @Override
            public void derivatives(double[] u, double[] p, double[] dxdt) {
                double dx = u[0] - p[4];
                double dy = u[1] - p[5];
                dxdt[0] = p[0] * dx + p[1] * dy;
                dxdt[1] = p[2] * dx + p[3] * dy;
            }
        };
    }

    /**
     * Hodgkin–Huxley 1952 in the shifted convention of FEATURES §4.1 (BrainPy's HH): rest near −65 mV, E_Na 50,
     * E_K −77, E_L −54.387 mV, g_Na 120, g_K 36, g_L 0.3 mS/cm² (the 1952 leak, not BrainPy's 0.03), C 1 µF/cm².
     */
    static AnalyzableModel hodgkinHuxley() {
        return new AnalyzableModel() {
            @Override
            public List<String> variables() {
                return List.of("V", "m", "h", "n");
            }

            @Override
            public List<String> parameters() {
                return List.of("I", "gNa", "gK", "gL", "ENa", "EK", "EL", "C");
            }

            @Override
            public double[] defaultParameters() {
                return new double[] {0, 120, 36, 0.3, 50, -77, -54.387, 1};
            }

            @Override
            public void derivatives(double[] x, double[] p, double[] d) {
                double v = x[0];
                double m = x[1];
                double h = x[2];
                double n = x[3];
                double am = 0.1 * vtrap(-(v + 40), 10);
                double bm = 4 * Math.exp(-(v + 65) / 18);
                double ah = 0.07 * Math.exp(-(v + 65) / 20);
                double bh = 1 / (1 + Math.exp(-(v + 35) / 10));
                double an = 0.01 * vtrap(-(v + 55), 10);
                double bn = 0.125 * Math.exp(-(v + 65) / 80);
                double iNa = p[1] * m * m * m * h * (v - p[4]);
                double iK = p[2] * n * n * n * n * (v - p[5]);
                double iL = p[3] * (v - p[6]);
                d[0] = (-iNa - iK - iL + p[0]) / p[7];
                d[1] = am * (1 - m) - bm * m;
                d[2] = ah * (1 - h) - bh * h;
                d[3] = an * (1 - n) - bn * n;
            }
        };
    }

    /** x / (e^{x/y} − 1), with its limit y (1 − x/(2y)) near x = 0 (the 0/0 of α_m at −40 mV, α_n at −55 mV). */
    static double vtrap(double x, double y) {
        double r = x / y;
        if (Math.abs(r) < 1e-6) {
            return y * (1 - r / 2);
        }
        return x / Math.expm1(r);
    }
}
