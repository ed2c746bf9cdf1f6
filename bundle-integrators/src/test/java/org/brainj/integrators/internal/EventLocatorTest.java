package org.brainj.integrators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.brainj.api.integrate.AdaptiveStepper;
import org.brainj.api.integrate.EventLocator;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.ThresholdEvent;
import org.junit.jupiter.api.Test;

/** Spike timing inside a step: the first threshold crossing of a LIF neuron against its closed form. */
class EventLocatorTest {

    private static final double TAU = 10.0;
    private static final double V_REST = -65.0;
    private static final double V_TH = -50.0;
    private static final double RI = 20.0;

    @Test
    void lifFirstSpikeTimeWithRkdpWithinOneNanosecond() {
        double expected = TAU * Math.log(RI / (RI - V_TH + V_REST));
        LifSystems.Lif lif = new LifSystems.Lif(3, TAU, V_REST, RI);
        AdaptiveStepper s = (AdaptiveStepper) Integrators.create("rkdp", lif,
                IntegratorOptions.DEFAULTS.withTolerances(1e-10, 1e-10));
        EventLocator locator = new EventLocator(s, 3, 1e-9);
        ThresholdEvent spike = new ThresholdEvent(1, V_TH);
        double[] v = {V_REST, V_REST, V_REST};
        double t = 0;
        double h = 0.5;
        double found = Double.NaN;
        int accepted = 0;
        while (t < 50 && Double.isNaN(found)) {
            double before = v[1];
            double r = s.attempt(t, h, v);
            if (r > 0) {
                accepted++;
                if (before < V_TH && v[1] >= V_TH) {
                    found = locator.locate(spike, t, t + h);
                }
                t += h;
            }
            h = Math.abs(r);
        }
        assertTrue(accepted > 3, "the crossing must fall inside a step, not at its start");
        assertEquals(expected, found, 1e-6, "first spike time [ms]");
        // The root is inside a step, not rounded to its end.
        assertTrue(found < t, "found " + found + " at the end of the step " + t);
    }

    @Test
    void noCrossingGivesNaN() {
        LifSystems.Lif lif = new LifSystems.Lif(1, TAU, V_REST, 5.0);
        AdaptiveStepper s = (AdaptiveStepper) Integrators.create("bs", lif, IntegratorOptions.DEFAULTS);
        double[] v = {V_REST};
        double h = 1.0;
        double r;
        while ((r = s.attempt(0.0, h, v)) < 0) {
            h = -r;
        }
        EventLocator locator = new EventLocator(s, 1, 1e-9);
        // V rises from -65 mV towards -60 mV: it never reaches -50 mV, and it starts above -70 mV.
        assertTrue(Double.isNaN(locator.locate(new ThresholdEvent(0, V_TH), 0.0, h)));
        assertTrue(Double.isNaN(locator.locate(new ThresholdEvent(0, -70.0), 0.0, h)));
        // But it does cross a level just above rest inside the step.
        double level = v[0] - 1e-3;
        double t = locator.locate(new ThresholdEvent(0, level), 0.0, h);
        assertEquals(-10.0 * Math.log((V_REST + 5.0 - level) / 5.0), t, 1e-3);
        assertTrue(t > 0 && t < h, "t = " + t);
    }

    @Test
    void badArgumentsNameTheParameter() {
        AdaptiveStepper s = (AdaptiveStepper) Integrators.create("rkdp", new LifSystems.Lif(1, TAU, V_REST, RI),
                IntegratorOptions.DEFAULTS);
        ParameterException tol = assertThrows(ParameterException.class, () -> new EventLocator(s, 1, 0.0));
        assertEquals("timeTolerance", tol.parameter());
        assertThrows(ParameterException.class, () -> new EventLocator(s, 1, Double.NaN));
        assertEquals("component",
                assertThrows(ParameterException.class, () -> new ThresholdEvent(-1, 0.0)).parameter());
        assertEquals("threshold",
                assertThrows(ParameterException.class, () -> new ThresholdEvent(0, Double.NaN)).parameter());
        EventLocator locator = new EventLocator(s, 1, 1e-9);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> locator.locate(new ThresholdEvent(4, 0.0), 0.0, 1.0));
        assertTrue(e.getMessage().contains("component = 4"), e.getMessage());
    }
}
