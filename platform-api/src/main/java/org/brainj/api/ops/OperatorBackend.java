package org.brainj.api.ops;

import java.util.Optional;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a compute backend for synaptic and matrix operators. A backend offers operator families (dense, sparse,
 * event-driven, just-in-time connectivity, segment reductions) as facets; one it does not support is empty, and the
 * platform then uses the next backend by ranking. {@code backend=auto} picks the highest-ranked available backend.
 *
 * <p>Families are interfaces of this package: {@link DenseOps}, {@link SparseOps}, {@link EventOps},
 * {@link JitConnOps}, {@link SegmentOps}. New families are added as new interfaces, not new methods here.
 */
@ConsumerType
public interface OperatorBackend extends Provider {

    /** @return the hardware this backend computes on */
    BackendKind backendKind();

    @Override
    default String kind() {
        return backendKind().label();
    }

    /**
     * @param family the operator family interface (e.g. {@code EventOps.class})
     * @param <T>    its type
     * @return the backend's implementation of that family, or empty when it does not offer it
     */
    <T> Optional<T> operators(Class<T> family);
}
