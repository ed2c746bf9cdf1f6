package org.brainj.cli.internal.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.ArraySource;
import org.brainj.api.run.CouplingSpec;
import org.brainj.api.run.InitializerSpec;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PlasticitySpec;
import org.brainj.api.run.PopulationRange;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;

/**
 * Walks a parsed JSON tree into a {@link JsonNetworkSpecs.SpecFile}, keeping the JSON path of every node so that
 * each error names exactly where it is. One instance reads one document.
 */
final class SpecReader {

    static final List<String> TOP_KEYS =
            List.of("name", "duration", "dt", "seed", "populations", "projections", "inputs", "couplings",
                    "monitors");
    static final List<String> POPULATION_KEYS = List.of("name", "model", "size", "params", "init");
    static final List<String> PROJECTION_KEYS =
            List.of("name", "kind", "pre", "post", "connector", "comm", "synapse", "output", "weight", "delay",
                    "plasticity");
    static final List<String> COUPLING_KEYS = List.of("kind", "source", "target", "var1", "var2", "weights",
            "delays", "gain", "initial_delay_data");
    /** Connectors that take data (arrays or a file) instead of generating connectivity, with their arrays. */
    static final Map<String, List<String>> DATA_CONNECTORS = Map.of(
            "MatConn", List.of("conn_mat"),
            "IJConn", List.of("i", "j", "weights"),
            "CSRConn", List.of("indices", "indptr", "weights"));
    /** The connectivity storages a data connector or a plastic projection can use. */
    static final List<String> STORED_COMMS = List.of("auto", "csr", "dense");
    static final List<String> MONITOR_KEYS = List.of("target", "every", "indices");
    /** The connectivity storages {@link ProjectionSpec#comm()} documents. */
    static final List<String> COMMS = List.of("auto", "csr", "jit", "dense", "all2all", "one2one");
    static final List<String> LAWS = List.of("constant", "uniform", "normal");

    private static final Set<ModelKind> NEURONS = EnumSet.of(ModelKind.NEURON, ModelKind.RATE);
    private static final Set<ModelKind> SYNAPSES = EnumSet.of(ModelKind.SYNAPSE);
    private static final Set<ModelKind> OUTPUTS = EnumSet.of(ModelKind.OUTPUT);
    private static final Set<ModelKind> INPUTS = EnumSet.of(ModelKind.INPUT);
    private static final Set<ModelKind> CONNECTORS = EnumSet.of(ModelKind.CONNECTOR);
    private static final Set<ModelKind> RULES = EnumSet.of(ModelKind.PLASTICITY);
    private static final Set<ModelKind> INITIALIZERS = EnumSet.of(ModelKind.INITIALIZER);

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // Membrane potentials are in mV in every BrainJ model, so V-like variables may be written with a voltage unit
    // even when the model declares no V0 parameter to say so.
    private static final Pattern VOLTAGE_VARIABLE = Pattern.compile("[Vv](_\\w*)?");

    private final String source;
    private final ModelCatalog catalog;
    private final Path base;
    private final Map<String, PopulationSpec> populations = new LinkedHashMap<>();

    /**
     * @param source  the document's name, first in every message
     * @param catalog the models and connectors it may name
     */
    SpecReader(String source, ModelCatalog catalog) {
        this(source, catalog, Path.of(""));
    }

    /**
     * @param source  the document's name, first in every message
     * @param catalog the models and connectors it may name
     * @param base    the directory relative data file paths are resolved against (the spec file's)
     */
    SpecReader(String source, ModelCatalog catalog, Path base) {
        this.source = source;
        this.catalog = catalog;
        this.base = base.toAbsolutePath().normalize();
    }

    /** A model named in a spec and the parameters given to it. */
    private record ModelRef(String model, Parameters params) {
    }

    /**
     * @param root the parsed document
     * @return the spec file
     * @throws ModelException naming the source and the JSON path of the first error
     */
    JsonNetworkSpecs.SpecFile read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw fail("$", "the document is empty; a network spec is an object with keys "
                    + String.join(", ", TOP_KEYS));
        }
        requireObject(root, "$", "a network spec");
        checkKeys(root, "$", TOP_KEYS, "a network spec");

        String name = root.has("name") ? name(root.get("name"), "$.name") : defaultName();
        OptionalDouble duration = positiveTime(root, "duration", "$");
        OptionalDouble dt = positiveTime(root, "dt", "$");
        OptionalLong seed = OptionalLong.empty();
        if (root.has("seed")) {
            JsonNode s = root.get("seed");
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw fail("$.seed", "expected a whole number (a 64-bit integer), found " + describe(s));
            }
            seed = OptionalLong.of(s.longValue());
        }

        if (!root.has("populations")) {
            throw fail("$", "missing key 'populations': a network needs at least one population");
        }
        JsonNode pops = requireArray(root.get("populations"), "$.populations", "populations");
        if (pops.isEmpty()) {
            throw fail("$.populations", "a network needs at least one population");
        }
        List<PopulationSpec> popList = new ArrayList<>();
        for (int i = 0; i < pops.size(); i++) {
            popList.add(population(pops.get(i), index("$.populations", i)));
        }

        List<ProjectionSpec> projections = new ArrayList<>();
        Set<String> projectionNames = new LinkedHashSet<>();
        if (root.has("projections")) {
            JsonNode arr = requireArray(root.get("projections"), "$.projections", "projections");
            for (int i = 0; i < arr.size(); i++) {
                String path = index("$.projections", i);
                ProjectionSpec p = projection(arr.get(i), path);
                if (!projectionNames.add(p.name())) {
                    throw fail(path + ".name", "projection name '" + p.name() + "' is used twice");
                }
                projections.add(p);
            }
        }

        List<InputSpec> inputs = new ArrayList<>();
        if (root.has("inputs")) {
            JsonNode arr = requireArray(root.get("inputs"), "$.inputs", "inputs");
            for (int i = 0; i < arr.size(); i++) {
                inputs.add(input(arr.get(i), index("$.inputs", i)));
            }
        }

        List<CouplingSpec> couplings = new ArrayList<>();
        if (root.has("couplings")) {
            JsonNode arr = requireArray(root.get("couplings"), "$.couplings", "couplings");
            for (int i = 0; i < arr.size(); i++) {
                couplings.add(coupling(arr.get(i), index("$.couplings", i)));
            }
        }

        List<MonitorSpec> monitors = new ArrayList<>();
        if (root.has("monitors")) {
            JsonNode arr = requireArray(root.get("monitors"), "$.monitors", "monitors");
            for (int i = 0; i < arr.size(); i++) {
                monitors.add(monitor(arr.get(i), index("$.monitors", i)));
            }
        }

        NetworkSpec network;
        try {
            network = new NetworkSpec(name, popList, projections, inputs, couplings);
        } catch (BrainjException e) {
            // The checks above mirror NetworkSpec's, with paths; this keeps any check it adds later reported too.
            throw fail("$", e.getMessage(), e);
        }
        return new JsonNetworkSpecs.SpecFile(network, duration, dt, seed, monitors);
    }

    // ---- parts --------------------------------------------------------------------------------------------------

    private PopulationSpec population(JsonNode node, String path) {
        requireObject(node, path, "a population");
        checkKeys(node, path, POPULATION_KEYS, "a population");
        String name = name(required(node, "name", path), path + ".name");
        if (name.indexOf('.') >= 0) {
            throw fail(path + ".name", "population name '" + name + "' contains '.'; monitors name variables as "
                    + "POPULATION.VARIABLE, so population names must not contain '.'");
        }
        if (populations.containsKey(name)) {
            throw fail(path + ".name", "population name '" + name + "' is used twice");
        }
        ModelDescriptor model = model(text(required(node, "model", path), path + ".model"), path + ".model",
                NEURONS, "neuron or rate");
        JsonNode sizeNode = required(node, "size", path);
        if (!sizeNode.isIntegralNumber() || !sizeNode.canConvertToInt() || sizeNode.intValue() < 1) {
            throw fail(path + ".size", "expected a whole number >= 1 (the number of members), found "
                    + describe(sizeNode));
        }
        Parameters params = Parameters.empty();
        if (node.has("params")) {
            JsonNode p = node.get("params");
            requireObject(p, path + ".params", "the parameters of " + model.name());
            params = parameters(p, path + ".params", model, Set.of());
        }
        Map<String, Initializer> init = new LinkedHashMap<>();
        if (node.has("init")) {
            JsonNode in = node.get("init");
            requireObject(in, path + ".init", "initial values (variable -> value or law)");
            for (Map.Entry<String, JsonNode> e : in.properties()) {
                String var = e.getKey();
                String varPath = key(path + ".init", var);
                init.put(var, initialValue(e.getValue(), varPath, var, model));
            }
        }
        PopulationSpec spec;
        try {
            spec = new PopulationSpec(name, model.name(), sizeNode.intValue(), params, init);
        } catch (BrainjException e) {
            throw fail(path, e.getMessage(), e);
        }
        populations.put(name, spec);
        return spec;
    }

    private Initializer initialValue(JsonNode node, String path, String var, ModelDescriptor model) {
        ParameterSpec initialParam = find(model, var + "0");
        if (initialParam != null) {
            return law(node, path, "variable '" + var + "'", initialParam.unit(), null);
        }
        if (VOLTAGE_VARIABLE.matcher(var).matches()) {
            return law(node, path, "variable '" + var + "'", "mV", null);
        }
        return law(node, path, "variable '" + var + "'", null, model.name() + " declares no parameter " + var
                + "0 giving the unit of '" + var + "'; write a plain number in the model's own unit");
    }

    private ProjectionSpec projection(JsonNode node, String path) {
        requireObject(node, path, "a projection");
        checkKeys(node, path, PROJECTION_KEYS, "a projection");
        String name = name(required(node, "name", path), path + ".name");
        ProjectionKind kind = ProjectionKind.ALIGN_POST;
        if (node.has("kind")) {
            String k = text(node.get("kind"), path + ".kind");
            try {
                kind = ProjectionKind.of(k);
            } catch (IllegalArgumentException e) {
                throw fail(path + ".kind", "unknown projection kind '" + k + "'; allowed: align_post (the default), "
                        + "align_pre, delta");
            }
        }
        String pre = rangeRef(required(node, "pre", path), path + ".pre");
        String post = rangeRef(required(node, "post", path), path + ".post");
        JsonNode connectorNode = required(node, "connector", path);
        String dataConnector = dataConnector(connectorNode);
        ArraySource data = null;
        ModelRef connector;
        if (dataConnector != null) {
            data = connectorData(connectorNode, path + ".connector", dataConnector, size(pre), size(post));
            connector = new ModelRef(dataConnector, Parameters.empty());
        } else {
            connector = modelRef(connectorNode, path + ".connector", CONNECTORS, "connector");
        }
        String comm = "auto";
        if (node.has("comm")) {
            comm = text(node.get("comm"), path + ".comm");
            if (!COMMS.contains(comm)) {
                throw fail(path + ".comm", "unknown connectivity storage '" + comm + "'" + suggest(comm, COMMS)
                        + "; allowed: " + String.join(", ", COMMS) + " (auto is the default)");
            }
            if (dataConnector != null && !STORED_COMMS.contains(comm)) {
                throw fail(path + ".comm", "data connector " + dataConnector + " is stored connectivity; allowed: "
                        + String.join(", ", STORED_COMMS));
            }
        }
        PlasticitySpec plasticity = null;
        if (node.has("plasticity")) {
            plasticity = plasticity(node.get("plasticity"), path + ".plasticity", kind, comm, path);
        }
        ModelRef synapse;
        ModelRef output;
        if (kind == ProjectionKind.DELTA || kind == ProjectionKind.GAP_JUNCTION) {
            // Delta projections and gap junctions have no synaptic dynamics; a synapse or output given anyway is
            // still checked.
            synapse = node.has("synapse") ? modelRef(node.get("synapse"), path + ".synapse", SYNAPSES, "synapse")
                    : new ModelRef("", Parameters.empty());
            output = node.has("output") ? modelRef(node.get("output"), path + ".output", OUTPUTS, "output")
                    : new ModelRef("", Parameters.empty());
        } else {
            synapse = modelRef(requiredFor(node, "synapse", path, kind), path + ".synapse", SYNAPSES, "synapse");
            output = modelRef(requiredFor(node, "output", path, kind), path + ".output", OUTPUTS, "output");
        }
        JsonNode weightNode = required(node, "weight", path);
        InitializerSpec weightInit = null;
        if (weightNode.isObject() && weightNode.has("init")) {
            weightInit = weightInitializer(weightNode, path + ".weight");
            if (comm.equals("jit")) {
                throw fail(path + ".comm", "projection '" + name + "': a weight initializer draws a pre x post "
                        + "matrix, which just-in-time connectivity does not store; use comm auto, csr or dense");
            }
        }
        Initializer weight = weightInit != null
                ? Initializer.constant(weightNode.has("gain") ? value(weightNode.get("gain"), path + ".weight.gain",
                "the weight's gain", kind == ProjectionKind.DELTA ? "mV" : null, "the gain carries the weight's "
                + "unit, set by the output model " + output.model() + "; write a plain number") : 1.0)
                : kind == ProjectionKind.DELTA
                ? law(required(node, "weight", path), path + ".weight", "the weight", "mV", null)
                : kind == ProjectionKind.GAP_JUNCTION
                ? law(required(node, "weight", path), path + ".weight", "the junction conductance", null,
                "a gap junction's conductance is in the post model's input unit per mV; write a plain number")
                : law(required(node, "weight", path), path + ".weight", "the weight", null,
                "the weight's unit is set by the output model " + output.model()
                        + " (a conductance for COBA, a current for CUBA) and is not declared; write a plain number");
        Initializer delay = Initializer.constant(0.0);
        if (node.has("delay")) {
            delay = law(node.get("delay"), path + ".delay", "the delay", "ms", null);
            if (!(delay.a() >= 0)) {
                throw fail(path + ".delay", "the delay must be >= 0 ms" + (delay.law() == Initializer.Law.CONSTANT
                        ? "" : " (for a law: its lower bound or mean)") + ", found " + delay + " ms");
            }
        }
        try {
            return new ProjectionSpec(name, kind, pre, post, connector.model(), connector.params(), comm,
                    synapse.model(), synapse.params(), output.model(), output.params(), weight, delay, data,
                    plasticity, weightInit);
        } catch (BrainjException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    /**
     * Reads {@code {"init": INITIALIZER, PARAMETER: value, ..., "gain": value}}: a weight-matrix initializer (a model
     * of kind {@code INITIALIZER}) with its parameters; {@code gain} is read by the caller.
     */
    private InitializerSpec weightInitializer(JsonNode node, String path) {
        ModelDescriptor init = model(text(node.get("init"), path + ".init"), path + ".init", INITIALIZERS,
                "initializer");
        boolean clip = init.name().equals("Clip");
        Parameters params = parameters(node, path, init, new LinkedHashSet<>(clip ? List.of("init", "gain", "of")
                : List.of("init", "gain")));
        if (!clip) {
            return new InitializerSpec(init.name(), params);
        }
        // Clip wraps another initializer: {"init": "Clip", "min": .., "max": .., "of": {"init": ..., ...}}
        JsonNode of = node.get("of");
        if (of == null || !of.isObject() || !of.has("init")) {
            throw fail(path + ".of", "Clip needs the initializer it clips, e.g. \"of\": {\"init\": \"Normal\", "
                    + "\"scale\": 0.5}");
        }
        if (of.has("gain")) {
            throw fail(path + ".of.gain", "the gain belongs to the outer weight object");
        }
        return new InitializerSpec(init.name(), params, weightInitializer(of, path + ".of"));
    }

    // ---- data, plasticity and couplings ----------------------------------------------------------------------

    /** @return the data connector a connector node names, or null for a generating connector */
    private static String dataConnector(JsonNode node) {
        JsonNode model = node.isObject() ? node.get("model") : node;
        return model != null && model.isTextual() && DATA_CONNECTORS.containsKey(model.textValue())
                ? model.textValue() : null;
    }

    /** The members of a population or range. */
    private int size(String ref) {
        PopulationRange r = PopulationRange.parse(ref);
        int n = populations.get(r.population()).size();
        return r.end(n) - r.from();
    }

    private ArraySource connectorData(JsonNode node, String path, String connector, int rows, int cols) {
        List<String> arrays = DATA_CONNECTORS.get(connector);
        String forms = "{\"model\": \"" + connector + "\", " + String.join(", ", arrays.stream()
                .map(a -> "\"" + a + "\": [...]").toList()) + "} or {\"model\": \"" + connector
                + "\", \"file\": PATH}";
        if (!node.isObject()) {
            throw fail(path, connector + " takes its connectivity as data: " + forms);
        }
        List<String> allowed = new ArrayList<>(List.of("model", "file"));
        allowed.addAll(arrays);
        checkKeys(node, path, allowed, "a " + connector + " connector");
        if (node.has("file")) {
            if (node.size() > 2) {
                throw fail(path, "give either \"file\" or the arrays " + String.join(", ", arrays) + ", not both");
            }
            return ArraySource.file(file(node.get("file"), path + ".file"));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        switch (connector) {
            case "MatConn":
                out.put("conn_mat", matrix(required(node, "conn_mat", path), path + ".conn_mat", rows, cols,
                        "the connection matrix", null, "connection weights are in the output model's unit"));
                break;
            case "IJConn": {
                double[] i = indices(required(node, "i", path), path + ".i", rows, "a presynaptic index");
                double[] j = indices(required(node, "j", path), path + ".j", cols, "a postsynaptic index");
                if (i.length != j.length) {
                    throw fail(path + ".j", "has " + j.length + " entries but i has " + i.length
                            + "; synapse k goes from i[k] to j[k]");
                }
                out.put("i", i);
                out.put("j", j);
                break;
            }
            default: {
                double[] indptr = indices(required(node, "indptr", path), path + ".indptr", Integer.MAX_VALUE,
                        "a row pointer");
                if (indptr.length != rows + 1) {
                    throw fail(path + ".indptr", "has " + indptr.length + " entries; the presynaptic side has " + rows
                            + " members, so indptr needs " + (rows + 1));
                }
                out.put("indices", indices(required(node, "indices", path), path + ".indices", cols,
                        "a postsynaptic index"));
                out.put("indptr", indptr);
            }
        }
        if (node.has("weights")) {
            double[] w = vector(node.get("weights"), path + ".weights", "a weight", null,
                    "data weights are in the output model's unit");
            int n = out.get(connector.equals("IJConn") ? "i" : "indices").length;
            if (w.length != n) {
                throw fail(path + ".weights", "has " + w.length + " entries; there are " + n + " synapses");
            }
            out.put("weights", w);
        }
        return ArraySource.of(out);
    }

    /** A data file path, resolved against the spec's directory; the file must exist. */
    private String file(JsonNode node, String path) {
        String given = text(node, path);
        Path f = base.resolve(given).normalize();
        if (!Files.isRegularFile(f)) {
            throw fail(path, "file '" + given + "' not found" + (Path.of(given).isAbsolute() ? ""
                    : " (looked for " + f + ", relative to the spec's directory)"));
        }
        return f.toString();
    }

    private double[] vector(JsonNode node, String path, String what, String unit, String whyNoUnit) {
        requireArray(node, path, what + " per entry");
        double[] v = new double[node.size()];
        for (int k = 0; k < v.length; k++) {
            JsonNode x = node.get(k);
            v[k] = x.isNumber() && Double.isFinite(x.doubleValue()) ? x.doubleValue()
                    : value(x, index(path, k), what, unit, whyNoUnit);
        }
        return v;
    }

    private double[] indices(JsonNode node, String path, int bound, String what) {
        requireArray(node, path, "indices");
        double[] v = new double[node.size()];
        for (int k = 0; k < v.length; k++) {
            JsonNode x = node.get(k);
            if (!x.isIntegralNumber() || !x.canConvertToInt() || x.intValue() < 0 || x.intValue() >= bound) {
                throw fail(index(path, k), "expected " + what + (bound == Integer.MAX_VALUE ? ", a whole number >= 0"
                        : " in [0, " + (bound - 1) + "]") + ", found " + describe(x));
            }
            v[k] = x.intValue();
        }
        return v;
    }

    /** A rows × cols matrix written as an array of rows, returned row-major. */
    private double[] matrix(JsonNode node, String path, int rows, int cols, String what, String unit,
                            String whyNoUnit) {
        requireArray(node, path, what + " (an array of " + rows + " rows of " + cols + ")");
        if (node.size() != rows) {
            throw fail(path, what + " needs " + rows + " rows (one per source/presynaptic member), found "
                    + node.size());
        }
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            String rp = index(path, r);
            double[] row = vector(node.get(r), rp, "an entry", unit, whyNoUnit);
            if (row.length != cols) {
                throw fail(rp, "row " + r + " has " + row.length + " entries; " + what + " needs " + cols
                        + " (one per target/postsynaptic member)");
            }
            System.arraycopy(row, 0, out, r * cols, cols);
        }
        return out;
    }

    private PlasticitySpec plasticity(JsonNode node, String path, ProjectionKind kind, String comm,
                                      String projectionPath) {
        if (kind != ProjectionKind.ALIGN_POST && kind != ProjectionKind.DELTA) {
            throw fail(path, "a " + kind.label() + " projection cannot learn; plasticity needs kind align_post or "
                    + "delta");
        }
        if (!comm.equals("auto") && !comm.equals("csr")) {
            throw fail(projectionPath + ".comm", "a plastic projection stores one weight per synapse: comm must be "
                    + "auto or csr, found '" + comm + "'");
        }
        if (node.isTextual()) {
            return new PlasticitySpec(model(node.textValue(), path, RULES, "plasticity").name(), Parameters.empty());
        }
        if (!node.isObject()) {
            throw fail(path, "expected a plasticity rule as {\"model\": RULE, PARAMETER: VALUE, ..., "
                    + "\"modulator\": POPULATION} or as a rule name, found " + describe(node));
        }
        ModelDescriptor rule = model(text(required(node, "model", path), path + ".model"), path + ".model", RULES,
                "plasticity");
        Parameters params = parameters(node, path, rule, new LinkedHashSet<>(List.of("model", "modulator")));
        String modulator = node.has("modulator") ? populationRef(node.get("modulator"), path + ".modulator") : "";
        return new PlasticitySpec(rule.name(), params, modulator);
    }

    private CouplingSpec coupling(JsonNode node, String path) {
        requireObject(node, path, "a coupling");
        checkKeys(node, path, COUPLING_KEYS, "a coupling");
        String k = text(required(node, "kind", path), path + ".kind");
        CouplingSpec.Kind kind;
        try {
            kind = CouplingSpec.Kind.of(k);
        } catch (ParameterException e) {
            throw fail(path + ".kind", "unknown coupling kind '" + k + "'; allowed: diffusive, additive");
        }
        String src = populationRef(required(node, "source", path), path + ".source");
        String dst = populationRef(required(node, "target", path), path + ".target");
        String var1 = name(required(node, "var1", path), path + ".var1");
        String var2 = "";
        if (kind == CouplingSpec.Kind.DIFFUSIVE) {
            var2 = name(required(node, "var2", path), path + ".var2");
        } else if (node.has("var2")) {
            throw fail(path + ".var2", "additive coupling subtracts nothing; remove var2 (or use kind diffusive)");
        }
        int rows = populations.get(src).size();
        int cols = populations.get(dst).size();
        ArraySource weights = couplingMatrix(required(node, "weights", path), path + ".weights", "weights", rows,
                cols, null, "coupling weights are in the target's input unit per unit of " + var1);
        ArraySource delays = node.has("delays") ? couplingMatrix(node.get("delays"), path + ".delays", "delays", rows,
                cols, "ms", null) : null;
        double gain = node.has("gain") ? value(node.get("gain"), path + ".gain", "the gain", null,
                "the gain is a plain factor") : 1.0;
        double initial = node.has("initial_delay_data") ? value(node.get("initial_delay_data"),
                path + ".initial_delay_data", "initial_delay_data", null,
                "it is in the unit of " + var1 + ", which is not declared") : 0.0;
        try {
            return new CouplingSpec(kind, src, dst, var1, var2, weights, delays, gain, initial);
        } catch (BrainjException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    private ArraySource couplingMatrix(JsonNode node, String path, String name, int rows, int cols, String unit,
                                       String whyNoUnit) {
        if (node.isTextual()) {
            return ArraySource.file(file(node, path));
        }
        double[] m = matrix(node, path, rows, cols, "the " + name + " matrix", unit, whyNoUnit);
        if (unit != null) {
            for (int k = 0; k < m.length; k++) {
                if (!(m[k] >= 0)) {
                    throw fail(index(index(path, k / cols), k % cols), name + " must be >= 0 ms, found " + m[k]);
                }
            }
        }
        return ArraySource.of(name, m);
    }

    private JsonNode requiredFor(JsonNode node, String key, String path, ProjectionKind kind) {
        if (!node.has(key)) {
            throw fail(path, "missing key '" + key + "': a " + kind.label() + " projection needs a " + key
                    + " model (only kind delta goes without)");
        }
        return node.get(key);
    }

    private InputSpec input(JsonNode node, String path) {
        requireObject(node, path, "an input ({\"target\": POPULATION, \"model\": MODEL, PARAMETER: VALUE, ...})");
        String target = populationRef(required(node, "target", path), path + ".target");
        ModelDescriptor model = model(text(required(node, "model", path), path + ".model"), path + ".model",
                INPUTS, "input");
        Parameters params = parameters(node, path, model, new LinkedHashSet<>(List.of("target", "model")));
        try {
            return new InputSpec(target, model.name(), params);
        } catch (BrainjException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    private MonitorSpec monitor(JsonNode node, String path) {
        if (node.isTextual()) {
            String target = monitorTarget(node, path);
            return new MonitorSpec(target, 1, null);
        }
        requireObject(node, path, "a monitor (\"POPULATION.VARIABLE\" or {\"target\", \"every\", \"indices\"})");
        checkKeys(node, path, MONITOR_KEYS, "a monitor");
        String target = monitorTarget(required(node, "target", path), path + ".target");
        int every = 1;
        if (node.has("every")) {
            JsonNode e = node.get("every");
            if (!e.isIntegralNumber() || !e.canConvertToInt() || e.intValue() < 1) {
                throw fail(path + ".every", "expected a whole number of steps >= 1, found " + describe(e));
            }
            every = e.intValue();
        }
        int[] indices = null;
        if (node.has("indices")) {
            JsonNode arr = requireArray(node.get("indices"), path + ".indices", "member indices");
            int size = populations.get(target.substring(0, target.indexOf('.'))).size();
            indices = new int[arr.size()];
            for (int i = 0; i < arr.size(); i++) {
                JsonNode x = arr.get(i);
                if (!x.isIntegralNumber() || !x.canConvertToInt() || x.intValue() < 0 || x.intValue() >= size) {
                    throw fail(index(path + ".indices", i), "expected a member index in [0, " + (size - 1)
                            + "] (the population has " + size + " members), found " + describe(x));
                }
                indices[i] = x.intValue();
            }
        }
        try {
            return new MonitorSpec(target, every, indices);
        } catch (BrainjException e) {
            throw fail(path, e.getMessage(), e);
        }
    }

    private String monitorTarget(JsonNode node, String path) {
        String target = text(node, path);
        int dot = target.indexOf('.');
        if (dot <= 0 || dot == target.length() - 1) {
            throw fail(path, "expected POPULATION.VARIABLE (e.g. E.V, or E.spike for spikes), found '" + target
                    + "'");
        }
        String pop = target.substring(0, dot);
        if (!populations.containsKey(pop)) {
            throw fail(path, "monitor '" + target + "' names population '" + pop + "', which does not exist"
                    + suggest(pop, populations.keySet()) + "; populations: " + sorted(populations.keySet()));
        }
        return target;
    }

    // ---- models, parameters and values --------------------------------------------------------------------------

    private ModelRef modelRef(JsonNode node, String path, Set<ModelKind> kinds, String role) {
        if (node.isTextual()) {
            return new ModelRef(model(node.textValue(), path, kinds, role).name(), Parameters.empty());
        }
        if (!node.isObject()) {
            throw fail(path, "expected a " + role + " as {\"model\": NAME, PARAMETER: VALUE, ...} or as a model "
                    + "name, found " + describe(node));
        }
        ModelDescriptor model = model(text(required(node, "model", path), path + ".model"), path + ".model",
                kinds, role);
        return new ModelRef(model.name(), parameters(node, path, model, Set.of("model")));
    }

    private ModelDescriptor model(String name, String path, Set<ModelKind> kinds, String role) {
        ModelDescriptor d = catalog.find(name, kinds);
        if (d != null) {
            return d;
        }
        Set<String> known = catalog.names(kinds);
        String list = known.isEmpty() ? "none is installed" : String.join(", ", known);
        ModelDescriptor other = catalog.findAnyKind(name);
        if (other != null) {
            throw fail(path, "'" + name + "' is " + article(other.kind()) + " model, not " + (role.startsWith("i") ? "an " : "a ") + role + " model; "
                    + role + " models: " + list);
        }
        throw fail(path, "unknown " + role + " model '" + name + "'" + suggest(name, known) + "; " + role
                + " models: " + list);
    }

    /**
     * Reads the parameters of a model from an object, every key but the reserved ones naming a parameter.
     */
    private Parameters parameters(JsonNode obj, String path, ModelDescriptor model, Set<String> reserved) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            String name = e.getKey();
            if (reserved.contains(name)) {
                continue;
            }
            String p = key(path, name);
            ParameterSpec spec = find(model, name);
            if (spec == null) {
                List<String> allowed = new ArrayList<>(reserved);
                List<String> names = new ArrayList<>();
                for (ParameterSpec s : model.parameters()) {
                    allowed.add(s.name() + " [" + s.unit() + "]");
                    names.add(s.name());
                }
                String what = reserved.isEmpty() ? "parameter" : "key";
                throw fail(p, "unknown " + what + " '" + name + "' of " + model.name() + suggest(name, names) + "; "
                        + (allowed.isEmpty() ? model.name() + " has no parameters"
                        : "allowed: " + String.join(", ", allowed)));
            }
            double v = value(e.getValue(), p, "parameter '" + name + "'", spec.unit(), null);
            try {
                spec.validate(v);
            } catch (ParameterException ex) {
                throw fail(p, ex.getMessage(), ex);
            }
            values.put(name, v);
        }
        return values.isEmpty() ? Parameters.empty() : Parameters.of(values);
    }

    private static ParameterSpec find(ModelDescriptor model, String name) {
        for (ParameterSpec s : model.parameters()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Reads a constant, {@code {"uniform": [low, high]}} or {@code {"normal": [mean, sd]}}.
     */
    private Initializer law(JsonNode node, String path, String what, String unit, String whyNoUnit) {
        if (!node.isObject()) {
            return Initializer.constant(value(node, path, what, unit, whyNoUnit));
        }
        if (node.size() != 1) {
            throw fail(path, "expected one law for " + what + ": a value, {\"uniform\": [low, high]} or "
                    + "{\"normal\": [mean, sd]}; found keys " + String.join(", ", keys(node)));
        }
        Map.Entry<String, JsonNode> e = node.properties().iterator().next();
        String law = e.getKey();
        String p = key(path, law);
        JsonNode args = e.getValue();
        if (law.equals("constant")) {
            return Initializer.constant(value(args, p, what, unit, whyNoUnit));
        }
        if (!law.equals("uniform") && !law.equals("normal")) {
            throw fail(p, "unknown law '" + law + "'" + suggest(law, LAWS) + "; allowed: {\"uniform\": [low, high]}, "
                    + "{\"normal\": [mean, sd]}, {\"constant\": value} or a plain value");
        }
        boolean uniform = law.equals("uniform");
        String form = uniform ? "[low, high]" : "[mean, sd]";
        if (!args.isArray() || args.size() != 2) {
            throw fail(p, "expected " + form + " (two values), found " + describe(args));
        }
        double a = value(args.get(0), index(p, 0), what, unit, whyNoUnit);
        double b = value(args.get(1), index(p, 1), what, unit, whyNoUnit);
        if (uniform && !(b >= a)) {
            throw fail(index(p, 1), "the upper bound " + b + " is below the lower bound " + a);
        }
        if (!uniform && !(b >= 0)) {
            throw fail(index(p, 1), "the standard deviation must be >= 0, found " + b);
        }
        try {
            return uniform ? Initializer.uniform(a, b) : Initializer.normal(a, b);
        } catch (BrainjException ex) {
            throw fail(p, ex.getMessage(), ex);
        }
    }

    /**
     * Reads one value into {@code unit}: a JSON number is taken as already in that unit; a string
     * {@code "<number> <unit>"} is converted; a unit that does not fit is an error naming the allowed ones.
     *
     * @param unit      the wanted unit, or null when it is not declared (then only plain numbers are accepted)
     * @param whyNoUnit when {@code unit} is null: why, for the message
     */
    private double value(JsonNode node, String path, String what, String unit, String whyNoUnit) {
        double v;
        if (node.isNumber()) {
            v = node.doubleValue();
        } else if (node.isBoolean() && "1".equals(unit)) {
            v = node.booleanValue() ? 1.0 : 0.0;
        } else if (node.isTextual()) {
            v = convert(node.textValue(), path, what, unit, whyNoUnit);
        } else {
            String expected = unit == null ? "a number" : "a number in " + unit + (unit.equals("1") ? ""
                    : " or a \"<number> <unit>\" string");
            throw fail(path, "expected " + expected + " for " + what + ", found " + describe(node));
        }
        if (!Double.isFinite(v)) {
            throw fail(path, what + " must be a finite number, found " + describe(node));
        }
        return v;
    }

    private double convert(String text, String path, String what, String unit, String whyNoUnit) {
        Units.Quantity q = Units.parse(text);
        if (q == null) {
            throw fail(path, "'" + text + "' is not a number with a unit; write " + what + " as a plain number"
                    + (unit == null || unit.equals("1") ? "" : " in " + unit + " or as \"<number> <unit>\", e.g. \"1 "
                    + unit + "\""));
        }
        String given = q.unit();
        if (given.isEmpty() || given.equals(unit)) {
            return q.number().doubleValue();
        }
        if (unit == null) {
            throw fail(path, "cannot check the unit of '" + text + "': " + whyNoUnit);
        }
        if (unit.equals("1")) {
            throw fail(path, what + " is dimensionless; '" + text + "' has the unit '" + given
                    + "': write a plain number");
        }
        Units.Unit to = Units.lookup(unit);
        if (to == null) {
            throw fail(path, what + " is in " + unit + ", a unit BrainJ does not convert; write '" + text
                    + "' in " + unit + " exactly (\"<number> " + unit + "\") or as a plain number");
        }
        Units.Unit from = Units.lookup(given);
        String allowed = "use " + Units.symbols(to.dimension()) + ", or a plain number in " + unit;
        if (from == null) {
            throw fail(path, "unknown unit '" + given + "' in '" + text + "'; " + what + " is "
                    + to.dimension().words() + " in " + unit + ": " + allowed);
        }
        if (from.dimension() != to.dimension()) {
            throw fail(path, "'" + text + "' is " + from.dimension().words() + ", but " + what + " is "
                    + to.dimension().words() + " in " + unit + ": " + allowed);
        }
        return Units.convert(q.number(), from, to);
    }

    private OptionalDouble positiveTime(JsonNode root, String key, String path) {
        if (!root.has(key)) {
            return OptionalDouble.empty();
        }
        String p = key(path, key);
        double v = value(root.get(key), p, key, "ms", null);
        if (!(v > 0)) {
            throw fail(p, key + " must be > 0 ms, found " + v + " ms");
        }
        return OptionalDouble.of(v);
    }

    // ---- JSON shape helpers -------------------------------------------------------------------------------------

    private String populationRef(JsonNode node, String path) {
        String name = text(node, path);
        if (!populations.containsKey(name)) {
            throw fail(path, "names population '" + name + "', which does not exist" + suggest(name,
                    populations.keySet()) + "; populations: " + sorted(populations.keySet()));
        }
        return name;
    }

    /** A population or a range of it, {@code P[from:to]}; bounds are checked against its size. */
    private String rangeRef(JsonNode node, String path) {
        String text = text(node, path);
        org.brainj.api.run.PopulationRange r;
        try {
            r = org.brainj.api.run.PopulationRange.parse(text);
        } catch (org.brainj.api.core.ParameterException e) {
            throw fail(path, e.getMessage());
        }
        if (!populations.containsKey(r.population())) {
            throw fail(path, "names population '" + r.population() + "', which does not exist"
                    + suggest(r.population(), populations.keySet()) + "; populations: "
                    + sorted(populations.keySet()));
        }
        try {
            r.end(populations.get(r.population()).size());
        } catch (org.brainj.api.core.ParameterException e) {
            throw fail(path, e.getMessage());
        }
        return text;
    }

    private String name(JsonNode node, String path) {
        String name = text(node, path);
        if (name.isBlank()) {
            throw fail(path, "a name must not be blank");
        }
        return name;
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw fail(path, "expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    private JsonNode required(JsonNode obj, String key, String path) {
        JsonNode n = obj.get(key);
        if (n == null) {
            throw fail(path, "missing key '" + key + "'");
        }
        return n;
    }

    private void requireObject(JsonNode node, String path, String what) {
        if (!node.isObject()) {
            throw fail(path, "expected " + what + " (a JSON object), found " + describe(node));
        }
    }

    private JsonNode requireArray(JsonNode node, String path, String what) {
        if (!node.isArray()) {
            throw fail(path, "expected " + what + " as a JSON array, found " + describe(node));
        }
        return node;
    }

    private void checkKeys(JsonNode obj, String path, List<String> allowed, String what) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (!allowed.contains(e.getKey())) {
                throw fail(key(path, e.getKey()), "unknown key '" + e.getKey() + "' in " + what
                        + suggest(e.getKey(), allowed) + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private String defaultName() {
        String s = source;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        if (s.toLowerCase(Locale.ROOT).endsWith(".json")) {
            s = s.substring(0, s.length() - 5);
        }
        return s.isBlank() ? "network" : s;
    }

    private ModelException fail(String path, String message) {
        return new ModelException(source + ": " + path + ": " + message);
    }

    private ModelException fail(String path, String message, Throwable cause) {
        return new ModelException(source + ": " + path + ": " + message, cause);
    }

    private static List<String> keys(JsonNode obj) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            out.add(e.getKey());
        }
        return out;
    }

    private static String sorted(Collection<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

    private static String article(ModelKind kind) {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return (k.startsWith("i") || k.startsWith("o") ? "an " : "a ") + k;
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "the string \"" + n.textValue() + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** @return the path of an object member: {@code $.a.b}, or {@code $.a['odd key']} */
    static String key(String path, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** @return the path of an array element: {@code $.a[3]} */
    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /**
     * @param given   what the user wrote
     * @param options what is allowed
     * @return {@code " (did you mean 'x'?)"} for the closest option within a typo's distance, else empty
     */
    static String suggest(String given, Collection<String> options) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String o : options) {
            int d = o.equalsIgnoreCase(given) ? 0 : distance(given, o);
            if (d < bestDistance) {
                best = o;
                bestDistance = d;
            }
        }
        // A typo's distance grows with the word; one-letter names (populations E and I) are only matched by case.
        int allowed = given.length() >= 5 ? 2 : given.length() >= 3 ? 1 : 0;
        return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
    }

    /** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
