package org.brainj.integrators.internal;

import java.util.Arrays;
import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * Common part of the Caputo fractional steppers: the orders α<sub>i</sub> (validated, and grouped so components of
 * the same order share one weight table), a ring of the last {@code memoryLength} per-step vectors (flat, slot-major,
 * allocated at construction) and the fixed step size these convolution schemes require.
 *
 * <p>Memory is short (truncated): only the most recent {@code memoryLength} steps enter the history sums.
 */
abstract class FractionalStepper implements Stepper {

    final String name;
    final FractionalOdeSystem system;
    final int n;
    /** Memory length M: number of stored past vectors. */
    final int memory;
    /** α of each component. */
    final double[] alpha;
    /** Index of each component's order in {@link #groupAlpha}. */
    final int[] group;
    /** The distinct orders. */
    final double[] groupAlpha;
    /** Ring of M vectors of length n; slot r at [r·n, (r+1)·n). */
    private final double[] ring;
    /** Slot of the most recent vector, −1 when empty. */
    private int head = -1;
    /** Number of stored vectors, ≤ M. */
    int count;
    /** Steps taken since the start or {@link #reset()}. */
    long steps;
    /** The step size of this run [ms]; NaN before the first step. */
    double fixedDt = Double.NaN;

    /**
     * @param name         method name for messages
     * @param system       the equations
     * @param memoryLength stored past steps, ≥ 1
     * @throws ParameterException naming {@code alpha[i]} when an order is outside (0, 1]
     */
    FractionalStepper(String name, FractionalOdeSystem system, int memoryLength) {
        this.name = Objects.requireNonNull(name, "name");
        this.system = Objects.requireNonNull(system, "system");
        this.n = system.dimension();
        if (n < 0) {
            throw new IllegalArgumentException(name + ": system dimension = " + n + " is out of range: must be >= 0");
        }
        if (memoryLength < 1) {
            throw new ParameterException("memoryLength", String.valueOf(memoryLength), "must be >= 1");
        }
        if ((long) memoryLength * n > Integer.MAX_VALUE - 8) {
            throw new ParameterException("memoryLength", String.valueOf(memoryLength),
                    "memoryLength x dimension (" + n + ") must fit one array: at most " + (Integer.MAX_VALUE - 8)
                            / Math.max(1, n));
        }
        this.memory = memoryLength;
        double[] orders = system.orders();
        if (orders == null || orders.length != n) {
            throw new IllegalArgumentException(name + ": orders() has length "
                    + (orders == null ? "null" : String.valueOf(orders.length)) + " but the dimension is " + n);
        }
        this.alpha = orders.clone();
        this.group = new int[n];
        double[] distinct = new double[Math.min(n, 16)];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            double a = alpha[i];
            if (!(a > 0.0 && a <= 1.0)) {
                throw new ParameterException("alpha[" + i + "]", String.valueOf(a),
                        "the Caputo order of component " + i + " must be in (0, 1]");
            }
            int gidx = -1;
            for (int k = 0; k < groups; k++) {
                if (distinct[k] == a) {
                    gidx = k;
                    break;
                }
            }
            if (gidx < 0) {
                if (groups == distinct.length) {
                    distinct = Arrays.copyOf(distinct, groups * 2);
                }
                distinct[groups] = a;
                gidx = groups++;
            }
            group[i] = gidx;
        }
        this.groupAlpha = Arrays.copyOf(distinct, groups);
        this.ring = new double[memoryLength * n];
    }

    /** Refuses a bad state or step, and a step size other than the run's first (the weights assume a fixed grid). */
    final void check(double dt, double[] y) {
        if (y.length != n) {
            throw new IllegalArgumentException(name + ": state length = " + y.length
                    + " does not match the system dimension " + n);
        }
        if (!(dt > 0) || dt == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + ": dt = " + dt + " ms is out of range: must be finite and > 0");
        }
        if (steps == 0) {
            fixedDt = dt;
        } else if (Math.abs(dt - fixedDt) > 1e-9 * fixedDt) {
            throw new IllegalArgumentException(name + ": dt = " + dt + " ms differs from this run's step "
                    + fixedDt + " ms: fractional memory needs a fixed step; call reset() to start a run with another");
        }
    }

    /** Stores {@code values} as the most recent vector, dropping the oldest once M are kept. */
    final void push(double[] values) {
        head = head + 1 == memory ? 0 : head + 1;
        System.arraycopy(values, 0, ring, head * n, n);
        if (count < memory) {
            count++;
        }
    }

    /**
     * out<sub>i</sub> = Σ<sub>r=1..count</sub> weights[group<sub>i</sub>][r] · (r-th most recent vector)<sub>i</sub>.
     *
     * @param weights per order group, indexed 1..M (entry 0 unused)
     * @param out     receives the sums (modified)
     */
    final void weightedMemory(double[][] weights, double[] out) {
        Arrays.fill(out, 0, n, 0.0);
        int slot = head;
        final boolean uniform = groupAlpha.length == 1;
        for (int r = 1; r <= count; r++) {
            int base = slot * n;
            if (uniform) {
                double w = weights[0][r];
                for (int i = 0; i < n; i++) {
                    out[i] += w * ring[base + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    out[i] += weights[group[i]][r] * ring[base + i];
                }
            }
            slot = slot == 0 ? memory - 1 : slot - 1;
        }
    }

    @Override
    public void reset() {
        head = -1;
        count = 0;
        steps = 0;
        fixedDt = Double.NaN;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + ", orders " + Arrays.toString(groupAlpha) + ", memory "
                + memory + " steps, dimension " + n + "]";
    }
}
