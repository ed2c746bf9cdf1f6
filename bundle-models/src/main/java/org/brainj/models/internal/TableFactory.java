package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.Parameters;

/** A model factory backed by a {@link ModelTable}: the factories of this bundle differ only in name and table. */
abstract class TableFactory implements ModelFactory {

    private final String name;
    private final ModelTable table;

    TableFactory(String name, ModelTable table) {
        this.name = name;
        this.table = table;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public final String description() {
        return table.describe();
    }

    @Override
    public final List<ModelDescriptor> models() {
        return table.descriptors();
    }

    @Override
    public final DynamicalSystem create(String model, String name, int size, Parameters params) {
        return table.create(model, name, size, params);
    }
}
