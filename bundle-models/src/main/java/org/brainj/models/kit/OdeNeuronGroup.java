package org.brainj.models.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.integrate.EquationKind;
import org.brainj.api.integrate.IntegratorOptions;
import org.brainj.api.integrate.Integrators;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.integrate.Stepper;

/**
 * A neuron population whose dynamics are ODEs. By default it advances with the model's own fused exponential-Euler
 * loop (BrainPy's {@code exp_auto}: each variable's linear part integrated exactly with the others held, inputs held
 * over the step); any other method registered with the platform ({@code euler}, {@code rk2}, {@code rk4},
 * {@code rkdp}, ...) steps the same equations through a generic {@link Stepper} over a packed state vector.
 *
 * <p>Subclasses provide both paths: {@link #stepNative} (everything in one pass, sliceable) and
 * {@link #derivatives} + {@link #afterGenericStep} (whole population at once).
 */
public abstract class OdeNeuronGroup extends NeuronGroup {

    /** Method names that mean the model's native exponential Euler. */
    public static final Set<String> NATIVE_METHODS = Set.of("exp_auto", "exp_euler", "exp_euler_auto",
            "exponential_euler");

    private Stepper stepper;
    private String method = "exp_auto";
    private double[] packed;
    private double[] previous;
    private List<StateVariable> declaredState;
    private double[][] declaredOde;

    /**
     * @param name population name
     * @param size number of neurons
     */
    protected OdeNeuronGroup(String name, int size) {
        super(name, size);
    }

    /**
     * Declares the population's state variables and, among them, the arrays its ODEs integrate, membrane potential
     * first; {@link #state()}, {@link #potential()} and {@link #odeState()} then answer from them. Call once, in the
     * constructor. A subclass may instead override those three.
     *
     * @param state every state variable, as monitors and {@code --init} see them
     * @param ode   the arrays the ODEs integrate, in packed order, membrane potential first
     * @since 1.1
     */
    protected final void declareState(List<StateVariable> state, double[]... ode) {
        if (ode.length == 0) {
            throw new IllegalArgumentException(name() + ": an ODE population integrates at least one array");
        }
        this.declaredState = List.copyOf(state);
        this.declaredOde = ode.clone();
    }

    /** @return the state variables given to {@link #declareState} */
    @Override
    public List<StateVariable> state() {
        requireDeclared();
        return declaredState;
    }

    /** @return the first ODE array given to {@link #declareState}, the membrane potential */
    @Override
    public double[] potential() {
        return odeState()[0];
    }

    /** @return the arrays the ODEs integrate, membrane potential first (those given to {@link #declareState}) */
    protected double[][] odeState() {
        requireDeclared();
        return declaredOde;
    }

    private void requireDeclared() {
        if (declaredOde == null) {
            throw new IllegalStateException(getClass().getName() + " declares no state: call declareState(...) in "
                    + "its constructor or override state(), potential() and odeState()");
        }
    }

    /**
     * The right-hand side over the packed state: variable k of neuron i at {@code k·size + i}. Reads
     * {@link #input} (held over the step). Must not allocate.
     *
     * @param t    time [ms]
     * @param y    packed state
     * @param dydt receives the derivatives
     */
    protected abstract void derivatives(double t, double[] y, double[] dydt);

    /**
     * One native (exponential Euler) step of members [from, to), fused with refractoriness, delta inputs, spike
     * detection and reset, writing fired indices from {@code fired[from]} on.
     *
     * @param ctx  the step context
     * @param from first member
     * @param to   last member, exclusive
     * @return how many fired
     */
    protected abstract int stepNative(StepContext ctx, int from, int to);

    /**
     * After a generic step of the whole population: refractoriness (restore from {@code previousPotential}), delta
     * inputs, spike detection and reset.
     *
     * @param ctx               the step context
     * @param previousPotential the membrane potential at the start of the step
     * @return how many fired (indices written from {@code fired[0]} on)
     */
    protected abstract int afterGenericStep(StepContext ctx, double[] previousPotential);

    /**
     * Chooses the integration method.
     *
     * @param name a method name; {@code exp_auto} and its aliases select the native loop
     * @throws IllegalArgumentException naming the available ODE methods when none has that name
     */
    public final void useMethod(String name) {
        if (NATIVE_METHODS.contains(name)) {
            stepper = null;
        } else {
            stepper = Integrators.create(name, EquationKind.ODE, new PackedOde(), IntegratorOptions.DEFAULTS);
            packed = new double[odeState().length * size];
            previous = new double[size];
        }
        method = name;
    }

    /**
     * The right-hand side as an ODE over the packed state (variable k of member i at {@code k·size + i}, the order of
     * {@link #odeVariables()}), with the input buffer {@link #input()} held as it is: what analyzers evaluate for
     * phase planes and bifurcations, and what generic integration methods step. Evaluating it changes nothing in
     * the population and allocates nothing.
     *
     * @return a view of this population's ODEs
     * @since 1.1
     */
    public final OdeSystem rightHandSide() {
        return new PackedOde();
    }

    /**
     * @return the names of the ODE variables in packed order: for each array the ODEs integrate, the state variable
     *     of {@link #state()} holding it ({@code y<k>} for an array no state variable exposes)
     * @since 1.1
     */
    public final List<String> odeVariables() {
        double[][] ode = odeState();
        List<StateVariable> state = state();
        List<String> names = new ArrayList<>(ode.length);
        for (int k = 0; k < ode.length; k++) {
            String found = "y" + k;
            for (StateVariable v : state) {
                if (v.values() == ode[k]) {
                    found = v.name();
                    break;
                }
            }
            names.add(found);
        }
        return List.copyOf(names);
    }

    /** @return true when a generic stepper, not the native loop, integrates this population */
    protected final boolean generic() {
        return stepper != null;
    }

    /** @return the integration method in use */
    public final String method() {
        return method;
    }

    @Override
    protected final boolean sliceable() {
        return stepper == null;
    }

    @Override
    protected final int integrate(StepContext ctx, int from, int to) {
        if (stepper == null) {
            return stepNative(ctx, from, to);
        }
        double[][] vars = odeState();
        System.arraycopy(vars[0], 0, previous, 0, size);
        for (int k = 0; k < vars.length; k++) {
            System.arraycopy(vars[k], 0, packed, k * size, size);
        }
        stepper.step(ctx.step(), ctx.t(), ctx.dt(), packed);
        for (int k = 0; k < vars.length; k++) {
            System.arraycopy(packed, k * size, vars[k], 0, size);
        }
        return afterGenericStep(ctx, previous);
    }

    /**
     * The generic-path epilogue of models that spike on an upward crossing of a threshold (HH-type and other models
     * without a reset): adds the potential jumps, checks V is finite, raises the flags of the neurons whose V crossed
     * {@code threshold} from below during the step, and clears the input buffers.
     *
     * @param ctx               the step context
     * @param v                 the membrane potential after the step (modified by the jumps)
     * @param previousPotential V at the start of the step
     * @param threshold         the threshold [mV]
     * @return how many fired (indices written from {@code fired[0]} on)
     */
    protected final int upwardCrossings(StepContext ctx, double[] v, double[] previousPotential, double threshold) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            double vNew = v[i] + delta[i];
            v[i] = vNew;
            if (!Double.isFinite(vNew)) {
                divergence(ctx, "V", v, i, i + 1);
            }
            boolean fire = previousPotential[i] < threshold && vNew >= threshold;
            spike[i] = fire;
            fired[count] = i;
            count += fire ? 1 : 0;
        }
        java.util.Arrays.fill(input, 0.0);
        java.util.Arrays.fill(delta, 0.0);
        return count;
    }

    /**
     * Throws a {@link DivergenceException} for the first non-finite value of {@code values} in [from, to); call it when
     * a cheap accumulated check (e.g. a running sum of {@code x - x}) came out NaN.
     *
     * @param ctx      the step context
     * @param variable the variable's name
     * @param values   its values
     * @param from     first member
     * @param to       last member, exclusive
     */
    protected final void divergence(StepContext ctx, String variable, double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(values[i])) {
                throw new DivergenceException(name(), variable, i, ctx.step(), ctx.t(), values[i]);
            }
        }
    }

    private final class PackedOde implements OdeSystem {
        @Override
        public int dimension() {
            return odeState().length * size;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            OdeNeuronGroup.this.derivatives(t, y, dydt);
        }
    }
}
