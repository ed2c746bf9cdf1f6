package org.brainj.trainers.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.train.LearningRateSchedule;
import org.junit.jupiter.api.Test;

/** Each schedule against its formula (BrainPy's / PyTorch's definitions), evaluated by hand. */
class LearningRateSchedulesTest {

    private static LearningRateSchedule s(String name, Parameters p) {
        return LearningRateSchedules.create(name, p);
    }

    @Test
    void epochSchedules() {
        Parameters base = Parameters.empty().with("lr", 1.0);
        // step: γ^⌊epoch/3⌋ with γ = 0.5.
        LearningRateSchedule step = s("step", base.with("gamma", 0.5).with("step_size", 3));
        assertEquals(1.0, step.rate(0, 2), 0);
        assertEquals(0.5, step.rate(0, 3), 0);
        assertEquals(0.25, step.rate(0, 7), 0);
        // multistep at epochs 2 and 5, γ 0.1.
        LearningRateSchedule ms = LearningRateSchedules.create("multistep", base, new double[] {2, 5}, null);
        assertEquals(1.0, ms.rate(0, 1), 0);
        assertEquals(0.1, ms.rate(0, 2), 1e-15);
        assertEquals(0.01, ms.rate(0, 5), 1e-15);
        // cosine: η_min + (lr − η_min)(1 + cos(π e/T))/2, T = 10, η_min = 0.1: at e = 5, 0.55.
        LearningRateSchedule cos = s("cosine", base.with("T_max", 10).with("eta_min", 0.1));
        assertEquals(1.0, cos.rate(0, 0), 1e-15);
        assertEquals(0.55, cos.rate(0, 5), 1e-15);
        assertEquals(0.1, cos.rate(0, 10), 1e-15);
        // warm restarts T_0 = 2, T_mult = 2: cycles [0,2), [2,6), [6,14); epoch 4 is half-way through the second.
        LearningRateSchedule wr = s("cosine_restarts", base.with("T_0", 2).with("T_mult", 2));
        assertEquals(1.0, wr.rate(0, 2), 1e-15);
        assertEquals(0.5, wr.rate(0, 4), 1e-15);
        assertEquals(1.0, wr.rate(0, 6), 1e-15);
        assertEquals(0.5, wr.rate(0, 1), 1e-15);
        // exponential: γ^epoch.
        assertEquals(0.9 * 0.9 * 0.9, s("exponential", base.with("gamma", 0.9)).rate(0, 3), 1e-15);
    }

    @Test
    void stepSchedules() {
        Parameters base = Parameters.empty().with("lr", 1.0);
        // exponential decay: rate^(step/decay_steps) = 0.5^(3/2); staircase 0.5^1.
        assertEquals(Math.pow(0.5, 1.5), s("exponential_decay", base.with("decay_rate", 0.5).with("decay_steps", 2))
                .rate(3, 0), 1e-15);
        assertEquals(0.5, s("exponential_decay", base.with("decay_rate", 0.5).with("decay_steps", 2)
                .with("staircase", 1)).rate(3, 0), 1e-15);
        // inverse time: 1/(1 + 0.5·4/2) = 0.5.
        assertEquals(0.5, s("inverse_time", base.with("decay_rate", 0.5).with("decay_steps", 2)).rate(4, 0), 1e-15);
        // polynomial, power 2, final 0.1, 10 steps: (0.9)(1 − 0.5)² + 0.1 = 0.325 at step 5; final after 10.
        LearningRateSchedule poly = s("polynomial", base.with("decay_steps", 10).with("final_lr", 0.1)
                .with("power", 2));
        assertEquals(0.325, poly.rate(5, 0), 1e-15);
        assertEquals(0.1, poly.rate(50, 0), 1e-15);
        // piecewise constant: 1 before 10, 0.5 before 20, then 0.1.
        LearningRateSchedule pc = LearningRateSchedules.create("piecewise_constant", Parameters.empty(),
                new double[] {10, 20}, new double[] {1, 0.5, 0.1});
        assertEquals(1.0, pc.rate(9, 0), 0);
        assertEquals(0.5, pc.rate(10, 0), 0);
        assertEquals(0.1, pc.rate(25, 0), 0);
    }

    @Test
    void badInputIsNamed() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> s("warmup", Parameters.empty()));
        assertTrue(e.getMessage().contains("cosine_restarts"), e.getMessage());
        assertThrows(ParameterException.class, () -> LearningRateSchedules.create("piecewise_constant",
                Parameters.empty(), new double[] {10}, new double[] {1}));
        assertThrows(ParameterException.class, () -> LearningRateSchedules.create("multistep", Parameters.empty(),
                new double[] {5, 2}, null));
        assertThrows(ParameterException.class, () -> s("step", Parameters.empty().with("step_size", 1.5)));
        assertThrows(ParameterException.class, () -> s("cosine", Parameters.empty().with("gamma", 0.5)));
        assertEquals(10, LearningRateSchedules.names().size());
    }
}
