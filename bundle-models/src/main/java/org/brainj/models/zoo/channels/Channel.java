package org.brainj.models.zoo.channels;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.model.ParameterSpec;

/**
 * An ion channel over a population of neurons, BrainPy's {@code IonChannel}: a maximal conductance g_max, a reversal
 * potential E (its own, or the calcium ion's for calcium-carrying channels) and up to three gating variables, each a
 * {@code double[]} over the neurons (structure of arrays).
 *
 * <p>Each gate x obeys dx/dt = r(V, [Ca]) · (x<sub>∞</sub>(V, [Ca]) − x), which covers both of BrainPy's forms:
 * φ(α(1 − x) − βx) with x<sub>∞</sub> = α/(α + β), r = φ(α + β), and φ(x<sub>∞</sub> − x)/τ with r = φ/τ. The
 * current is I = g(E − V) with g = g_max · (product of gate powers) (BrainPy's sign: positive when it depolarises).
 *
 * <p>A step ({@link #advance}) is BrainPy's {@code exp_auto}: every gate advanced from the state at the start of the
 * step, x ← x<sub>∞</sub> + (x − x<sub>∞</sub>) e<sup>−r·dt</sup>, exact for V and [Ca] held over the step. Nothing
 * is allocated per step. A channel belongs to one population; {@link org.brainj.models.zoo.CondNeuGroup} asks it for
 * its conductance and current ({@link #addCurrents}) before advancing its gates.
 */
public abstract class Channel {

    /** Which ion a channel conducts, i.e. whose fixed reversal potential it may take. */
    public enum Ion {
        /** Na⁺ channels; a {@link SodiumFixed} ion sets their E. */
        SODIUM,
        /** K⁺ channels; a {@link PotassiumFixed} ion sets their E. */
        POTASSIUM,
        /** Ca²⁺ channels: E and the influx belong to the population's {@link CalciumIon}. */
        CALCIUM,
        /** Mixed-cation and leak channels, with their own E. */
        NONSPECIFIC
    }

    /** The most gates a channel has (Ih_De1996's O, O_L, P1). */
    static final int MAX_GATES = 3;

    private final String model;
    /** Number of neurons. */
    protected final int size;
    /** Maximal conductance [mS/cm²]. */
    protected final double gMax;
    /** Reversal potential [mV]; NaN for calcium-carrying channels, whose E is the ion's. */
    protected double reversal;
    /** The gating variables, one array per gate over the neurons. */
    protected final double[][] gates;
    private final List<StateVariable> state;

    /**
     * @param model     the BrainPy class name (e.g. {@code INa_HH1952})
     * @param size      number of neurons, ≥ 1
     * @param gMax      maximal conductance [mS/cm²]
     * @param reversal  own reversal potential [mV], or NaN when it is the calcium ion's
     * @param gateNames the gates' names, at most three
     */
    protected Channel(String model, int size, double gMax, double reversal, String... gateNames) {
        if (size < 1) {
            throw new org.brainj.api.core.ParameterException(model + ".size", String.valueOf(size), "must be >= 1");
        }
        if (gateNames.length > MAX_GATES) {
            throw new IllegalArgumentException(model + ": " + gateNames.length + " gates, at most " + MAX_GATES);
        }
        this.model = model;
        this.size = size;
        this.gMax = gMax;
        this.reversal = reversal;
        this.gates = new double[gateNames.length][size];
        List<StateVariable> s = new ArrayList<>();
        for (int k = 0; k < gateNames.length; k++) {
            s.add(new StateVariable(gateNames[k], "1", gates[k]));
        }
        this.state = List.copyOf(s);
    }

    /** @return the BrainPy name of this channel's model */
    public final String model() {
        return model;
    }

    /** @return the number of neurons */
    public final int size() {
        return size;
    }

    /** @return g_max [mS/cm²] */
    public final double gMax() {
        return gMax;
    }

    /** @return the ion this channel conducts */
    public abstract Ion ion();

    /** @return true when the gates or the conductance depend on the intracellular calcium concentration */
    public boolean usesCalcium() {
        return false;
    }

    /** @return true for Ca²⁺ channels, whose current changes [Ca] and whose E is the calcium ion's */
    public final boolean carriesCalcium() {
        return ion() == Ion.CALCIUM;
    }

    /** @return the own reversal potential [mV], NaN for calcium-carrying channels */
    public final double reversal() {
        return reversal;
    }

    /**
     * Sets the reversal potential, as a fixed ion does for all its channels (BrainPy's v2 channels take E from their
     * ion).
     *
     * @param e the potential [mV]
     * @throws ModelException for a calcium-carrying channel, whose E is the calcium ion's
     */
    public final void setReversal(double e) {
        if (carriesCalcium()) {
            throw new ModelException(model + " takes its reversal potential from the calcium ion");
        }
        this.reversal = e;
    }

    /** @return the gating variables, unprefixed names ({@code p}, {@code q}, ...), live arrays */
    public final List<StateVariable> state() {
        return state;
    }

    /** @return the number of gates */
    public final int gateCount() {
        return gates.length;
    }

    /**
     * @param i  the neuron
     * @param ca its calcium concentration [mM] (0 when the population has no calcium)
     * @return the conductance g [mS/cm²] from the current gates
     */
    protected abstract double conductance(int i, double ca);

    /**
     * @param gate the gate
     * @param i    the neuron (for gates coupled to others, read at the start of the step)
     * @param v    its potential [mV]
     * @param ca   its calcium concentration [mM]
     * @return the gate's steady state x<sub>∞</sub>
     */
    protected abstract double inf(int gate, int i, double v, double ca);

    /**
     * @param gate the gate
     * @param i    the neuron
     * @param v    its potential [mV]
     * @param ca   its calcium concentration [mM]
     * @return the gate's relaxation rate r = 1/τ (temperature factor included) [1/ms]
     */
    protected abstract double rate(int gate, int i, double v, double ca);

    /**
     * One exponential-Euler step of one gate of neuron i; families whose x<sub>∞</sub> and r share terms override it.
     *
     * @param gate the gate
     * @param i    the neuron
     * @param v    its potential [mV]
     * @param ca   its calcium concentration [mM]
     * @param dt   the step [ms]
     * @return the gate's value after the step
     */
    protected double relax(int gate, int i, double v, double ca, double dt) {
        double inf = inf(gate, i, v, ca);
        return inf + (gates[gate][i] - inf) * Math.exp(-dt * rate(gate, i, v, ca));
    }

    /**
     * Adds the conductance g and the current g(E − V) of neurons [from, to) to the sums, with the gates and V at the
     * start of the step; a calcium-carrying channel also adds its membrane current g(V − E<sub>Ca</sub>) (negative
     * when inward) to {@code caCurrent}.
     *
     * @param v         membrane potential [mV]
     * @param ca        calcium concentration [mM], or null when the population has no calcium
     * @param eCa       calcium reversal potential [mV], or null
     * @param gSum      receives Σ g
     * @param iSum      receives Σ g(E − V)
     * @param caCurrent receives Σ g(V − E<sub>Ca</sub>) of calcium channels, or null
     * @param from      first neuron
     * @param to        last neuron, exclusive
     */
    public final void addCurrents(double[] v, double[] ca, double[] eCa, double[] gSum, double[] iSum,
                                  double[] caCurrent, int from, int to) {
        final boolean fromIon = carriesCalcium();
        final double e0 = reversal;
        for (int i = from; i < to; i++) {
            double g = conductance(i, ca == null ? 0.0 : ca[i]);
            double e = fromIon ? eCa[i] : e0;
            double current = g * (e - v[i]);
            gSum[i] += g;
            iSum[i] += current;
            if (fromIon && caCurrent != null) {
                caCurrent[i] -= current;
            }
        }
    }

    /**
     * @param i   the neuron
     * @param v   its potential [mV]
     * @param ca  its calcium concentration [mM]
     * @param eCa the calcium reversal potential [mV] (used by calcium-carrying channels)
     * @return the channel's current g(E − V) [µA/cm²], positive when it depolarises
     */
    public final double current(int i, double v, double ca, double eCa) {
        double e = carriesCalcium() ? eCa : reversal;
        return conductance(i, ca) * (e - v);
    }

    /**
     * Advances the gates of neurons [from, to) one step from the state at its start (V and [Ca] held).
     *
     * @param v    membrane potential at the start of the step [mV]
     * @param ca   calcium concentration at the start of the step [mM], or null
     * @param dt   the step [ms]
     * @param from first neuron
     * @param to   last neuron, exclusive
     */
    public final void advance(double[] v, double[] ca, double dt, int from, int to) {
        final int k = gates.length;
        if (k == 0) {
            return;
        }
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double c = ca == null ? 0.0 : ca[i];
            // Every gate from the values at the start of the step, even where gates are coupled (Ih_De1996).
            double x0 = relax(0, i, vi, c, dt);
            double x1 = k > 1 ? relax(1, i, vi, c, dt) : 0.0;
            double x2 = k > 2 ? relax(2, i, vi, c, dt) : 0.0;
            gates[0][i] = x0;
            if (k > 1) {
                gates[1][i] = x1;
            }
            if (k > 2) {
                gates[2][i] = x2;
            }
        }
    }

    /**
     * Puts the gates of neurons [from, to) at their steady state for the given V and [Ca] (BrainPy's
     * {@code reset_state}).
     *
     * @param v    membrane potential [mV]
     * @param ca   calcium concentration [mM], or null
     * @param from first neuron
     * @param to   last neuron, exclusive
     */
    public void steadyState(double[] v, double[] ca, int from, int to) {
        for (int g = 0; g < gates.length; g++) {
            for (int i = from; i < to; i++) {
                gates[g][i] = inf(g, i, v[i], ca == null ? 0.0 : ca[i]);
            }
        }
    }

    /**
     * The gates' derivatives for a generic integrator: gate g of neuron i at {@code out[offset + g·size + i]}, from
     * the live gate arrays.
     *
     * @param v      membrane potential [mV]
     * @param ca     calcium concentration [mM], or null
     * @param out    receives the derivatives [1/ms]
     * @param offset where this channel's block starts in {@code out}
     */
    public final void derivatives(double[] v, double[] ca, double[] out, int offset) {
        for (int g = 0; g < gates.length; g++) {
            double[] x = gates[g];
            int base = offset + g * size;
            for (int i = 0; i < size; i++) {
                double c = ca == null ? 0.0 : ca[i];
                out[base + i] = rate(g, i, v[i], c) * (inf(g, i, v[i], c) - x[i]);
            }
        }
    }

    @Override
    public String toString() {
        return model + " (" + size + " neurons, g_max " + gMax + " mS/cm^2)";
    }

    // Parameter specs shared by the channel classes, in BrainPy's spelling.

    static ParameterSpec gMaxSpec(double def) {
        return ParameterSpec.nonNegative("g_max", "mS/cm^2", def, "maximal conductance");
    }

    static ParameterSpec eSpec(double def) {
        return ParameterSpec.any("E", "mV", def, "reversal potential");
    }

    static ParameterSpec vShSpec(double def) {
        return ParameterSpec.any("V_sh", "mV", def, "shift of the rate functions along V");
    }

    static ParameterSpec phiSpec(String name, double def) {
        return ParameterSpec.positive(name, "1", def, "temperature factor of the gate rates");
    }

    static ParameterSpec temperatureSpec(double def) {
        return ParameterSpec.any("T", "celsius", def, "temperature");
    }

    static ParameterSpec baseSpec(String name, double def, double tRef) {
        return ParameterSpec.positive(name, "1", def,
                "temperature base: phi = " + name + "^((T - " + (int) tRef + ")/10)");
    }
}
