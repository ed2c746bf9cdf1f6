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
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
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
                model(o.putObject("connector"), p.connector(), p.connectorParams());
                o.put("comm", p.comm());
                boolean delta = p.kind() == ProjectionKind.DELTA || p.kind() == ProjectionKind.GAP_JUNCTION;
                if (!(delta && p.synapse().isEmpty())) {
                    model(o.putObject("synapse"), p.synapse(), p.synapseParams());
                }
                if (!(delta && p.output().isEmpty())) {
                    model(o.putObject("output"), p.output(), p.outputParams());
                }
                o.set("weight", law(p.weight()));
                o.set("delay", law(p.delay()));
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

    private static void model(ObjectNode o, String model, Parameters params) {
        o.put("model", model);
        putParams(o, params);
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
