package org.brainj.integrators.internal.bench;

import java.util.Arrays;

import org.brainj.api.integrate.DelayedOdeSystem;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.NoiseForm;
import org.brainj.api.integrate.PastValues;
import org.brainj.api.integrate.SdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * ns per element-step of the SDE, delay and fractional steppers, single thread, best of five repetitions. Not a test:
 * run with {@code java -cp target/classes:target/test-classes:<deps> ...SdeDelayFractionalBenchmark}.
 */
public final class SdeDelayFractionalBenchmark {

    private SdeDelayFractionalBenchmark() {
    }

    /** dX = −X dt + 0.3 X dW, one Wiener process per element. */
    static SdeSystem ou(int n) {
        return new SdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public NoiseForm noiseForm() {
                return NoiseForm.DIAGONAL;
            }

            @Override
            public int wienerDimension() {
                return n;
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                for (int i = 0; i < n; i++) {
                    dydt[i] = -y[i];
                }
            }

            @Override
            public boolean diagonalJacobian(double t, double[] y, double[] diag) {
                Arrays.fill(diag, -1.0);
                return true;
            }

            @Override
            public void diffusion(double t, double[] y, double[] g) {
                for (int i = 0; i < n; i++) {
                    g[i] = 0.3 * y[i];
                }
            }
        };
    }

    static DelayedOdeSystem delayed(int n) {
        return new DelayedOdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double maxDelay() {
                return 1.0;
            }

            @Override
            public void history(double t, double[] out) {
                Arrays.fill(out, 1.0);
            }

            @Override
            public void derivatives(double t, double[] y, PastValues past, double[] dydt) {
                double tp = t - 1.0;
                for (int i = 0; i < n; i++) {
                    dydt[i] = -past.at(i, tp);
                }
            }
        };
    }

    static FractionalOdeSystem fractional(int n) {
        double[] orders = new double[n];
        Arrays.fill(orders, 0.7);
        return new FractionalOdeSystem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double[] orders() {
                return orders.clone();
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                for (int i = 0; i < n; i++) {
                    dydt[i] = -y[i];
                }
            }
        };
    }

    private static double nsPerElementStep(Stepper s, int n, int steps, double dt) {
        double best = Double.MAX_VALUE;
        double[] y = new double[n];
        for (int rep = 0; rep < 5; rep++) {
            Arrays.fill(y, 1.0);
            s.reset();
            long t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) {
                s.step(k, k * dt, dt, y);
            }
            long el = System.nanoTime() - t0;
            best = Math.min(best, (double) el / ((double) n * steps));
        }
        return best;
    }

    public static void main(String[] args) {
        IntegratorOptions o = IntegratorOptions.DEFAULTS;
        int n = 1_000_000;
        System.out.println("| method | kind | elements | steps | setting | ns / element-step |");
        System.out.println("|---|---|---|---|---|---|");
        for (String m : new String[] {"euler", "milstein", "exp_euler", "srk1w1"}) {
            Stepper s = Integrators.create(m, EquationKind.SDE, ou(n), o);
            System.out.printf("| %s | SDE | %d | 20 | diagonal noise | %.1f |%n", m, n, nsPerElementStep(s, n, 20, 0.01));
        }
        for (String m : new String[] {"dde_euler", "dde_rk4"}) {
            Stepper s = Integrators.create(m, EquationKind.DDE, delayed(100_000), o);
            System.out.printf("| %s | DDE | %d | 200 | delay 1 ms, dt 0.1 ms, LINEAR | %.1f |%n", m, 100_000,
                    nsPerElementStep(s, 100_000, 200, 0.1));
        }
        for (String m : new String[] {"l1", "caputo_euler", "gl_short_memory"}) {
            Stepper s = Integrators.create(m, EquationKind.FDE, fractional(10_000), o.withMemoryLength(1000));
            System.out.printf("| %s | FDE | %d | 1000 | memory 1000 steps | %.1f |%n", m, 10_000,
                    nsPerElementStep(s, 10_000, 1000, 0.01));
        }
    }
}
