package org.brainj.trainers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleBinaryOperator;

import org.brainj.api.train.Surrogate;
import org.junit.jupiter.api.Test;

class SurrogateTest {

    /** Compares the surrogate with the central difference of the smooth step it stands for. */
    private static void matchesNumericalDerivative(Surrogate s, DoubleBinaryOperator smoothStep) {
        double h = 1e-5;
        for (double alpha : new double[] {0.5, 1.0, 4.0, 10.0}) {
            for (double x = -3.0; x <= 3.0; x += 0.0625) {
                double numeric = (smoothStep.applyAsDouble(x + h, alpha) - smoothStep.applyAsDouble(x - h, alpha))
                        / (2 * h);
                assertEquals(numeric, s.derivative(x, alpha), 1e-8 * Math.max(1, alpha),
                        s.name() + " at x = " + x + ", alpha = " + alpha);
            }
        }
    }

    @Test
    void sigmoidIsTheDerivativeOfSigmoidOfAlphaX() {
        SigmoidSurrogate s = new SigmoidSurrogate();
        matchesNumericalDerivative(s, (x, a) -> 1.0 / (1.0 + Math.exp(-a * x)));
        assertEquals(4.0, s.defaultAlpha());
        assertEquals(1.0, s.derivative(0, 4.0), 1e-15);
        assertEquals(0.0, s.derivative(1e6, 4.0));
        assertEquals(s.derivative(0.3, 4.0), s.derivative(-0.3, 4.0), 0.0);
    }

    @Test
    void arctanIsTheDerivativeOfTheArctanStep() {
        ArctanSurrogate s = new ArctanSurrogate();
        matchesNumericalDerivative(s, (x, a) -> 0.5 + Math.atan(0.5 * Math.PI * a * x) / Math.PI);
        assertEquals(1.0, s.defaultAlpha());
        assertEquals(1.0, s.derivative(0, 2.0), 1e-15);
        assertEquals(1.0 / (1 + Math.PI * Math.PI), s.derivative(1.0, 2.0), 1e-15);
    }

    @Test
    void nonPositiveAlphaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SigmoidSurrogate().derivative(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ArctanSurrogate().derivative(0, -1));
    }
}
