package org.brainj.examples.resonate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.Parameters;
import org.brainj.api.random.CounterRandom;
import org.junit.jupiter.api.Test;

/** The model against the closed-form solution of dz/dt = λ z + I, λ = b + iω, z(0) = 0. */
class ResonateFireTest {

    private static final double DT = 0.1;

    private static StepContext step(long i) {
        return new StepContext() {
            @Override
            public double t() {
                return i * DT;
            }

            @Override
            public double dt() {
                return DT;
            }

            @Override
            public long step() {
                return i;
            }

            @Override
            public boolean training() {
                return false;
            }

            @Override
            public CounterRandom random() {
                return null;
            }
        };
    }

    /** y(t) = Im[(−I/λ)(1 − e^{λt})] for z(0) = 0. */
    private static double exactY(double b, double w, double current, double t) {
        double norm = b * b + w * w;
        // −I/λ = −I (b − iω)/|λ|²
        double ar = -current * b / norm;
        double ai = current * w / norm;
        double m = Math.exp(b * t);
        double er = 1.0 - m * Math.cos(w * t);
        double ei = -m * Math.sin(w * t);
        return ar * ei + ai * er;
    }

    @Test
    void subthresholdResponseIsTheClosedFormSolution() {
        ResonateFire n = ResonateFire.create("R", 1, Parameters.of(Map.of("V_th", 1e9)));
        for (int i = 0; i < 2000; i++) {
            n.input()[0] = 0.2;
            n.update(step(i));
            double t = (i + 1) * DT;
            // exact propagator: only rounding separates the two (|y| <= 1.4 here)
            assertEquals(exactY(-0.1, 0.25, 0.2, t), n.potential()[0], 1e-12, "t = " + t);
        }
    }

    @Test
    void firesAtTheFirstStepWhereTheSolutionReachesThreshold() {
        ResonateFire n = ResonateFire.create("R", 1, Parameters.of(Map.of()));
        int expected = -1;
        for (int i = 1; expected < 0 && i < 10_000; i++) {
            if (exactY(-0.1, 0.25, 0.5, i * DT) >= 1.0) {
                expected = i - 1;
            }
        }
        assertTrue(expected > 0);
        int first = -1;
        for (int i = 0; first < 0 && i < 10_000; i++) {
            n.input()[0] = 0.5;
            n.update(step(i));
            if (n.firedCount() > 0) {
                first = i;
                assertEquals(0.0, n.potential()[0], 0.0, "reset to y_reset");
            }
        }
        assertEquals(expected, first);
    }

    @Test
    void rejectsAnUnknownOrOutOfRangeParameter() {
        assertThrows(ParameterException.class, () -> ResonateFire.create("R", 1, Parameters.of(Map.of("tau", 1.0))));
        ParameterException e = assertThrows(ParameterException.class,
                () -> ResonateFire.create("R", 1, Parameters.of(Map.of("omega", -1.0))));
        assertTrue(e.getMessage().contains("omega"), e.getMessage());
    }
}
