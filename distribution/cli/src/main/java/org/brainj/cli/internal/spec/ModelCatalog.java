package org.brainj.cli.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.platform.Providers;

/**
 * The models and connectors a spec may name, as described by the installed factories; a snapshot taken once per
 * parse, since provider lookups belong at build boundaries.
 */
final class ModelCatalog {

    private final List<ModelDescriptor> models;
    private final List<ModelDescriptor> connectors;

    /**
     * @param models     model descriptors, highest-ranked factory first
     * @param connectors connector descriptors, highest-ranked factory first
     */
    ModelCatalog(List<ModelDescriptor> models, List<ModelDescriptor> connectors) {
        this.models = List.copyOf(models);
        this.connectors = List.copyOf(connectors);
    }

    /** @return what the available {@link ModelFactory} and {@link ConnectorFactory} providers describe now */
    static ModelCatalog fromProviders() {
        List<ModelDescriptor> models = new ArrayList<>();
        for (ModelFactory f : Providers.all(ModelFactory.class)) {
            models.addAll(f.models());
        }
        List<ModelDescriptor> connectors = new ArrayList<>();
        for (ConnectorFactory f : Providers.all(ConnectorFactory.class)) {
            connectors.addAll(f.connectors());
        }
        return new ModelCatalog(models, connectors);
    }

    /**
     * @param name  a model's name, case-sensitive
     * @param kinds the kinds that fit where it is named
     * @return the first descriptor (highest-ranked factory) with that name and one of those kinds, or null
     */
    ModelDescriptor find(String name, Set<ModelKind> kinds) {
        for (ModelDescriptor d : source(kinds)) {
            if (d.name().equals(name) && kinds.contains(d.kind())) {
                return d;
            }
        }
        return null;
    }

    /**
     * @param name a model's name
     * @return a descriptor with that name of any kind (to say "X is a synapse model, not ..."), or null
     */
    ModelDescriptor findAnyKind(String name) {
        for (ModelDescriptor d : models) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        for (ModelDescriptor d : connectors) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /**
     * @param kinds some kinds
     * @return the sorted names of the models of those kinds
     */
    Set<String> names(Set<ModelKind> kinds) {
        Set<String> out = new TreeSet<>();
        for (ModelDescriptor d : source(kinds)) {
            if (kinds.contains(d.kind())) {
                out.add(d.name());
            }
        }
        return out;
    }

    private List<ModelDescriptor> source(Set<ModelKind> kinds) {
        return kinds.contains(ModelKind.CONNECTOR) ? connectors : models;
    }
}
