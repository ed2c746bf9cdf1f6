package org.brainj.integrators.internal.bench;

import java.util.List;

import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * ns per element-step of euler, rk4 and exp_auto on 10^6 LIF neurons and on 10^6 HH-style gating variables, single
 * thread, plus two probes that say what limits exp_auto: the same sweep with φ1 replaced by a multiply (memory
 * traffic alone) and φ1 alone over an array (the exponential alone). Not a test: run by hand.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     org.brainj.integrators.internal.bench.IntegratorThroughputBenchmark</pre>
 */
public final class IntegratorThroughputBenchmark {

    private static final int N = 1_000_000;
    private static final double DT = 0.1;
    private static final int WARMUP = 30;
    private static final int STEPS = 60;

    private IntegratorThroughputBenchmark() {
    }

    /** τ dV/dt = −(V − V_rest) + R I, I differing per neuron (so no branch is constant). */
    static final class Lif implements OdeSystem {
        final double[] ri = new double[N];

        Lif() {
            for (int i = 0; i < N; i++) {
                ri[i] = 10.0 + 10.0 * i / N;
            }
        }

        @Override
        public int dimension() {
            return N;
        }

        @Override
        public void derivatives(double t, double[] v, double[] dvdt) {
            final double inv = 1.0 / 10.0;
            for (int i = 0; i < N; i++) {
                dvdt[i] = (ri[i] - (v[i] + 65.0)) * inv;
            }
        }

        @Override
        public boolean diagonalJacobian(double t, double[] v, double[] diag) {
            java.util.Arrays.fill(diag, -0.1);
            return true;
        }
    }

    /** dx/dt = α(V)(1 − x) − β(V)x, V fixed per element, α and β precomputed per element. */
    static final class Gates implements OdeSystem {
        final double[] alpha = new double[N];
        final double[] beta = new double[N];

        Gates() {
            for (int i = 0; i < N; i++) {
                double v = -80.0 + 60.0 * i / N + 1e-7;
                alpha[i] = 0.01 * (v + 55.0) / (1.0 - Math.exp(-(v + 55.0) / 10.0));
                beta[i] = 0.125 * Math.exp(-(v + 65.0) / 80.0);
            }
        }

        @Override
        public int dimension() {
            return N;
        }

        @Override
        public void derivatives(double t, double[] x, double[] dxdt) {
            for (int i = 0; i < N; i++) {
                dxdt[i] = alpha[i] * (1.0 - x[i]) - beta[i] * x[i];
            }
        }

        @Override
        public boolean diagonalJacobian(double t, double[] x, double[] diag) {
            for (int i = 0; i < N; i++) {
                diag[i] = -(alpha[i] + beta[i]);
            }
            return true;
        }
    }

    public static void main(String[] args) {
        System.out.printf("%-10s %-8s %12s%n", "system", "method", "ns/elem-step");
        for (String system : List.of("lif", "gates")) {
            for (String method : List.of("euler", "rk4", "exp_auto")) {
                OdeSystem sys = system.equals("lif") ? new Lif() : new Gates();
                Stepper s = Integrators.create(method, EquationKind.ODE, sys, IntegratorOptions.DEFAULTS);
                double[] y = new double[N];
                java.util.Arrays.fill(y, system.equals("lif") ? -65.0 : 0.3);
                double ns = time(s, y);
                System.out.printf("%-10s %-8s %12.2f   (checksum %.6g)%n", system, method, ns, y[N / 3]);
            }
        }
        probes();
    }

    private static double time(Stepper s, double[] y) {
        for (int i = 0; i < WARMUP; i++) {
            s.step(i, i * DT, DT, y);
        }
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < STEPS; i++) {
                s.step(i, i * DT, DT, y);
            }
            best = Math.min(best, (double) (System.nanoTime() - t0) / STEPS / N);
        }
        return best;
    }

    /** A copy of the |z| &lt; 0.5 branch of ExponentialEuler.phi1 (package-private there), for the probe only. */
    private static double series(double z) {
        return 1.0 + z * (1.0 / 2 + z * (1.0 / 6 + z * (1.0 / 24 + z * (1.0 / 120 + z * (1.0 / 720
                + z * (1.0 / 5040 + z * (1.0 / 40320 + z * (1.0 / 362880 + z * (1.0 / 3628800
                + z * (1.0 / 39916800 + z * (1.0 / 479001600 + z * (1.0 / 6227020800.0
                + z * (1.0 / 87178291200.0 + z * (1.0 / 1307674368000.0))))))))))))));
    }

    /** What bounds exp_auto: the sweep without the exponential, and the exponential without the sweep. */
    private static void probes() {
        double[] y = new double[N];
        double[] f = new double[N];
        double[] l = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = 0.3;
            f[i] = 1e-3 * (i % 7);
            l[i] = -0.05 - 1e-7 * i;
        }
        double sweep = Double.MAX_VALUE;
        double phi = Double.MAX_VALUE;
        double series = Double.MAX_VALUE;
        double exp = Double.MAX_VALUE;
        double sink = 0;
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) {
                for (int i = 0; i < N; i++) {
                    y[i] += DT * (1.0 + DT * l[i]) * f[i];
                }
            }
            sweep = Math.min(sweep, (System.nanoTime() - t0) / 10.0 / N);
            t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) {
                for (int i = 0; i < N; i++) {
                    double z = DT * l[i];
                    sink += Math.expm1(z) / z;
                }
            }
            phi = Math.min(phi, (System.nanoTime() - t0) / 10.0 / N);
            t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) {
                for (int i = 0; i < N; i++) {
                    sink += series(DT * l[i]);
                }
            }
            series = Math.min(series, (System.nanoTime() - t0) / 10.0 / N);
            t0 = System.nanoTime();
            for (int k = 0; k < 10; k++) {
                for (int i = 0; i < N; i++) {
                    sink += Math.exp(DT * l[i]);
                }
            }
            exp = Math.min(exp, (System.nanoTime() - t0) / 10.0 / N);
        }
        System.out.printf("probe: exp_auto update sweep, phi1 replaced by 1 + z (3 arrays read, 1 written): %.2f ns/elem%n", sweep);
        System.out.printf("probe: expm1(z)/z alone (1 array read): %.2f ns/elem%n", phi);
        System.out.printf("probe: phi1 Taylor branch alone (|z| < 0.5, as exp_auto uses): %.2f ns/elem%n", series);
        System.out.printf("probe: Math.exp alone (1 array read), for comparison: %.2f ns/elem%n", exp);
        System.out.println("(sink " + sink + ")");
    }
}
