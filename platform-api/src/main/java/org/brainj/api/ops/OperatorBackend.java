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
 * {@link JitConnOps}, {@link SegmentOps}, {@link CustomOps}, {@link RangeLoop}. New families are added as new
 * interfaces, not new methods here; {@link #operators(Class, int)} asks for a multi-threaded variant.
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

    /**
     * The family computed by {@code threads} threads. Results equal the serial ones: bit for bit where the backend
     * can keep each output's summation order (it documents where it cannot, then within 1e-12 relative). A backend
     * without parallel variants returns its serial implementation, which satisfies that contract for any thread
     * count; so does this default. Call it at build time: implementations may create threads or caches here.
     *
     * @param family  the operator family interface (e.g. {@code EventOps.class}, {@link RangeLoop})
     * @param threads number of threads, at least 1 (1 is the serial implementation)
     * @param <T>     its type
     * @return the backend's implementation of that family for that thread count, or empty when it does not offer it
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    default <T> Optional<T> operators(Class<T> family, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " must be >= 1");
        }
        return operators(family);
    }
}
