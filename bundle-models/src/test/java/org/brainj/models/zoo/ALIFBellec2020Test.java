package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.api.Test;

/** The adaptive threshold of Bellec et al. (2020) against its closed form. */
class ALIFBellec2020Test {

    @Test
    void thresholdAdaptationFollowsTheClosedForm() {
        // Constant drive R·I = 15 mV (V∞ = -55 mV, above V_th = -60). Between spikes V(t) = V∞ + (V0 - V∞)e^(-t/τ)
        // exactly (the input is held), and after spikes at t_k the adaptation is a(t) = Σ_k e^(-(t - t_k)/τ_a), so
        // the threshold is V_th + β a(t). The first spike comes when V first reaches V_th: t1 = -τ ln(1 - 10/15)
        // = 21.97 ms, i.e. on the step that ends at or after it.
        double dt = 0.1;
        double tau = 20.0;
        double tauA = 2000.0;
        double beta = 1.6;
        ALIFBellec2020 n = ALIFBellec2020.create("a", 1, Parameters.empty());
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Double> spikes = new ArrayList<>();
        for (int s = 0; s < 20_000; s++) {
            n.input()[0] = 15.0;
            n.update(ctx);
            double t = ctx.t() + dt;          // the state belongs to the end of the step
            if (n.spikes()[0]) {
                spikes.add(t);
            }
            double a = 0.0;
            for (double tk : spikes) {
                a += Math.exp(-(t - tk) / tauA);
            }
            assertEquals(a, n.adaptation()[0], 1e-9, "a(t) at " + t);
            ctx.advance();
        }
        double t1 = -tau * Math.log(1.0 - 10.0 / 15.0);
        assertEquals(Math.ceil(t1 / dt - 1e-9) * dt, spikes.get(0), 1e-9);
        // Each spike raises the threshold by β: the interspike intervals lengthen (spike-frequency adaptation) ...
        assertTrue(spikes.get(2) - spikes.get(1) < spikes.get(spikes.size() - 1) - spikes.get(spikes.size() - 2));
        // ... until the threshold reaches the drive: in the adapted state V∞ = -55 mV ≈ V_th + β a, so
        // a ≈ (V∞ - V_th)/β = 3.125 (the threshold crossing needs V below V∞ only by the reset-limited margin).
        double aEnd = n.adaptation()[0];
        assertTrue(aEnd > 2.0 && aEnd < 5.0 / beta + 1.0, "adapted a = " + aEnd);
        // Reset by subtraction: right after a spike V = V_spike - (V_th - V_rest), not a fixed value.
        assertTrue(n.potential()[0] < -55.0);
    }

    @Test
    void spikeRaisesThresholdByBeta() {
        // A second neuron with β = 0 fires at the fixed V_th: the ISI of the adaptive one is longer from the second.
        ALIFBellec2020 adaptive = ALIFBellec2020.create("a", 1, Parameters.empty().with("beta", 5.0));
        ALIFBellec2020 plain = ALIFBellec2020.create("p", 1, Parameters.empty().with("beta", 0.0));
        int[] count = new int[2];
        FixedStepContext ctx = new FixedStepContext(0.1);
        for (int s = 0; s < 3000; s++) {
            adaptive.input()[0] = 30.0;
            plain.input()[0] = 30.0;
            adaptive.update(ctx);
            plain.update(ctx);
            count[0] += adaptive.firedCount();
            count[1] += plain.firedCount();
            ctx.advance();
        }
        assertTrue(count[0] < count[1], "adaptive " + count[0] + " vs plain " + count[1]);
        assertThrows(ParameterException.class, () -> ALIFBellec2020.create("x", 1, Parameters.empty()
                .with("V_th", -75.0)));
    }
}
