package org.brainj.models.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.FractionalOdeSystem;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.Stepper;
import org.brainj.api.model.ParameterSpec;
import org.brainj.models.kit.NeuronGroup;

/**
 * BrainPy's {@code FractionalNeuron}: a population whose variables obey Caputo fractional ODEs
 * D<sup>α</sup>x = f(x, I) of one order 0 &lt; α ≤ 1, integrated by a fractional method of the platform's integrators
 * ({@code l1}: Caputo L1, {@code gl_short_memory}: Grünwald–Letnikov with short memory) over the last
 * {@code num_memory} steps. The whole population is one system, stepped as a whole (not sliced); the stepper owns the
 * history, allocated once, so a step does not allocate.
 */
abstract class FractionalNeuronGroup extends NeuronGroup {

    static final ParameterSpec ALPHA = new ParameterSpec("alpha", "1", 0.9, 0.0, 1.0, true,
            "fractional order, in (0, 1]; 1 gives the ordinary model (BrainPy requires it; 0.9 here by default)");
    static final ParameterSpec NUM_MEMORY = new ParameterSpec("num_memory", "steps", 1000.0, 1.0, 1e7, false,
            "length of the fractional memory (short-memory principle)");

    /** The variables, in the packed order. */
    final double[][] vars;
    private final List<StateVariable> state;
    private final double[] packed;
    private final Stepper stepper;
    /** Membrane potential at the start of the step. */
    final double[] previous;

    /**
     * @param name    population name
     * @param size    number of neurons
     * @param method  the fractional method ({@code l1}, {@code gl_short_memory})
     * @param alpha   the order
     * @param memory  the memory length [steps]
     * @param names   the variables' names, membrane potential first
     * @param units   their units
     */
    FractionalNeuronGroup(String name, int size, String method, double alpha, double memory, String[] names,
                          String[] units) {
        super(name, size);
        if (memory != Math.rint(memory)) {
            throw new org.brainj.api.core.ParameterException("num_memory", String.valueOf(memory),
                    "must be a whole number of steps");
        }
        this.vars = new double[names.length][size];
        List<StateVariable> s = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            s.add(new StateVariable(names[k], units[k], vars[k]));
        }
        this.state = List.copyOf(s);
        this.packed = new double[names.length * size];
        this.previous = new double[size];
        double[] orders = new double[packed.length];
        Arrays.fill(orders, alpha);
        this.stepper = Integrators.create(method, EquationKind.FDE, new Equations(orders),
                IntegratorOptions.DEFAULTS.withMemoryLength((int) memory));
    }

    /**
     * The right-hand side f over the packed state (variable k of neuron i at k·size + i), reading {@link #input}.
     *
     * @param y    packed state
     * @param dydt receives f
     */
    abstract void rhs(double[] y, double[] dydt);

    /**
     * After the fractional step: spike detection and reset over the whole population.
     *
     * @param ctx the step context
     * @return how many fired (indices from {@code fired[0]} on)
     */
    abstract int detect(StepContext ctx);

    /** Puts the variables at their initial values. */
    abstract void initialState();

    @Override
    public final List<StateVariable> state() {
        return state;
    }

    @Override
    public final double[] potential() {
        return vars[0];
    }

    @Override
    protected final boolean sliceable() {
        return false;
    }

    @Override
    protected final void resetState() {
        initialState();
        stepper.reset();
    }

    @Override
    protected final int integrate(StepContext ctx, int from, int to) {
        final int n = vars.length;
        System.arraycopy(vars[0], 0, previous, 0, size);
        for (int k = 0; k < n; k++) {
            System.arraycopy(vars[k], 0, packed, k * size, size);
        }
        stepper.step(ctx.step(), ctx.t(), ctx.dt(), packed);
        for (int k = 0; k < n; k++) {
            System.arraycopy(packed, k * size, vars[k], 0, size);
        }
        double[] v = vars[0];
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(v[i])) {
                throw new org.brainj.api.core.DivergenceException(name(), state.get(0).name(), i, ctx.step(),
                        ctx.t(), v[i]);
            }
        }
        return detect(ctx);
    }

    private final class Equations implements FractionalOdeSystem {
        private final double[] orders;

        Equations(double[] orders) {
            this.orders = orders;
        }

        @Override
        public int dimension() {
            return orders.length;
        }

        @Override
        public double[] orders() {
            return orders;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            rhs(y, dydt);
        }
    }
}
