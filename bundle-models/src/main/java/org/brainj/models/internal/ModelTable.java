package org.brainj.models.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.Parameters;

/**
 * The models one factory builds, by name: each descriptor with the function that creates it. Shared by the
 * factories of this bundle so that listing, lookup and the unknown-name message are written once.
 */
final class ModelTable {

    /** Creates one model from user parameters. */
    @FunctionalInterface
    interface Creator {
        DynamicalSystem create(String name, int size, Parameters params);
    }

    private final String kind;
    private final Map<String, Creator> creators = new LinkedHashMap<>();
    private final List<ModelDescriptor> descriptors = new ArrayList<>();

    /** @param kind what the table holds, in words, for messages (e.g. {@code neuron model}) */
    ModelTable(String kind) {
        this.kind = kind;
    }

    ModelTable add(ModelDescriptor descriptor, Creator creator) {
        creators.put(descriptor.name(), creator);
        descriptors.add(descriptor);
        return this;
    }

    List<ModelDescriptor> descriptors() {
        return List.copyOf(descriptors);
    }

    String describe() {
        return ModelNames.of(descriptors);
    }

    DynamicalSystem create(String model, String name, int size, Parameters params) {
        Creator c = creators.get(model);
        if (c == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + model + "'; known: "
                    + String.join(", ", creators.keySet()));
        }
        if (size < 1) {
            throw new org.brainj.api.core.ParameterException(name + ".size", String.valueOf(size), "must be >= 1");
        }
        return c.create(name, size, params);
    }
}
