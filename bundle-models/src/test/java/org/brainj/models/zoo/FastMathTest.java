package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastMathTest {

    @Test
    void expNegMatchesMathExpOnItsRange() {
        double worst = 0.0;
        for (int k = 0; k <= 100000; k++) {
            double z = -FastMath.LIMIT * k / 100000.0;
            worst = Math.max(worst, Math.abs(FastMath.expNeg(z) / Math.exp(z) - 1.0));
        }
        assertTrue(worst < 1e-13, "relative error " + worst);
        assertEquals(1.0, FastMath.expNeg(0.0), 1e-13);
    }

    @Test
    void expMatchesMathExpOnItsRange() {
        double worst = 0.0;
        for (int k = -100000; k <= 100000; k++) {
            double z = FastMath.LIMIT * k / 100000.0;
            worst = Math.max(worst, Math.abs(FastMath.exp(z) / Math.exp(z) - 1.0));
        }
        assertTrue(worst < 1e-13, "relative error " + worst);
    }

    @Test
    void expSmallMatchesMathExpOnItsRange() {
        double worst = 0.0;
        for (int k = -100000; k <= 100000; k++) {
            double z = k / 100000.0;
            worst = Math.max(worst, Math.abs(FastMath.expSmall(z) / Math.exp(z) - 1.0));
        }
        assertTrue(worst < 4e-15, "relative error " + worst);
    }

    @Test
    void xOverExpm1HasItsLimitAtZero() {
        assertEquals(1.0, FastMath.xOverExpm1(0.0));
        assertEquals(1.0 - 0.5e-12, FastMath.xOverExpm1(1e-12), 1e-20);
        assertEquals(1.0 / Math.expm1(1.0), FastMath.xOverExpm1(1.0), 1e-16);
        assertEquals(50.0, FastMath.xOverExpm1(-50.0), 1e-12);
        assertEquals(0.0, FastMath.xOverExpm1(1000.0));
    }
}
