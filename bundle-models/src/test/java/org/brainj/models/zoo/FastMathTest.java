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
}
