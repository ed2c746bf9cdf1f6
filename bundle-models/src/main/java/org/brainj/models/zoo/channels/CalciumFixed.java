package org.brainj.models.zoo.channels;

import java.util.Arrays;
import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Calcium without dynamics, BrainPy's {@code CalciumFixed}: fixed E_Ca and [Ca]. Source: BrainPy
 * {@code brainpy/_src/dyn/ions/calcium.py} (defaults E 120 mV, C 2.4e−4 mM).
 */
public final class CalciumFixed extends CalciumIon {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "CalciumFixed";

    static final ParameterSpec E = ParameterSpec.any("E", "mV", 120.0, "calcium reversal potential");
    static final ParameterSpec C = ParameterSpec.positive("C", "mM", 2.4e-4, "intracellular calcium concentration");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(E, C);

    /** What model factories list for this ion. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "calcium ion with fixed E and concentration (BrainPy CalciumFixed)", PARAMETERS);

    private final double e0;
    private final double c0;

    private CalciumFixed(int size, Parameters p) {
        super(size);
        this.e0 = p.get(E);
        this.c0 = p.get(C);
        reset();
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the ion
     */
    public static CalciumFixed create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new CalciumFixed(size, params);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public boolean dynamic() {
        return false;
    }

    @Override
    public void reset() {
        Arrays.fill(c, c0);
        Arrays.fill(e, e0);
    }

    @Override
    public void advance(double[] iCa, double dt, int from, int to) {
    }

    @Override
    public double derivative(int i, double iCa) {
        return 0.0;
    }

    @Override
    public void updateReversal() {
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }
}
