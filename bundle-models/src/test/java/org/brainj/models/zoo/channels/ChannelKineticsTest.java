package org.brainj.models.zoo.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Steady states and time constants of the channels, measured through their public API (reset to steady state; one
 * exponential-Euler step from 0, which gives x∞(1 − e^(−dt/τ)), so τ = −dt / ln(1 − x/x∞)), against values computed
 * by hand from the published formulas (the numbers below were evaluated from the formulas in each channel's Javadoc
 * with Python's math module).
 */
class ChannelKineticsTest {

    private static final double DT = 0.01;

    /** Steady state of gate g at V (and [Ca]). */
    private static double steady(Channel ch, int gate, double v, double ca) {
        ch.steadyState(new double[] {v}, new double[] {ca}, 0, 1);
        return ch.gates[gate][0];
    }

    /** Time constant of gate g at V, from one step starting at 0 (other gates at steady state). */
    private static double tau(Channel ch, int gate, double v, double ca) {
        double inf = steady(ch, gate, v, ca);
        ch.gates[gate][0] = 0.0;
        ch.advance(new double[] {v}, new double[] {ca}, DT, 0, 1);
        return -DT / Math.log(1.0 - ch.gates[gate][0] / inf);
    }

    private static Channel make(String model) {
        return Channels.create(model, 1, Parameters.empty());
    }

    @Test
    void hodgkinHuxleyGatesAtRestMatchTheTextbook() {
        // Hodgkin-Huxley at -65 mV: m∞ = 0.0529, h∞ = 0.5961, n∞ = 0.3177 (Dayan & Abbott 2001, ch. 5; here to 1e-12
        // from α/(α+β) of the published rates); τ_m = 0.2368, τ_h = 8.516, τ_n = 5.459 ms.
        Channel na = make("INa_HH1952");
        assertEquals(0.05293248525724958, steady(na, 0, -65.0, 0), 1e-12);
        assertEquals(0.5961207535084603, steady(na, 1, -65.0, 0), 1e-12);
        assertEquals(0.2367668786856876, tau(na, 0, -65.0, 0), 1e-9);
        assertEquals(8.516010764406575, tau(na, 1, -65.0, 0), 1e-9);
        Channel k = make("IK_HH1952");
        assertEquals(0.3176769140606974, steady(k, 0, -65.0, 0), 1e-12);
        assertEquals(5.458584687514421, tau(k, 0, -65.0, 0), 1e-9);
    }

    @Test
    void aTypePotassiumTakesBothBranchesOfItsInactivationTimeConstant() {
        // Huguenard & McCormick 1992 IA1: τ_q = 1/(e^((V+46)/5) + e^(-(V+238)/37.5)) below -63 mV, 19 ms above.
        Channel a = make("IKA1_HM1992");
        assertEquals(0.23568738717825288, steady(a, 0, -70.0, 0), 1e-12);
        assertEquals(1.9273438849692508, tau(a, 0, -70.0, 0), 1e-9);
        assertEquals(0.20860852732604496, steady(a, 1, -70.0, 0), 1e-12);
        assertEquals(51.116485761411504, tau(a, 1, -70.0, 0), 1e-8);
        assertEquals(0.7643126128217472, steady(a, 0, -50.0, 0), 1e-12);
        assertEquals(0.009315959345066686, steady(a, 1, -50.0, 0), 1e-12);
        assertEquals(19.0, tau(a, 1, -50.0, 0), 1e-8);
    }

    @Test
    void tTypeCalciumIncludesItsTemperatureFactors() {
        // ICaT_HM1992 at 36 °C: φ_p = 3.55^1.2 = 4.5738, φ_q = 3^1.2 = 3.7372 (rates measured at 24 °C), V_sh = -3.
        Channel t = make("ICaT_HM1992");
        assertEquals(0.21579821570626745, steady(t, 0, -70.0, 2.4e-4), 1e-12);
        assertEquals(2.7427528124606475, tau(t, 0, -70.0, 2.4e-4), 1e-9);
        assertEquals(0.01798620996209156, steady(t, 1, -70.0, 2.4e-4), 1e-12);
        assertEquals(26.93316322871226, tau(t, 1, -70.0, 2.4e-4), 1e-8);
        // 10 °C cooler: every rate slower by the factor base^(−1).
        Channel cold = Channels.create("ICaT_HM1992", 1, Parameters.empty().with("T", 26.0));
        assertEquals(2.7427528124606475 * 3.55, tau(cold, 0, -70.0, 2.4e-4), 1e-8);
    }

    @Test
    void slowCurrentsHaveTheirPublishedTimeScales() {
        Channel h = make("Ih_HM1992");
        assertEquals(0.7128140986174973, steady(h, 0, -80.0, 0), 1e-12);
        assertEquals(986.4768458508336, tau(h, 0, -80.0, 0), 1e-6);
        Channel m = make("IKNI_Ya1989");
        assertEquals(0.18242552380635635, steady(m, 0, -50.0, 0), 1e-12);
        assertEquals(1088.1956333527494, tau(m, 0, -50.0, 0), 1e-6);
    }

    @Test
    void ahpCurrentFollowsCalciumNotVoltage() {
        // Destexhe 1994: p∞ = α[Ca]²/(α[Ca]² + β), τ = 1/(α[Ca]² + β), α = 48, β = 0.09; [Ca] = 1e-3 mM.
        Channel ahp = make("IAHP_De1994");
        assertEquals(0.0005330490405117271, steady(ahp, 0, -60.0, 1e-3), 1e-15);
        assertEquals(steady(ahp, 0, -60.0, 1e-3), steady(ahp, 0, 0.0, 1e-3), 0.0);
        assertEquals(11.105188343994314, tau(ahp, 0, -60.0, 1e-3), 1e-8);
        assertTrue(steady(ahp, 0, -60.0, 1e-2) > steady(ahp, 0, -60.0, 1e-3));
    }

    @Test
    void everyChannelRestsAtAFixedPointOfItsGates() {
        // At the steady state for V and [Ca] held, every gate's derivative vanishes and a step changes nothing; the
        // rates stay finite at the removable singularities of the x/(1 − e^(−x)) forms.
        double[] voltages = {-100.0, -65.0, -40.0, -35.0, -13.0, 0.0, 20.0, 40.0};
        for (ModelDescriptor d : Channels.channels()) {
            Channel ch = make(d.name());
            for (double v : voltages) {
                double[] vv = {v};
                double[] ca = {5e-4};
                ch.steadyState(vv, ca, 0, 1);
                double[] before = new double[ch.gateCount()];
                for (int g = 0; g < before.length; g++) {
                    before[g] = ch.gates[g][0];
                    assertTrue(before[g] >= 0.0 && before[g] <= 1.0 + 1e-12,
                            d.name() + " gate " + g + " at " + v + ": " + before[g]);
                }
                double[] out = new double[Math.max(1, ch.gateCount())];
                ch.derivatives(vv, ca, out, 0);
                for (int g = 0; g < ch.gateCount(); g++) {
                    assertEquals(0.0, out[g], 1e-12, d.name() + " gate " + g + " derivative at " + v);
                }
                ch.advance(vv, ca, 0.1, 0, 1);
                for (int g = 0; g < ch.gateCount(); g++) {
                    assertEquals(before[g], ch.gates[g][0], 1e-12, d.name() + " gate " + g + " moved at " + v);
                }
                double i = ch.current(0, v, 5e-4, 120.0);
                assertTrue(Double.isFinite(i), d.name() + " current at " + v);
            }
        }
    }

    @Test
    void ratesAreContinuousThroughTheirRemovableSingularities() {
        // INa_HH1952's α_p has 0/0 at V = V_sh + 5 = -40 mV; IK_TM1991's α_p at V = 15 + V_sh = -45 mV.
        Channel na = make("INa_HH1952");
        double at = tau(na, 0, -40.0, 0);
        assertEquals(at, tau(na, 0, -40.0 + 1e-7, 0), 1e-6);
        Channel k = make("IK_TM1991");
        assertEquals(tau(k, 0, -45.0, 0), tau(k, 0, -45.0 - 1e-7, 0), 1e-6);
    }

    @Test
    void nernstAndGoldmanPotentials() {
        // E_Ca = (RT/2F) ln(2 / 2.4e-4) = 120.25 mV at 36 °C: BrainPy's CalciumFixed uses 120.
        assertEquals(120.25007110594785, Reversal.nernst(2, 36.0, 2.0, 2.4e-4), 1e-10);
        // Squid axon K+ (Hodgkin 1958: [K]o 20, [K]i 400 mM, 6.3 °C): -72.1 mV.
        assertEquals(-72.13744285682205, Reversal.nernst(1, 6.3, 20.0, 400.0), 1e-10);
        // Goldman with only K permeable is Nernst for K.
        assertEquals(Reversal.nernst(1, 20.0, 5.0, 140.0),
                Reversal.goldman(20.0, 1.0, 0.0, 0.0, 5.0, 140.0, 145.0, 10.0, 110.0, 10.0), 1e-12);
        // The GHK current vanishes at the Nernst potential and is outward above it.
        double e = Reversal.nernst(2, 36.0, 2.0, 1e-4);
        assertEquals(0.0, Reversal.ghkCurrent(1e-6, 2, e, 36.0, 1e-4, 2.0), 1e-15);
        assertTrue(Reversal.ghkCurrent(1e-6, 2, e + 10, 36.0, 1e-4, 2.0) > 0);
        assertTrue(Double.isFinite(Reversal.ghkCurrent(1e-6, 2, 0.0, 36.0, 1e-4, 2.0)));
        assertThrows(ParameterException.class, () -> Reversal.nernst(2, 36.0, 2.0, 0.0));
        assertThrows(ParameterException.class, () -> Reversal.nernst(0, 36.0, 2.0, 1.0));
    }

    @Test
    void calciumRelaxesToItsInfluxBalance() {
        // Held inward current I_Ca = -1 uA/cm^2: CalciumDetailed settles at C_rest + τ/(2Fd) = 0.026150 mM with time
        // constant τ = 5 ms, CalciumFirstOrder at α/β = 1.7333 with 1/β = 13.33 ms; E follows Nernst.
        CalciumDetailed det = CalciumDetailed.create(1, Parameters.empty());
        double[] current = {-1.0};
        det.advance(current, 5.0, 0, 1);
        double inf = 0.026149689187368506;
        assertEquals(inf + (2.4e-4 - inf) * Math.exp(-1.0), det.concentration()[0], 1e-15);
        for (int s = 0; s < 200; s++) {           // 41 time constants: e^-41 below 1e-17 relative
            det.advance(current, 1.0, 0, 1);
        }
        assertEquals(inf, det.concentration()[0], 1e-12);
        assertEquals(Reversal.nernst(2, 36.0, 2.0, inf), det.reversal()[0], 1e-10);
        // Outward calcium current does not pump calcium out (max(·, 0)): only removal acts.
        det.advance(new double[] {+1.0}, 5.0, 0, 1);
        assertEquals(2.4e-4 + (inf - 2.4e-4) * Math.exp(-1.0), det.concentration()[0], 1e-12);

        CalciumFirstOrder first = CalciumFirstOrder.create(1, Parameters.empty());
        for (int s = 0; s < 2000; s++) {
            first.advance(current, 0.5, 0, 1);
        }
        assertEquals(0.13 / 0.075, first.concentration()[0], 1e-9);

        CalciumFixed fixed = CalciumFixed.create(1, Parameters.empty().with("E", 130.0));
        fixed.advance(current, 1.0, 0, 1);
        assertEquals(2.4e-4, fixed.concentration()[0], 0.0);
        assertEquals(130.0, fixed.reversal()[0], 0.0);
    }

    @Test
    void badParametersNameTheRange() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> Channels.create("INa_HH1952", 1, Parameters.empty().with("g_max", -1.0)));
        assertTrue(e.getMessage().contains("g_max"), e.getMessage());
        ParameterException unknown = assertThrows(ParameterException.class,
                () -> Channels.create("IL", 1, Parameters.empty().with("gmax", 1.0)));
        assertTrue(unknown.getMessage().contains("g_max"), unknown.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> Channels.create("INa_XX", 1, Parameters.empty()));
        assertTrue(name.getMessage().contains("INa_HH1952") && name.getMessage().contains("IAHP_De1994"));
        assertEquals(22, Channels.channels().size(), Arrays.toString(Channels.channels().toArray()));
    }
}
