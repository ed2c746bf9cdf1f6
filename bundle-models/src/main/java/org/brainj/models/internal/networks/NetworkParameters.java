package org.brainj.models.internal.networks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.models.internal.Flags;

/**
 * Splits the parameters given to a named network into the network's own ({@code neurons}, weights, ...) and those of
 * its neuron model, which apply to every population of that model; anything else is rejected with the full list.
 */
final class NetworkParameters {

    private final Map<String, Double> own = new LinkedHashMap<>();
    private final Map<String, Double> neuron = new LinkedHashMap<>();
    private final List<ParameterSpec> ownSpecs;

    NetworkParameters(String network, List<ParameterSpec> ownSpecs, List<ParameterSpec> neuronSpecs,
                      Parameters given) {
        this.ownSpecs = ownSpecs;
        TreeSet<String> known = new TreeSet<>();
        for (ParameterSpec s : ownSpecs) {
            known.add(s.name());
        }
        TreeSet<String> neuronNames = new TreeSet<>();
        for (ParameterSpec s : neuronSpecs) {
            neuronNames.add(s.name());
        }
        for (Map.Entry<String, Double> e : given.asMap().entrySet()) {
            if (known.contains(e.getKey())) {
                own.put(e.getKey(), e.getValue());
            } else if (neuronNames.contains(e.getKey())) {
                neuron.put(e.getKey(), e.getValue());
            } else {
                TreeSet<String> all = new TreeSet<>(known);
                all.addAll(neuronNames);
                throw new ParameterException(e.getKey(), String.valueOf(e.getValue()),
                        "not a parameter of " + network + "; known: " + String.join(", ", all));
            }
        }
    }

    double get(String name) {
        for (ParameterSpec s : ownSpecs) {
            if (s.name().equals(name)) {
                Double v = own.get(name);
                return v == null ? s.defaultValue() : s.validate(v);
            }
        }
        throw new IllegalStateException("no network parameter " + name);
    }

    boolean flag(String name) {
        return Flags.of(name, get(name));
    }

    int neurons(int minimum) {
        double n = get("neurons");
        if (n != Math.rint(n) || n < minimum || n > Integer.MAX_VALUE / 2) {
            throw new ParameterException("neurons", String.valueOf(n), "must be a whole number in [" + minimum
                    + ", " + (Integer.MAX_VALUE / 2) + "]");
        }
        return (int) n;
    }

    /** The neuron-model parameters given, laid over the network's own defaults for them. */
    Parameters neuronParams(Map<String, Double> defaults) {
        Map<String, Double> merged = new LinkedHashMap<>(defaults);
        merged.putAll(neuron);
        return Parameters.of(merged);
    }

    static List<ParameterSpec> concat(List<ParameterSpec> a, List<ParameterSpec> b) {
        List<ParameterSpec> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
