package org.brainj.models.zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.OdeNeuronGroup;
import org.brainj.models.zoo.channels.CalciumDetailed;
import org.brainj.models.zoo.channels.CalciumFirstOrder;
import org.brainj.models.zoo.channels.CalciumFixed;
import org.brainj.models.zoo.channels.CalciumIon;
import org.brainj.models.zoo.channels.Channel;
import org.brainj.models.zoo.channels.Channels;
import org.brainj.models.zoo.channels.PotassiumFixed;
import org.brainj.models.zoo.channels.SodiumFixed;

/**
 * A conductance-based neuron assembled from ion channels, BrainPy's {@code CondNeuGroup}:
 *
 * <pre>
 *   C dV/dt = Σ_k I_k + I_ext,   I_k = g_k(gates, [Ca]) (E_k − V)
 *   spike when V_old &lt; V_th ≤ V
 * </pre>
 *
 * with the channels of {@link org.brainj.models.zoo.channels} (each with its gating ODEs), an optional calcium ion
 * (fixed, or with [Ca] driven by the calcium currents and E_Ca by Nernst) and optional fixed sodium/potassium ions
 * that set E of their channels. Units: V in mV, t in ms, conductances in mS/cm², C in µF/cm², currents in µA/cm².
 *
 * <p>From Java: {@code CondNeuGroup.builder("hh", 100).channel(INa_HH1952.create(100, ...)).channel(...).build()}.
 * As a registered model ({@code neuron:CondNeuGroup}, JSON specs) the channel set is chosen by parameters: a channel's
 * BrainPy name set to 1 includes it ({@code INa_HH1952}, {@code IK_HH1952} and {@code IL} are included by default,
 * Hodgkin–Huxley's three currents at the channels' own defaults), its parameters are written
 * {@code CHANNEL.NAME} (e.g. {@code IK_HH1952.g_max=36}); {@code CalciumDetailed=1} or {@code CalciumFirstOrder=1}
 * makes calcium dynamic (otherwise a channel that needs calcium gets {@code CalciumFixed}), {@code SodiumFixed=1} and
 * {@code PotassiumFixed=1} set E of all sodium or potassium channels to the ion's.
 *
 * <p>Native integration: BrainPy's {@code exp_auto} on the joint equations, every variable advanced from the state at
 * the start of the step: each gate exactly for V held, [Ca] exactly for its current held, and
 * V ← V + (e^(A dt) − 1)/A · dV/dt with A = −Σg/C. With {@code INa_HH1952(E=50, g_max=120)},
 * {@code IK_HH1952(E=−77, g_max=36)} and {@code IL(E=−54.387, g_max=0.03)} it is the {@link HH} neuron step for step.
 * Other methods ({@link #useMethod}) integrate V, every gate and [Ca] as one ODE system.
 *
 * <p>Initial state: V = {@code V0} (BrainPy draws U(−70, −60): {@code --init V=uniform(-70,-60)}); [Ca] at the ion's
 * initial value; the gates of every channel none of whose gates the user initialises at their steady state for the
 * initial V and [Ca] (BrainPy's {@code reset_state}).
 */
public final class CondNeuGroup extends OdeNeuronGroup {

    /** The model's name, as BrainPy spells it. */
    public static final String MODEL = "CondNeuGroup";

    static final ParameterSpec C = ParameterSpec.positive("C", "uF/cm^2", 1.0, "membrane capacitance");
    static final ParameterSpec V_TH = ParameterSpec.any("V_th", "mV", 0.0, "spike threshold (upward crossing)");
    static final ParameterSpec V0 = ParameterSpec.any("V0", "mV", -65.0,
            "initial membrane potential (BrainPy draws U(-70,-60): --init V=uniform(-70,-60))");

    /** The channels a registered CondNeuGroup includes unless told otherwise: Hodgkin–Huxley's three currents. */
    public static final Set<String> DEFAULT_CHANNELS = Set.of("INa_HH1952", "IK_HH1952", "IL");

    /** The parameters: C, V_th, V0, then per channel its switch and its {@code CHANNEL.NAME} parameters, then ions. */
    public static final List<ParameterSpec> PARAMETERS = registryParameters();

    /** What model factories list for this model. */
    public static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(MODEL, ModelKind.NEURON,
            "conductance-based neuron assembled from ion channels: CHANNEL=1 includes one, CHANNEL.param sets it "
                    + "(default INa_HH1952+IK_HH1952+IL), V in mV, I in uA/cm^2 (BrainPy CondNeuGroup)", PARAMETERS);

    private final double c;
    private final double vTh;
    private final double v0;
    private final Channel[] channels;
    private final CalciumIon calcium;
    private final double[] v;
    private final double[] gSum;
    private final double[] iSum;
    private final double[] caCurrent;
    private final double[][] ode;
    /** Offset of each channel's gates in the packed state of the generic path. */
    private final int[] offsets;

    private CondNeuGroup(String name, int size, double c, double vTh, double v0, List<Channel> channels,
                         CalciumIon calcium) {
        super(name, size);
        this.c = c;
        this.vTh = vTh;
        this.v0 = v0;
        this.channels = channels.toArray(new Channel[0]);
        this.calcium = calcium;
        this.v = new double[size];
        this.gSum = new double[size];
        this.iSum = new double[size];
        this.caCurrent = calcium != null && calcium.dynamic() ? new double[size] : null;
        List<StateVariable> s = new ArrayList<>();
        List<double[]> arrays = new ArrayList<>();
        s.add(new StateVariable("V", "mV", v));
        arrays.add(v);
        this.offsets = new int[this.channels.length];
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < this.channels.length; k++) {
            Channel ch = this.channels[k];
            if (!seen.add(ch.model())) {
                throw new ModelException(name + ": channel " + ch.model() + " is added twice");
            }
            offsets[k] = arrays.size() * size;
            for (StateVariable g : ch.state()) {
                s.add(new StateVariable(ch.model() + "." + g.name(), g.unit(), g.values()));
                arrays.add(g.values());
            }
        }
        if (calcium != null) {
            s.addAll(calcium.state());
            if (calcium.dynamic()) {
                arrays.add(calcium.concentration());
            }
        }
        this.ode = arrays.toArray(new double[0][]);
        declareState(s, ode);
        reset();
    }

    /**
     * Starts assembling a population from Java.
     *
     * @param name the population's name
     * @param size number of neurons, ≥ 1 (every channel and ion must have this size)
     * @return a builder with C = 1 µF/cm², V_th = 0 mV, V0 = −65 mV and no channels
     */
    public static Builder builder(String name, int size) {
        return new Builder(name, size);
    }

    /** Assembles a {@link CondNeuGroup}. */
    public static final class Builder {
        private final String name;
        private final int size;
        private double c = C.defaultValue();
        private double vTh = V_TH.defaultValue();
        private double v0 = V0.defaultValue();
        private final List<Channel> channels = new ArrayList<>();
        private CalciumIon calcium;
        private SodiumFixed sodium;
        private PotassiumFixed potassium;

        private Builder(String name, int size) {
            this.name = name;
            this.size = size;
        }

        /**
         * @param capacitance C [µF/cm²], &gt; 0
         * @return this
         */
        public Builder capacitance(double capacitance) {
            this.c = C.validate(capacitance);
            return this;
        }

        /**
         * @param threshold V_th [mV]
         * @return this
         */
        public Builder threshold(double threshold) {
            this.vTh = V_TH.validate(threshold);
            return this;
        }

        /**
         * @param potential V0 [mV]
         * @return this
         */
        public Builder initialPotential(double potential) {
            this.v0 = V0.validate(potential);
            return this;
        }

        /**
         * @param channel a channel of this population's size
         * @return this
         */
        public Builder channel(Channel channel) {
            channels.add(channel);
            return this;
        }

        /**
         * @param ion the population's calcium (fixed or dynamic)
         * @return this
         */
        public Builder calcium(CalciumIon ion) {
            this.calcium = ion;
            return this;
        }

        /**
         * @param ion a fixed sodium ion: every sodium channel takes its E
         * @return this
         */
        public Builder sodium(SodiumFixed ion) {
            this.sodium = ion;
            return this;
        }

        /**
         * @param ion a fixed potassium ion: every potassium channel takes its E
         * @return this
         */
        public Builder potassium(PotassiumFixed ion) {
            this.potassium = ion;
            return this;
        }

        /**
         * @return the population, at its initial state
         * @throws ModelException when a channel or the ion has another size, or a channel is added twice
         */
        public CondNeuGroup build() {
            boolean needsCalcium = false;
            for (Channel ch : channels) {
                if (ch.size() != size) {
                    throw new ModelException(name + ": channel " + ch.model() + " has size " + ch.size()
                            + ", the population " + size);
                }
                if (sodium != null && ch.ion() == Channel.Ion.SODIUM) {
                    ch.setReversal(sodium.e());
                }
                if (potassium != null && ch.ion() == Channel.Ion.POTASSIUM) {
                    ch.setReversal(potassium.e());
                }
                needsCalcium |= ch.carriesCalcium() || ch.usesCalcium();
            }
            CalciumIon ca = calcium;
            if (ca == null && needsCalcium) {
                // BrainPy hosts calcium channels in an ion; without one given, the fixed ion at its defaults.
                ca = CalciumFixed.create(size, Parameters.empty());
            }
            if (ca != null && ca.size() != size) {
                throw new ModelException(name + ": calcium " + ca.model() + " has size " + ca.size()
                        + ", the population " + size);
            }
            return new CondNeuGroup(name, size, c, vTh, v0, channels, ca);
        }
    }

    /**
     * Builds a population from user parameters (the registered model).
     *
     * @param name   the population's name
     * @param size   number of neurons, ≥ 1
     * @param params parameter values; see the class comment for the channel switches
     * @return the population, at its initial state
     * @throws ParameterException for an unknown or out-of-range parameter, or two calcium dynamics at once
     */
    public static CondNeuGroup create(String name, int size, Parameters params) {
        params.requireKnown(MODEL, PARAMETERS);
        Builder b = builder(name, size).capacitance(params.get(C)).threshold(params.get(V_TH))
                .initialPotential(params.get(V0));
        for (ModelDescriptor d : Channels.channels()) {
            if (included(params, d)) {
                b.channel(Channels.create(d.name(), size, prefixed(params, d.name())));
            }
        }
        boolean detailed = included(params, CalciumDetailed.DESCRIPTOR);
        boolean firstOrder = included(params, CalciumFirstOrder.DESCRIPTOR);
        if (detailed && firstOrder) {
            throw new ParameterException(CalciumFirstOrder.MODEL, "1",
                    "must be 0 when CalciumDetailed = 1: a population has one calcium dynamics");
        }
        if (detailed) {
            b.calcium(CalciumDetailed.create(size, prefixed(params, CalciumDetailed.MODEL)));
        } else if (firstOrder) {
            b.calcium(CalciumFirstOrder.create(size, prefixed(params, CalciumFirstOrder.MODEL)));
        } else if (hasPrefixed(params, CalciumFixed.MODEL)) {
            b.calcium(CalciumFixed.create(size, prefixed(params, CalciumFixed.MODEL)));
        }
        if (included(params, SodiumFixed.DESCRIPTOR)) {
            b.sodium(SodiumFixed.create(prefixed(params, SodiumFixed.MODEL)));
        }
        if (included(params, PotassiumFixed.DESCRIPTOR)) {
            b.potassium(PotassiumFixed.create(prefixed(params, PotassiumFixed.MODEL)));
        }
        CondNeuGroup g = b.build();
        if (g.channels.length == 0) {
            throw new ParameterException("INa_HH1952", "0", "a CondNeuGroup needs at least one channel: set one of "
                    + Channels.channels().stream().map(ModelDescriptor::name).toList() + " to 1");
        }
        return g;
    }

    /** A component's switch: 1 includes it, 0 leaves it out; anything else is refused rather than read as 1. */
    private static boolean included(Parameters params, ModelDescriptor d) {
        double on = params.get(switchOf(d));
        if (on != 0.0 && on != 1.0) {
            throw new ParameterException(d.name(), String.valueOf(on), "must be 0 or 1 (1 includes " + d.name()
                    + ")");
        }
        return on == 1.0;
    }

    private static ParameterSpec switchOf(ModelDescriptor d) {
        double def = DEFAULT_CHANNELS.contains(d.name()) ? 1.0 : 0.0;
        return new ParameterSpec(d.name(), "1", def, 0.0, 1.0, false, "1 includes " + d.name() + ": "
                + d.description());
    }

    private static Parameters prefixed(Parameters params, String model) {
        Parameters sub = Parameters.empty();
        String prefix = model + ".";
        for (Map.Entry<String, Double> e : params.asMap().entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sub = sub.with(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return sub;
    }

    private static boolean hasPrefixed(Parameters params, String model) {
        for (String k : params.asMap().keySet()) {
            if (k.startsWith(model + ".")) {
                return true;
            }
        }
        return false;
    }

    private static List<ParameterSpec> registryParameters() {
        List<ParameterSpec> all = new ArrayList<>(List.of(C, V_TH, V0));
        for (ModelDescriptor d : Channels.channels()) {
            addComponent(all, d, true);
        }
        addComponent(all, CalciumFixed.DESCRIPTOR, false);
        addComponent(all, CalciumDetailed.DESCRIPTOR, true);
        addComponent(all, CalciumFirstOrder.DESCRIPTOR, true);
        addComponent(all, SodiumFixed.DESCRIPTOR, true);
        addComponent(all, PotassiumFixed.DESCRIPTOR, true);
        return List.copyOf(all);
    }

    private static void addComponent(List<ParameterSpec> all, ModelDescriptor d, boolean withSwitch) {
        if (withSwitch) {
            all.add(switchOf(d));
        }
        for (ParameterSpec s : d.parameters()) {
            all.add(new ParameterSpec(d.name() + "." + s.name(), s.unit(), s.defaultValue(), s.min(), s.max(),
                    s.minExclusive(), s.description() + " of " + d.name()));
        }
    }

    /** @return the channels, in the order their currents are summed */
    public List<Channel> channels() {
        return List.of(channels);
    }

    /** @return the population's calcium, or null when it has none */
    public CalciumIon calcium() {
        return calcium;
    }

    @Override
    public String inputUnit() {
        return "uA/cm^2";
    }

    @Override
    protected void resetState() {
        Arrays.fill(v, v0);
        if (calcium != null) {
            calcium.reset();
        }
        for (Channel ch : channels) {
            for (StateVariable g : ch.state()) {
                Arrays.fill(g.values(), 0.0);
            }
        }
    }

    @Override
    protected void afterInitialization() {
        double[] ca = calcium == null ? null : calcium.concentration();
        if (calcium != null) {
            calcium.updateReversal();
        }
        for (Channel ch : channels) {
            boolean userSet = false;
            for (StateVariable g : ch.state()) {
                userSet |= isInitialized(ch.model() + "." + g.name());
            }
            if (!userSet) {
                ch.steadyState(v, ca, 0, size);
            }
        }
    }

    /**
     * Sums the channels' conductances and currents of [from, to) into the scratch arrays (and the calcium current).
     */
    private void sumCurrents(int from, int to) {
        Arrays.fill(gSum, from, to, 0.0);
        Arrays.fill(iSum, from, to, 0.0);
        if (caCurrent != null) {
            Arrays.fill(caCurrent, from, to, 0.0);
        }
        double[] ca = calcium == null ? null : calcium.concentration();
        double[] eCa = calcium == null ? null : calcium.reversal();
        for (Channel ch : channels) {
            ch.addCurrents(v, ca, eCa, gSum, iSum, caCurrent, from, to);
        }
    }

    @Override
    protected int stepNative(StepContext ctx, int from, int to) {
        final double dt = ctx.dt();
        sumCurrents(from, to);
        double[] ca = calcium == null ? null : calcium.concentration();
        for (Channel ch : channels) {
            ch.advance(v, ca, dt, from, to);
        }
        if (caCurrent != null) {
            calcium.advance(caCurrent, dt, from, to);
        }
        final double invC = 1.0 / c;
        final double[] v = this.v;
        final double[] in = this.input;
        final double[] jump = this.delta;
        final boolean[] spk = this.spike;
        final int[] out = this.fired;
        final double th = vTh;
        int bad = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double a = -gSum[i] * invC;
            double f = (iSum[i] + in[i]) * invC;
            double phi = ResetNeuronGroup.phi(a, dt);
            double vNew = vi + phi * f + jump[i];
            v[i] = vNew;
            in[i] = 0.0;
            jump[i] = 0.0;
            bad |= vNew - vNew == 0.0 ? 0 : 1;
            boolean fire = vi < th && vNew >= th;
            spk[i] = fire;
            out[from + count] = i;
            count += fire ? 1 : 0;
        }
        if (bad != 0) {
            divergence(ctx, "V", v, from, to);
        }
        return count;
    }

    @Override
    protected boolean clearsInputs() {
        return true;
    }

    @Override
    protected void derivatives(double t, double[] y, double[] dydt) {
        // The channels read the live arrays: load the stage's state into them (the stepper writes the final state
        // back after the step).
        for (int k = 0; k < ode.length; k++) {
            System.arraycopy(y, k * size, ode[k], 0, size);
        }
        if (calcium != null) {
            calcium.updateReversal();
        }
        sumCurrents(0, size);
        final double invC = 1.0 / c;
        for (int i = 0; i < size; i++) {
            dydt[i] = (iSum[i] + input[i]) * invC;
        }
        double[] ca = calcium == null ? null : calcium.concentration();
        for (int k = 0; k < channels.length; k++) {
            channels[k].derivatives(v, ca, dydt, offsets[k]);
        }
        if (caCurrent != null) {
            int base = (ode.length - 1) * size;
            for (int i = 0; i < size; i++) {
                dydt[base + i] = calcium.derivative(i, caCurrent[i]);
            }
        }
    }

    @Override
    protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
        if (calcium != null) {
            calcium.updateReversal();
        }
        return upwardCrossings(ctx, v, previousPotential, vTh);
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Channel ch : channels) {
            names.add(ch.model());
        }
        return MODEL + " '" + name() + "' (" + size + " neurons, " + String.join(" + ", names)
                + (calcium == null ? "" : ", " + calcium.model()) + ")";
    }
}
