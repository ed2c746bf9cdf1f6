package org.brainj.models.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.models.kit.OdeNeuronGroup;

/**
 * What the rate and population models of the zoo share: state arrays named in BrainPy's spelling, initial values drawn
 * from the run's generator, and the bookkeeping of a step for a population that does not spike.
 *
 * <p>Conventions of every subclass: {@link #input()} is one additive drive, documented per model (BrainPy's
 * {@code x_ext}/{@code input}); {@link #deltaInput()} jumps are added to the first ODE variable after the step; the
 * fired count is 0 (the theta neuron overrides this). Initial values: variable k of member i is
 * {@code low_k + (high_k − low_k)·u} with u = {@code random().uniform(stream, i, −1, k)}, the same key an
 * initializer for variable k uses, so {@code --init x=uniform(0,0.05)} reproduces a U(0, 0.05) default.
 */
abstract class RateGroup extends OdeNeuronGroup {

    private final String model;
    private final String inputUnit;
    /** The ODE variables, in BrainPy's order; the first is the one the input drives. */
    final double[][] vars;
    /** Variables listed after the ODE ones: per-member constants or derived values, not integrated. */
    final double[][] extra;
    private final double[] low;
    private final double[] high;
    private final List<StateVariable> state;

    /**
     * @param name      population name
     * @param size      members
     * @param model     the model's name, for messages
     * @param inputUnit the unit of {@link #input()}
     * @param names     ODE variable names
     * @param units     their units
     * @param low       lower ends of the initial laws (equal ends: a constant)
     * @param high      upper ends
     * @param extraNames names of the variables that are not integrated (may be empty)
     * @param extraUnits their units
     */
    RateGroup(String name, int size, String model, String inputUnit, String[] names, String[] units, double[] low,
              double[] high, String[] extraNames, String[] extraUnits) {
        super(name, size);
        this.model = model;
        this.inputUnit = inputUnit;
        this.vars = new double[names.length][size];
        this.low = low.clone();
        this.high = high.clone();
        List<StateVariable> s = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            s.add(new StateVariable(names[k], units[k], vars[k]));
        }
        this.extra = new double[extraNames.length][size];
        for (int k = 0; k < extraNames.length; k++) {
            s.add(new StateVariable(extraNames[k], extraUnits[k], extra[k]));
        }
        this.state = List.copyOf(s);
    }

    /**
     * The two-variable (x, y) system without extra variables that most oscillators are: x dimensionless, both started
     * from U(0, high).
     *
     * @param name      population name
     * @param size      members
     * @param model     the model's name, for messages
     * @param inputUnit the unit of {@link #input()}
     * @param yUnit     the unit of y
     * @param high      upper end of both initial laws
     */
    RateGroup(String name, int size, String model, String inputUnit, String yUnit, double high) {
        this(name, size, model, inputUnit, new String[] {"x", "y"}, new String[] {"1", yUnit},
                new double[] {0.0, 0.0}, new double[] {high, high}, new String[0], new String[0]);
    }

    @Override
    public final List<StateVariable> state() {
        return state;
    }

    @Override
    public double[] potential() {
        return vars[0];
    }

    @Override
    public final String inputUnit() {
        return inputUnit;
    }

    @Override
    protected final double[][] odeState() {
        return vars;
    }

    @Override
    protected void resetState() {
        for (int k = 0; k < vars.length; k++) {
            double[] x = vars[k];
            if (low[k] == high[k]) {
                Arrays.fill(x, low[k]);
                continue;
            }
            double span = high[k] - low[k];
            for (int i = 0; i < size; i++) {
                x[i] = low[k] + span * random().uniform(stream(), i, -1L, k);
            }
        }
    }

    @Override
    protected final boolean clearsInputs() {
        return true;
    }

    /** @return the ODE variable that {@link #deltaInput()} jumps are added to; the first by default */
    int jumpTarget() {
        return 0;
    }

    /**
     * Non-spiking bookkeeping after a generic step: delta jumps into {@link #jumpTarget()}, a finiteness check of every
     * variable, inputs cleared.
     */
    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        double[] x = vars[jumpTarget()];
        for (int i = 0; i < size; i++) {
            x[i] += delta[i];
        }
        checkFinite(ctx, 0, size);
        Arrays.fill(input, 0.0);
        Arrays.fill(delta, 0.0);
        return 0;
    }

    /**
     * Throws a divergence exception naming the first variable with a non-finite value in [from, to).
     *
     * @param ctx  the step context
     * @param from first member
     * @param to   last member, exclusive
     */
    final void checkFinite(StepContext ctx, int from, int to) {
        for (int k = 0; k < vars.length; k++) {
            divergence(ctx, state.get(k).name(), vars[k], from, to);
        }
    }

    @Override
    public String toString() {
        return model + " '" + name() + "' (" + size + ")";
    }
}
