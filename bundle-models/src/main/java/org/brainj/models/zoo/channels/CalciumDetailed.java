package org.brainj.models.zoo.channels;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * Calcium in a thin shell under the membrane, BrainPy's {@code CalciumDetailed} (Destexhe, Babloyantz &amp;
 * Sejnowski 1993; Bazhenov et al. 1998):
 * <pre>
 *   d[Ca]/dt = max(−I_Ca / (2 F d), 0) + ([Ca]_rest − [Ca]) / τ
 *   E_Ca     = (R T / (2F)) ln(C0 / [Ca])
 * </pre>
 * with I_Ca = Σ g(V − E_Ca) of the calcium channels (negative when calcium enters) and BrainPy's constants
 * (F = 96.489, d in µm). BrainPy sums its channels' currents as g(E − V), so its max(·, 0) never lets calcium in;
 * here the published sign is used. Units: BrainPy's F = 96.489 is in kC/mol (right for RT/F in mV), so with I in
 * µA/cm² and d in µm its influx 1/(2Fd) = 5.18·10⁻³ mM/ms per µA/cm² is 100 times the physical value
 * (1 µA/cm² / (2 · 96 489 C/mol · 1 µm) = 5.18·10⁻⁵ mM/ms); BrainPy's scale is kept so that its models carry
 * over (for the physical influx of a shell of depth δ, set d = 100·δ). Source: Biophys. J. 65:1538 (1993);
 * J. Neurophysiol. 79:2730 (1998); BrainPy {@code brainpy/_src/dyn/ions/calcium.py} (defaults T 36, d 1,
 * C_rest 2.4e−4 mM, τ 5 ms, C0 2 mM, initial 2.4e−4 mM).
 */
public final class CalciumDetailed extends CalciumDynamics {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "CalciumDetailed";

    static final ParameterSpec D = ParameterSpec.positive("d", "um", 1.0, "depth of the submembrane shell");
    static final ParameterSpec C_REST = ParameterSpec.nonNegative("C_rest", "mM", 2.4e-4,
            "resting calcium concentration");
    static final ParameterSpec TAU = ParameterSpec.positive("tau", "ms", 5.0, "calcium removal time constant");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(T, D, C_REST, TAU, C0, C_INIT);

    /** What model factories list for this ion. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.CHANNEL,
            "calcium shell dynamics d[Ca]/dt = max(-I_Ca/(2Fd),0) + (C_rest - [Ca])/tau, Nernst E_Ca "
                    + "(BrainPy CalciumDetailed)", PARAMETERS);

    private final double influx;
    private final double cRest;
    private final double tau;

    private CalciumDetailed(int size, Parameters p) {
        super(size, p.get(T), p.get(C0), p.get(C_INIT));
        this.influx = 1.0 / (2.0 * Reversal.F * p.get(D));
        this.cRest = p.get(C_REST);
        this.tau = p.get(TAU);
        reset();
    }

    /**
     * @param size   number of neurons, ≥ 1
     * @param params parameter values by BrainPy name; missing ones take their defaults
     * @return the ion, at its initial concentration
     */
    public static CalciumDetailed create(int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        return new CalciumDetailed(size, params);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    double target(int i, double iCa) {
        return cRest + tau * Math.max(-iCa * influx, 0.0);
    }

    @Override
    double removal() {
        return 1.0 / tau;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }
}
