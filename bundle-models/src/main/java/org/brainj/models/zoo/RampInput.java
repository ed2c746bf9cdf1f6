package org.brainj.models.zoo;

import java.util.List;

import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;

/**
 * A linearly changing current, BrainPy's {@code ramp_input}: c_start + (c_end − c_start)(t − t_start)/(t_end −
 * t_start) for t ∈ [t_start, t_end), 0 elsewhere. (BrainPy's array reaches c_end at the last step of the window; this
 * is the same line sampled at the start of each step, so the two differ by at most one step's increment.) The ramp
 * needs a finite t_end: with the default 1e12 ms it is flat at c_start.
 */
public final class RampInput extends CurrentInput {

    /** The model's name. */
    public static final String MODEL = "ramp";

    static final ParameterSpec C_START = ParameterSpec.any("c_start", "input", 0.0, "current at t_start");
    static final ParameterSpec C_END = ParameterSpec.any("c_end", "input", 0.0, "current reached at t_end");

    /** The parameters, in BrainPy's order. */
    public static final List<ParameterSpec> PARAMETERS = List.of(C_START, C_END, T_START, T_END);

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.INPUT,
            "linear ramp from c_start at t_start to c_end at t_end, 0 outside (BrainPy ramp_input)", PARAMETERS);

    private final double cStart;
    private final double cEnd;

    /**
     * @param cStart current at t_start
     * @param cEnd   current at t_end
     * @param tStart onset [ms]
     * @param tEnd   offset [ms], exclusive
     */
    public RampInput(double cStart, double cEnd, double tStart, double tEnd) {
        super(tStart, tEnd);
        this.cStart = C_START.validate(cStart);
        this.cEnd = C_END.validate(cEnd);
    }

    /**
     * @param params {@code c_start}, {@code c_end}, {@code t_start}, {@code t_end}
     * @return the input
     */
    public static RampInput create(Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        double[] w = window(params);
        return new RampInput(params.get(C_START), params.get(C_END), w[0], w[1]);
    }

    /**
     * @param t time at the start of a step [ms]
     * @return the current of that step
     */
    public double value(double t) {
        if (!active(t)) {
            return 0.0;
        }
        double span = tEnd - tStart;
        return span > 0.0 ? cStart + (cEnd - cStart) * ((t - tStart) / span) : cStart;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public void update(StepContext ctx) {
        if (active(ctx.t())) {
            addToAll(value(ctx.t()));
        }
    }
}
