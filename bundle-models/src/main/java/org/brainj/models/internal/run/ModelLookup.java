package org.brainj.models.internal.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ModelException;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;

/** Finds the model factory that builds a named model of the kinds a spec position allows, across all bundles. */
final class ModelLookup {

    private final List<ModelFactory> factories;

    ModelLookup() {
        this.factories = new ArrayList<>(Providers.all(ModelFactory.class));
    }

    /**
     * @param where    the spec position, for messages (e.g. {@code projection E2E.synapse})
     * @param model    the model's name
     * @param kinds    the kinds allowed there
     * @param type     the Java type the created system must have
     * @param name     the created system's name
     * @param size     its size
     * @param params   its parameters
     * @param <T>      the type
     * @return the created system
     */
    <T> T create(String where, String model, Set<ModelKind> kinds, Class<T> type, String name, int size,
                 Parameters params) {
        Set<String> known = new TreeSet<>();
        for (ModelFactory f : factories) {
            for (ModelDescriptor d : f.models()) {
                if (!kinds.contains(d.kind())) {
                    continue;
                }
                known.add(d.name());
                if (d.name().equals(model)) {
                    DynamicalSystem s = f.create(model, name, size, params);
                    if (!type.isInstance(s)) {
                        throw new ModelException(where + ": model '" + model + "' of factory " + f.name()
                                + " builds a " + s.getClass().getSimpleName() + ", not a " + type.getSimpleName());
                    }
                    return type.cast(s);
                }
            }
        }
        throw new ModelException(where + ": unknown " + kindWords(kinds) + " '" + model + "'; known: "
                + (known.isEmpty() ? "none (is bundle-models active?)" : String.join(", ", known)));
    }

    private static String kindWords(Set<ModelKind> kinds) {
        List<String> words = new ArrayList<>();
        for (ModelKind k : kinds) {
            words.add(k.name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join("/", words) + " model";
    }

    static Set<ModelKind> neurons() {
        return EnumSet.of(ModelKind.NEURON, ModelKind.RATE);
    }
}
