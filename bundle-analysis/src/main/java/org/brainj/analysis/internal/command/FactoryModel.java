package org.brainj.analysis.internal.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.brainj.api.analysis.AnalyzableModel;
import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.integrate.OdeSystem;
import org.brainj.api.platform.Providers;
import org.brainj.models.kit.OdeNeuronGroup;

/**
 * A neuron or rate model of any {@link ModelFactory} seen as an {@link AnalyzableModel}: one member of the population,
 * its ODE variables as the state, the model's parameters plus the injected current {@code I} (the population's
 * {@code input()}, held as a constant) as the parameters.
 *
 * <p>Every ODE population of the exported model kit ({@link OdeNeuronGroup}: the zoo's neurons and rate models, and
 * any third-party model built on the kit) exposes its right-hand side ({@link OdeNeuronGroup#rightHandSide()}) and
 * the names of its ODE variables, so a model is analysable as soon as its factory is deployed.
 *
 * <p>A parameter change builds a fresh one-member population through the factory, so the factory's validation
 * (ranges, unknown names) applies; the input current only changes the held input, without a rebuild.
 *
 * <p>Not thread-safe: analyzers use one instance per call.
 */
final class FactoryModel implements AnalyzableModel {

    /** The injected current's parameter name, unless the model already has a parameter of that name. */
    static final String INPUT = "I";

    private final ModelFactory factory;
    private final String model;
    private final List<ParameterSpec> specs;
    private final List<String> parameters;
    private final double[] defaults;
    private final int inputIndex;
    private final List<String> variables;
    private final double[] built;
    private OdeSystem rhs;
    private OdeNeuronGroup group;
    private double[] input;

    private FactoryModel(ModelFactory factory, ModelDescriptor descriptor) {
        this.factory = factory;
        this.model = descriptor.name();
        this.specs = descriptor.parameters();
        List<String> names = new ArrayList<>();
        for (ParameterSpec s : specs) {
            names.add(s.name());
        }
        String in = names.contains(INPUT) ? "I_ext" : INPUT;
        names.add(in);
        this.parameters = List.copyOf(names);
        this.inputIndex = names.size() - 1;
        this.defaults = new double[names.size()];
        for (int i = 0; i < specs.size(); i++) {
            defaults[i] = specs.get(i).defaultValue();
        }
        this.built = defaults.clone();
        build(built);
        this.variables = odeNames();
        checkAutonomous();
    }

    /**
     * Resolves {@code neuron:NAME}, {@code rate:NAME} or a bare {@code NAME} among the deployed model factories.
     *
     * @param spec the model as the user wrote it
     * @return the analysable model
     * @throws ParameterException naming the model and the neuron and rate models available, or why this one cannot
     *     be analysed
     */
    static FactoryModel resolve(String spec) {
        String name = spec;
        ModelKind kind = null;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            String prefix = spec.substring(0, colon).toLowerCase(Locale.ROOT);
            name = spec.substring(colon + 1);
            if (prefix.equals("neuron")) {
                kind = ModelKind.NEURON;
            } else if (prefix.equals("rate")) {
                kind = ModelKind.RATE;
            } else {
                throw new ParameterException("model", spec, "prefix must be neuron: or rate:");
            }
        }
        List<String> known = new ArrayList<>();
        for (ModelFactory f : Providers.all(ModelFactory.class)) {
            for (ModelDescriptor d : f.models()) {
                boolean analysable = d.kind() == ModelKind.NEURON || d.kind() == ModelKind.RATE;
                if (!analysable) {
                    continue;
                }
                known.add(d.kind().name().toLowerCase(Locale.ROOT) + ":" + d.name());
                if (d.name().equals(name) && (kind == null || d.kind() == kind)) {
                    return new FactoryModel(f, d);
                }
            }
        }
        throw new ParameterException("model", spec, known.isEmpty()
                ? "no neuron or rate model is deployed (is the models bundle active?)"
                : "not a neuron or rate model; known: " + String.join(", ", known));
    }

    /** @return the model's name */
    String name() {
        return model;
    }

    /** @return the parameter the injected current is, {@code I} unless the model has its own {@code I} */
    String inputName() {
        return parameters.get(inputIndex);
    }

    @Override
    public List<String> variables() {
        return variables;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }

    @Override
    public double[] defaultParameters() {
        return defaults.clone();
    }

    @Override
    public void derivatives(double[] x, double[] params, double[] dxdt) {
        evaluate(0.0, x, params, dxdt);
    }

    private void evaluate(double t, double[] x, double[] params, double[] dxdt) {
        for (int i = 0; i < inputIndex; i++) {
            if (Double.doubleToLongBits(params[i]) != Double.doubleToLongBits(built[i])) {
                build(params);
                break;
            }
        }
        input[0] = params[inputIndex];
        rhs.derivatives(t, x, dxdt);
    }

    /** Builds the one-member population for these parameter values (the input entry is not used). */
    private void build(double[] params) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            values.put(specs.get(i).name(), params[i]);
        }
        DynamicalSystem sys = factory.create(model, "analysis", 1, Parameters.of(values));
        if (!(sys instanceof OdeNeuronGroup)) {
            throw new ParameterException("model", model, "is not an ODE population (" + sys.getClass().getSimpleName()
                    + "): only models integrated as ODEs can be analysed");
        }
        group = (OdeNeuronGroup) sys;
        rhs = group.rightHandSide();
        input = group.input();
        System.arraycopy(params, 0, built, 0, inputIndex);
    }

    /** The ODE arrays' names, in the packed order the right-hand side uses. */
    private List<String> odeNames() {
        return group.odeVariables();
    }

    /**
     * The analysers need f(x) without t: a right-hand side that changes with t at fixed state and parameters is
     * rejected rather than silently analysed at t = 0.
     */
    private void checkAutonomous() {
        int n = variables.size();
        double[] x = new double[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int trial = 0; trial < 3; trial++) {
            for (int i = 0; i < n; i++) {
                x[i] = 0.1 * (trial + 1) * (i % 2 == 0 ? 1 : -1) + (trial == 2 ? -60 * (i == 0 ? 1 : 0) : 0);
            }
            evaluate(0.0, x, built, a);
            evaluate(137.25, x, built, b);
            for (int i = 0; i < n; i++) {
                boolean same = Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(b[i]);
                if (!same && !(Double.isNaN(a[i]) && Double.isNaN(b[i]))) {
                    throw new ParameterException("model", model, "its right-hand side depends on time t (not "
                            + "autonomous): d" + variables.get(i) + "/dt differs between t = 0 and t = 137.25 ms; "
                            + "phase-plane and bifurcation analysis need an autonomous model");
                }
            }
        }
    }
}
