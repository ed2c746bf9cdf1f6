package org.brainj.cli.internal.run;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkCatalog;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;

/**
 * Turns the model argument of {@code brainj run} and {@code brainj bench} into a {@link NetworkSpec}: a built-in
 * network of any {@link NetworkCatalog}, {@code neuron:MODEL} (one population of a NEURON model of any
 * {@link ModelFactory}, driven by a constant current), or a JSON spec file. The command line's parameters, initial
 * values and input are applied here, so every mistake in them is reported before anything is built.
 */
final class ModelResolver {

    /** The prefix of single-neuron models, e.g. {@code neuron:HH}. */
    static final String NEURON_PREFIX = "neuron:";
    /** The input model {@code --input} adds. */
    static final String CONSTANT_INPUT = "constant";
    /** Its parameter: the current. */
    static final String AMPLITUDE = "amplitude";
    /** Simulated time of a JSON spec that does not say [ms]. */
    static final double JSON_DURATION = 1000.0;
    /** Simulated time of a single neuron [ms]. */
    static final double NEURON_DURATION = 100.0;

    private final List<NetworkCatalog> catalogs;
    private final List<ModelFactory> factories;
    private final JsonSpec.Reader json;

    /**
     * @param catalogs  the network catalogues, highest-ranked first
     * @param factories the model factories, highest-ranked first
     * @param json      reads JSON spec files
     */
    ModelResolver(List<NetworkCatalog> catalogs, List<ModelFactory> factories, JsonSpec.Reader json) {
        this.catalogs = List.copyOf(catalogs);
        this.factories = List.copyOf(factories);
        this.json = json;
    }

    /** @return a resolver over the providers installed now */
    static ModelResolver fromProviders() {
        return new ModelResolver(Providers.all(NetworkCatalog.class), Providers.all(ModelFactory.class),
                JsonSpec::read);
    }

    /**
     * @param model   the model argument
     * @param request the command line's size, parameters, initial values and input
     * @return the network and its defaults
     * @throws UsageError for an unknown model or a bad parameter, naming what exists
     */
    ResolvedModel resolve(String model, ModelRequest request) {
        if (model.startsWith(NEURON_PREFIX)) {
            return neuron(model.substring(NEURON_PREFIX.length()), request);
        }
        for (NetworkCatalog c : catalogs) {
            for (ModelDescriptor d : c.networks()) {
                if (d.name().equals(model)) {
                    return network(c, d.name(), request);
                }
            }
        }
        Path file = jsonPath(model);
        if (file != null) {
            return json(model, file, request);
        }
        throw unknown(model);
    }

    private static Path jsonPath(String model) {
        try {
            Path p = Path.of(model);
            if (model.endsWith(".json")) {
                if (!Files.isRegularFile(p)) {
                    throw new UsageError("JSON network spec '" + model + "' is not a readable file");
                }
                return p;
            }
            return Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private ResolvedModel network(NetworkCatalog catalog, String name, ModelRequest request) {
        Parameters params = Parameters.of(request.params());
        if (request.neurons().isPresent()) {
            params = params.with(NetworkCatalog.NEURONS, request.neurons().getAsInt());
        }
        NetworkSpec spec;
        try {
            spec = catalog.network(name, params, initializers(request));
        } catch (IllegalArgumentException e) {
            // ParameterException is a BrainjException (not an IllegalArgumentException): it passes through as is.
            throw new UsageError(name + ": " + e.getMessage());
        }
        spec = withInput(spec, request);
        return new ResolvedModel(name, folder(name), spec, catalog.defaultDuration(name), OptionalDouble.empty(),
                OptionalLong.empty(), List.of());
    }

    private ResolvedModel neuron(String modelName, ModelRequest request) {
        ModelDescriptor d = neuronModel(modelName);
        Parameters params = Parameters.of(request.params()).requireKnown(d.name(), d.parameters());
        for (ParameterSpec p : d.parameters()) {
            params.get(p); // validates a given value against its range, naming parameter, value and range
        }
        PopulationSpec pop = new PopulationSpec(d.name(), d.name(), request.neurons().orElse(1), params,
                initializers(request));
        InputSpec input = new InputSpec(d.name(), CONSTANT_INPUT,
                Parameters.empty().with(AMPLITUDE, request.input().orElse(0.0)));
        NetworkSpec spec = new NetworkSpec(NEURON_PREFIX + d.name(), List.of(pop), List.of(), List.of(input));
        return new ResolvedModel(NEURON_PREFIX + d.name(), folder("neuron-" + d.name()), spec, NEURON_DURATION,
                OptionalDouble.empty(), OptionalLong.empty(), List.of());
    }

    private ModelDescriptor neuronModel(String name) {
        ModelDescriptor caseInsensitive = null;
        for (ModelDescriptor d : descriptors()) {
            if (d.kind() != ModelKind.NEURON) {
                continue;
            }
            if (d.name().equals(name)) {
                return d;
            }
            if (d.name().equalsIgnoreCase(name) && caseInsensitive == null) {
                caseInsensitive = d;
            }
        }
        if (caseInsensitive != null) {
            return caseInsensitive;
        }
        throw new UsageError("unknown neuron model '" + name + "'; neuron models: " + String.join(", ",
                neuronModels()) + " (write neuron:NAME)");
    }

    private ResolvedModel json(String model, Path file, ModelRequest request) {
        if (request.neurons().isPresent()) {
            throw UsageError.of("--neurons", String.valueOf(request.neurons().getAsInt()),
                    "applies to built-in networks and neuron:MODEL; a JSON spec sets its population sizes itself");
        }
        JsonSpec f;
        try {
            f = json.read(file);
        } catch (ModelException e) {
            throw new UsageError(e.getMessage());
        }
        NetworkSpec spec = f.network();
        List<PopulationSpec> pops = new ArrayList<>();
        Set<String> applied = new LinkedHashSet<>();
        for (PopulationSpec p : spec.populations()) {
            PopulationSpec q = p;
            ModelDescriptor d = descriptor(p.model());
            Parameters params = p.params();
            for (Map.Entry<String, Double> e : request.params().entrySet()) {
                if (d != null && hasParameter(d, e.getKey())) {
                    params = params.with(e.getKey(), e.getValue());
                    applied.add(e.getKey());
                }
            }
            q = q.withParams(params);
            for (Map.Entry<String, Initializer> e : initializers(request).entrySet()) {
                q = q.withInit(e.getKey(), e.getValue());
            }
            pops.add(q);
        }
        for (String name : request.params().keySet()) {
            if (!applied.contains(name)) {
                throw UsageError.of("--param", name + "=" + request.params().get(name), "no population of "
                        + file + " has a parameter " + name + "; their models' parameters: "
                        + String.join(", ", parameterNames(spec)));
            }
        }
        spec = withInput(new NetworkSpec(spec.name(), pops, spec.projections(), spec.inputs(), spec.couplings()),
                request);
        String label = spec.name().isBlank() ? stem(file) : spec.name();
        return new ResolvedModel(label, folder(stem(file)), spec, f.duration().orElse(JSON_DURATION), f.dt(),
                f.seed(), f.monitors());
    }

    /** Adds {@code --input} as a constant current into every population of a NEURON model. */
    private NetworkSpec withInput(NetworkSpec spec, ModelRequest request) {
        if (request.input().isEmpty()) {
            return spec;
        }
        List<InputSpec> inputs = new ArrayList<>(spec.inputs());
        for (PopulationSpec p : spec.populations()) {
            ModelDescriptor d = descriptor(p.model());
            if (d != null && d.kind() == ModelKind.NEURON) {
                inputs.add(new InputSpec(p.name(), CONSTANT_INPUT,
                        Parameters.empty().with(AMPLITUDE, request.input().getAsDouble())));
            }
        }
        if (inputs.size() == spec.inputs().size()) {
            throw UsageError.of("--input", String.valueOf(request.input().getAsDouble()), "needs a population of a "
                    + "neuron model; " + spec.name() + " has none");
        }
        return new NetworkSpec(spec.name(), spec.populations(), spec.projections(), inputs, spec.couplings());
    }

    private static Map<String, Initializer> initializers(ModelRequest request) {
        Map<String, Initializer> init = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : request.init().entrySet()) {
            init.put(e.getKey(), Initializer.constant(e.getValue()));
        }
        return init;
    }

    private List<ModelDescriptor> descriptors() {
        List<ModelDescriptor> all = new ArrayList<>();
        for (ModelFactory f : factories) {
            all.addAll(f.models());
        }
        return all;
    }

    private ModelDescriptor descriptor(String model) {
        for (ModelDescriptor d : descriptors()) {
            if (d.name().equals(model)) {
                return d;
            }
        }
        return null;
    }

    private static boolean hasParameter(ModelDescriptor d, String name) {
        for (ParameterSpec p : d.parameters()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> parameterNames(NetworkSpec spec) {
        Set<String> names = new TreeSet<>();
        for (PopulationSpec p : spec.populations()) {
            ModelDescriptor d = descriptor(p.model());
            if (d != null) {
                for (ParameterSpec s : d.parameters()) {
                    names.add(s.name());
                }
            }
        }
        return names;
    }

    /**
     * The same network with every parameter and initial-value map in a fixed order, so that writing it gives the
     * same text in every JVM (a catalogue may build its maps with {@code Map.of}, whose order varies from run to
     * run): parameters in the order their model declares them (alphabetical for models not known here, such as
     * connectors), initial values of the model's own variables first, then those of its synapses
     * ({@code E2E.g}), each alphabetical. The network is equal to the given one.
     *
     * @param spec a network
     * @return it, ordered
     */
    NetworkSpec ordered(NetworkSpec spec) {
        List<PopulationSpec> pops = new ArrayList<>();
        for (PopulationSpec p : spec.populations()) {
            List<String> keys = new ArrayList<>(p.init().keySet());
            keys.sort(java.util.Comparator.<String, Boolean>comparing(k -> k.contains("."))
                    .thenComparing(java.util.Comparator.naturalOrder()));
            Map<String, Initializer> init = new LinkedHashMap<>();
            for (String k : keys) {
                init.put(k, p.init().get(k));
            }
            pops.add(new PopulationSpec(p.name(), p.model(), p.size(), ordered(p.model(), p.params()), init));
        }
        List<org.brainj.api.run.ProjectionSpec> projs = new ArrayList<>();
        for (org.brainj.api.run.ProjectionSpec j : spec.projections()) {
            projs.add(new org.brainj.api.run.ProjectionSpec(j.name(), j.kind(), j.pre(), j.post(), j.connector(),
                    ordered(j.connector(), j.connectorParams()), j.comm(), j.synapse(),
                    ordered(j.synapse(), j.synapseParams()), j.output(), ordered(j.output(), j.outputParams()),
                    j.weight(), j.delay(), j.connectorData(), j.plasticity() == null ? null
                    : new org.brainj.api.run.PlasticitySpec(j.plasticity().rule(),
                    ordered(j.plasticity().rule(), j.plasticity().params()), j.plasticity().modulator()))
                    .withWeightInit(j.weightInit() == null ? null : new org.brainj.api.run.InitializerSpec(
                    j.weightInit().initializer(), ordered(j.weightInit().initializer(), j.weightInit().params()))));
        }
        List<InputSpec> inputs = new ArrayList<>();
        for (InputSpec i : spec.inputs()) {
            inputs.add(new InputSpec(i.target(), i.model(), ordered(i.model(), i.params())));
        }
        return new NetworkSpec(spec.name(), pops, projs, inputs, spec.couplings());
    }

    private Parameters ordered(String model, Parameters params) {
        List<String> order = new ArrayList<>();
        ModelDescriptor d = descriptor(model);
        if (d != null) {
            for (ParameterSpec s : d.parameters()) {
                order.add(s.name());
            }
        }
        List<String> keys = new ArrayList<>(params.asMap().keySet());
        keys.sort(java.util.Comparator.<String>comparingInt(k -> order.contains(k) ? order.indexOf(k)
                : Integer.MAX_VALUE).thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, params.asMap().get(k));
        }
        return Parameters.of(m);
    }

    /** @return the built-in network names, sorted */
    Set<String> networks() {
        Set<String> names = new TreeSet<>();
        for (NetworkCatalog c : catalogs) {
            for (ModelDescriptor d : c.networks()) {
                names.add(d.name());
            }
        }
        return names;
    }

    /** @return the neuron model names, sorted */
    Set<String> neuronModels() {
        Set<String> names = new TreeSet<>();
        for (ModelDescriptor d : descriptors()) {
            if (d.kind() == ModelKind.NEURON) {
                names.add(d.name());
            }
        }
        return names;
    }

    private UsageError unknown(String model) {
        Set<String> nets = networks();
        List<String> neurons = new ArrayList<>();
        for (String n : neuronModels()) {
            neurons.add(NEURON_PREFIX + n);
        }
        return new UsageError("unknown model '" + model + "'. Built-in networks: "
                + (nets.isEmpty() ? "none installed" : String.join(", ", nets)) + ". Single neurons: "
                + (neurons.isEmpty() ? "none installed" : String.join(", ", neurons))
                + ". Or the path of a JSON network spec (a .json file).");
    }

    private static String stem(Path file) {
        String n = file.getFileName() == null ? "network" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * @param name a model's name
     * @return a safe folder name: letters, digits, '.', '_' and '-' kept, anything else '-'
     */
    static String folder(String name) {
        String f = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return f.isEmpty() || f.startsWith(".") ? "model" + f : f;
    }
}
