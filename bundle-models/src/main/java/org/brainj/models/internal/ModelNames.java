package org.brainj.models.internal;

import java.util.List;

import org.brainj.api.model.ModelDescriptor;

/** The one-line listing of a factory's models, for {@code brainj services}. */
final class ModelNames {

    private ModelNames() {
    }

    static String of(List<ModelDescriptor> models) {
        StringBuilder sb = new StringBuilder();
        for (ModelDescriptor m : models) {
            sb.append(sb.length() == 0 ? "" : ", ").append(m.name());
        }
        return sb.toString();
    }
}
