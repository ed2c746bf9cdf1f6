package org.brainj.cli.internal.spec;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.brainj.api.model.Initializer;
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

/** Writes a {@link JsonNetworkSpecs.SpecFile} in the format {@link SpecReader} reads. */
final class SpecWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Doubles with an integral value below 2^53 are written without ".0" (-60 rather than -60.0): they read back as
    // the same double, and a hand-edited file looks like what a person would write.
    private static final double EXACT_LONG = 9007199254740992.0;

    private SpecWriter() {
    }

    static String write(JsonNetworkSpecs.SpecFile spec) {
        NetworkSpec net = spec.network();
        ObjectNode root = NODES.objectNode();
        root.put("name", net.name());
        spec.duration().ifPresent(v -> put(root, "duration", v));
        spec.dt().ifPresent(v -> put(root, "dt", v));
        spec.seed().ifPresent(v -> root.put("seed", v));

        ArrayNode pops = root.putArray("populations");
        for (PopulationSpec p : net.populations()) {
            ObjectNode o = pops.addObject();
            o.put("name", p.name());
            o.put("model", p.model());
            o.put("size", p.size());
            if (!p.params().asMap().isEmpty()) {
                putParams(o.putObject("params"), p.params());
            }
            if (!p.init().isEmpty()) {
                ObjectNode init = o.putObject("init");
                for (Map.Entry<String, Initializer> e : p.init().entrySet()) {
                    init.set(e.getKey(), law(e.getValue()));
                }
            }
        }

        if (!net.projections().isEmpty()) {
            ArrayNode projs = root.putArray("projections");
            for (ProjectionSpec p : net.projections()) {
                ObjectNode o = projs.addObject();
                o.put("name", p.name());
                o.put("kind", p.kind().label());
                o.put("pre", p.pre());
                o.put("post", p.post());
                ObjectNode connector = o.putObject("connector");
                model(connector, p.connector(), p.connectorParams());
                if (p.connectorData() != null) {
                    connectorData(connector, p.connectorData(), size(net, p.post()));
                }
                o.put("comm", p.comm());
                boolean delta = p.kind() == ProjectionKind.DELTA || p.kind() == ProjectionKind.GAP_JUNCTION;
                if (!(delta && p.synapse().isEmpty())) {
                    model(o.putObject("synapse"), p.synapse(), p.synapseParams());
                }
                if (!(delta && p.output().isEmpty())) {
                    model(o.putObject("output"), p.output(), p.outputParams());
                }
                if (p.weightInit() != null) {
                    ObjectNode w = o.putObject("weight");
                    initializer(w, p.weightInit());
                    if (p.weight().a() != 1.0) {
                        put(w, "gain", p.weight().a());
                    }
                } else {
                    o.set("weight", law(p.weight()));
                }
                o.set("delay", law(p.delay()));
                PlasticitySpec rule = p.plasticity();
                if (rule != null) {
                    ObjectNode r = o.putObject("plasticity");
                    model(r, rule.rule(), rule.params());
                    if (!rule.modulator().isEmpty()) {
                        r.put("modulator", rule.modulator());
                    }
                }
            }
        }

        if (!net.inputs().isEmpty()) {
            ArrayNode inputs = root.putArray("inputs");
            for (InputSpec in : net.inputs()) {
                ObjectNode o = inputs.addObject();
                o.put("target", in.target());
                model(o, in.model(), in.params());
            }
        }

        if (!net.couplings().isEmpty()) {
            ArrayNode couplings = root.putArray("couplings");
            for (CouplingSpec c : net.couplings()) {
                ObjectNode o = couplings.addObject();
                o.put("kind", c.kind().label());
                o.put("source", c.source());
                o.put("target", c.target());
                o.put("var1", c.var1());
                if (!c.var2().isEmpty()) {
                    o.put("var2", c.var2());
                }
                int cols = size(net, c.target());
                o.set("weights", matrixOrFile(c.weights(), cols));
                if (c.delays() != null) {
                    o.set("delays", matrixOrFile(c.delays(), cols));
                }
                put(o, "gain", c.gain());
                put(o, "initial_delay_data", c.initialDelayData());
            }
        }

        if (!spec.monitors().isEmpty()) {
            ArrayNode monitors = root.putArray("monitors");
            for (MonitorSpec m : spec.monitors()) {
                int[] indices = m.indices();
                if (m.every() == 1 && indices == null) {
                    monitors.add(m.target());
                    continue;
                }
                ObjectNode o = monitors.addObject();
                o.put("target", m.target());
                if (m.every() != 1) {
                    o.put("every", m.every());
                }
                if (indices != null) {
                    ArrayNode a = o.putArray("indices");
                    for (int i : indices) {
                        a.add(i);
                    }
                }
            }
        }

        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return JsonNetworkSpecs.MAPPER.writer(printer).writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a Jackson bug.
            throw new IllegalStateException("cannot write network spec " + net.name(), e);
        }
    }

    /** The members of a population or range of the network. */
    private static int size(NetworkSpec net, String ref) {
        PopulationRange r = PopulationRange.parse(ref);
        for (PopulationSpec p : net.populations()) {
            if (p.name().equals(r.population())) {
                return r.end(p.size()) - r.from();
            }
        }
        throw new IllegalStateException("NetworkSpec checked that population " + r.population() + " exists");
    }

    /** A data connector's file or arrays; MatConn's conn_mat as rows of {@code cols}. */
    private static void connectorData(ObjectNode o, ArraySource data, int cols) {
        if (data.isFile()) {
            o.put("file", data.file());
            return;
        }
        for (Map.Entry<String, double[]> e : data.arrays().entrySet()) {
            o.set(e.getKey(), e.getKey().equals("conn_mat") ? rows(e.getValue(), cols) : array(e.getValue()));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode matrixOrFile(ArraySource data, int cols) {
        if (data.isFile()) {
            return NODES.textNode(data.file());
        }
        if (data.arrays().size() != 1) {
            throw new IllegalArgumentException("a coupling matrix is one array, got " + data.arrays().keySet());
        }
        return rows(data.arrays().values().iterator().next(), cols);
    }

    private static ArrayNode rows(double[] rowMajor, int cols) {
        ArrayNode a = NODES.arrayNode();
        for (int start = 0; start < rowMajor.length; start += cols) {
            a.add(array(java.util.Arrays.copyOfRange(rowMajor, start, start + cols)));
        }
        return a;
    }

    private static ArrayNode array(double[] values) {
        ArrayNode a = NODES.arrayNode();
        for (double v : values) {
            a.add(number(v));
        }
        return a;
    }

    private static void model(ObjectNode o, String model, Parameters params) {
        o.put("model", model);
        putParams(o, params);
    }

    /** {"init": NAME, params...} and, for Clip, its inner initializer under "of". */
    private static void initializer(ObjectNode w, InitializerSpec spec) {
        w.put("init", spec.initializer());
        putParams(w, spec.params());
        if (spec.inner() != null) {
            initializer(w.putObject("of"), spec.inner());
        }
    }

    private static void putParams(ObjectNode o, Parameters params) {
        for (Map.Entry<String, Double> e : params.asMap().entrySet()) {
            put(o, e.getKey(), e.getValue());
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode law(Initializer law) {
        if (law.law() == Initializer.Law.CONSTANT) {
            return number(law.a());
        }
        ObjectNode o = NODES.objectNode();
        ArrayNode args = o.putArray(law.law().label());
        args.add(number(law.a()));
        args.add(number(law.b()));
        return o;
    }

    private static void put(ObjectNode o, String key, double v) {
        o.set(key, number(v));
    }

    private static com.fasterxml.jackson.databind.node.ValueNode number(double v) {
        boolean integral = v == Math.rint(v) && Math.abs(v) < EXACT_LONG
                && !(v == 0.0 && Double.doubleToRawLongBits(v) != 0L);
        return integral ? NODES.numberNode((long) v) : NODES.numberNode(v);
    }
}
