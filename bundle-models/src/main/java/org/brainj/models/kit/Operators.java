package org.brainj.models.kit;

import java.util.Optional;

import org.brainj.api.ops.BackendSelection;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.Backends;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.RangeLoop;
import org.brainj.api.ops.SparseOps;

/**
 * The operator families a network runs on, taken from one backend chosen by the platform's policy
 * ({@link Backends#select}): {@code auto}, {@code cpu}, {@code gpu} or a backend's name. A family the chosen backend
 * lacks is taken from the best backend that has it, and the explanation says so.
 *
 * @param dense       dense operators
 * @param events      event-driven operators
 * @param sparse      sparse operators
 * @param jit         just-in-time connectivity operators
 * @param loop        the index-range loop populations update on
 * @param threads     worker threads of the parallel variants
 * @param explanation which backend, and why any other was skipped
 */
public record Operators(DenseOps dense, EventOps events, SparseOps sparse, JitConnOps jit, RangeLoop loop, int threads,
                        String explanation) {

    /**
     * @param request {@code auto}, {@code cpu}, {@code gpu} or a backend name
     * @param threads worker threads, ≥ 1
     * @return the operators
     * @throws org.brainj.api.core.ParameterException naming the request when no backend offers event operators
     */
    public static Operators select(String request, int threads) {
        BackendSelection<EventOps> main = Backends.select(request, EventOps.class);
        OperatorBackend backend = main.backend();
        StringBuilder why = new StringBuilder(main.explanation());
        EventOps events = backend.operators(EventOps.class, threads).orElse(main.operators());
        DenseOps dense = family(backend, DenseOps.class, threads, why);
        SparseOps sparse = family(backend, SparseOps.class, threads, why);
        JitConnOps jit = family(backend, JitConnOps.class, threads, why);
        RangeLoop loop = family(backend, RangeLoop.class, threads, why);
        return new Operators(dense, events, sparse, jit, loop, threads, why.toString());
    }

    private static <T> T family(OperatorBackend backend, Class<T> family, int threads, StringBuilder why) {
        Optional<T> own = backend.operators(family, threads);
        if (own.isPresent()) {
            return own.get();
        }
        BackendSelection<T> other = Backends.select(Backends.AUTO, family);
        why.append("; ").append(family.getSimpleName()).append(" from ").append(other.backend().name());
        return other.backend().operators(family, threads).orElse(other.operators());
    }
}
