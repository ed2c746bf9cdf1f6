package org.brainj.api.integrate;

import java.util.Objects;

/**
 * An explicit Runge–Kutta method as data: stage i evaluates k<sub>i</sub> = f(t + c<sub>i</sub>h,
 * y + h Σ<sub>j&lt;i</sub> a<sub>ij</sub> k<sub>j</sub>) and the step is y' = y + h Σ b<sub>i</sub> k<sub>i</sub>.
 * An embedded pair adds weights b̂ of another order for error estimation.
 *
 * <pre>
 *   c1 |
 *   c2 | a21
 *   c3 | a31 a32
 *   ---+------------
 *      | b1  b2  b3
 *      | b̂1  b̂2  b̂3     (embedded methods only)
 * </pre>
 *
 * <p>Arrays are copied in and out, so an instance is immutable; steppers copy them once at creation.
 *
 * @param name          the method name (e.g. {@code rk4})
 * @param order         order of the propagating weights b
 * @param c             nodes, length s
 * @param a             strictly lower-triangular coupling, row i of length i (row 0 empty)
 * @param b             weights, length s
 * @param bHat          embedded weights of order {@code embeddedOrder}, length s, or null
 * @param embeddedOrder order of b̂, or 0 when there is none
 */
public record ButcherTableau(String name, int order, double[] c, double[][] a, double[] b, double[] bHat,
                             int embeddedOrder) {

    /** Checks shapes and copies the arrays. */
    public ButcherTableau {
        Objects.requireNonNull(name, "name");
        int s = b.length;
        if (s == 0 || c.length != s || a.length != s) {
            throw new IllegalArgumentException(name + ": c, a and b must all have s = " + s + " stages");
        }
        double[][] ac = new double[s][];
        for (int i = 0; i < s; i++) {
            if (a[i].length != i) {
                throw new IllegalArgumentException(name + ": row " + i + " of a must have " + i + " entries");
            }
            ac[i] = a[i].clone();
        }
        if (bHat != null && bHat.length != s) {
            throw new IllegalArgumentException(name + ": bHat must have " + s + " entries");
        }
        if ((bHat == null) != (embeddedOrder == 0)) {
            throw new IllegalArgumentException(name + ": embeddedOrder must be given exactly when bHat is");
        }
        c = c.clone();
        a = ac;
        b = b.clone();
        bHat = bHat == null ? null : bHat.clone();
    }

    /**
     * @param name  the method name
     * @param order its order
     * @param c     nodes
     * @param a     lower-triangular coupling
     * @param b     weights
     * @return a fixed-step tableau
     */
    public static ButcherTableau explicit(String name, int order, double[] c, double[][] a, double[] b) {
        return new ButcherTableau(name, order, c, a, b, null, 0);
    }

    /** @return the number of stages s */
    public int stages() {
        return b.length;
    }

    /** @return true for an embedded pair with an error estimate */
    public boolean embedded() {
        return bHat != null;
    }

    /** @return the nodes, a copy */
    @Override
    public double[] c() {
        return c.clone();
    }

    /** @return the the coupling rows, copies */
    @Override
    public double[][] a() {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** @return the weights, a copy */
    @Override
    public double[] b() {
        return b.clone();
    }

    /** @return the embedded weights, a copy, or null */
    @Override
    public double[] bHat() {
        return bHat == null ? null : bHat.clone();
    }
}
