package org.brainj.models.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GatingMathTest {

    /** Expected values: the limit 1 at 0, the series 1 − x/2 near it, and x/expm1(x) (→ −x, → 0) away from it. */
    @Test
    void xOverExpm1HasItsLimitAtZero() {
        assertEquals(1.0, GatingMath.xOverExpm1(0.0));
        assertEquals(1.0 - 0.5e-12, GatingMath.xOverExpm1(1e-12), 1e-20);
        assertEquals(1.0 / Math.expm1(1.0), GatingMath.xOverExpm1(1.0), 1e-16);
        assertEquals(50.0, GatingMath.xOverExpm1(-50.0), 1e-12);
        assertEquals(0.0, GatingMath.xOverExpm1(1000.0));
    }
}
