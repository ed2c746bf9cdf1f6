package org.brainj.operators.cpu.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.brainj.api.ops.BackendKind;
import org.brainj.api.ops.CustomOps;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.RangeLoop;
import org.brainj.api.ops.SegmentOps;
import org.brainj.api.ops.SparseOps;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The CPU operator backend, named {@code cpu}: dense ({@link CpuDenseOps}), sparse ({@link CsrOps}), event-driven
 * ({@link EventCsrMatVec}), just-in-time connectivity ({@link JitConnMatVec}), segment ({@link SegmentReductions}),
 * custom operators ({@link CpuCustomOps}) and index-range loops ({@link SlicedRangeLoop}). Always available; ranked
 * lowest ({@value #RANKING}) so any available accelerator wins under {@code backend=auto}, and it stays the fallback
 * for every family an accelerator lacks.
 *
 * <p>Threads: {@link #operators(Class)} gives serial operators on the calling thread.
 * {@link #operators(Class, int)} with more than one thread gives parallel variants of the hot families,
 * {@link EventOps} ({@link ParallelEventCsrMatVec}), {@link JitConnOps} ({@link ParallelJitConnMatVec}) and
 * {@link RangeLoop}, partitioned by output slice so their results equal the serial ones bit for bit; the other
 * families are serial whatever the thread count. They run on one fixed pool of daemon threads owned by this backend
 * ({@link WorkerPool}), grown at that call to the largest count asked for and stopped on deactivation. Instances are
 * cached per (family, threads).
 *
 * <p>Thread-safe: one instance serves every caller, as a DS singleton or through {@link java.util.ServiceLoader}.
 */
@Component(service = OperatorBackend.class, property = Provider.RANKING + "=" + CpuBackend.RANKING)
public final class CpuBackend implements OperatorBackend {

    /** Ranking of this backend, also published as the DS {@code service.ranking} property. */
    static final int RANKING = 0;

    /** Largest thread count accepted by {@link #operators(Class, int)}. */
    static final int MAX_THREADS = 256;

    private final CpuDenseOps dense = new CpuDenseOps();
    private final CsrOps sparse = new CsrOps();
    private final EventCsrMatVec event = new EventCsrMatVec();
    private final JitConnMatVec jit = new JitConnMatVec();
    private final SegmentReductions segment = new SegmentReductions();
    private final CpuCustomOps custom = new CpuCustomOps();
    private final WorkerPool pool = new WorkerPool("brainj-cpu");
    private final SlicedRangeLoop serialLoop = new SlicedRangeLoop(pool, 1);
    private final ConcurrentHashMap<String, Object> parallel = new ConcurrentHashMap<>();

    /** Creates the backend; usable without any DS lifecycle. */
    public CpuBackend() {
    }

    @Override
    public String description() {
        return "dense (EJML mat-mat), sparse CSR, event-driven, just-in-time connectivity, segment reductions, "
                + "custom operators; parallel event, JIT and range loops";
    }

    /** @return {@code "cpu"} */
    @Override
    public String name() {
        return "cpu";
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /** @return {@link BackendKind#CPU} */
    @Override
    public BackendKind backendKind() {
        return BackendKind.CPU;
    }

    /**
     * @param family one of {@link DenseOps}, {@link SparseOps}, {@link EventOps}, {@link JitConnOps},
     *               {@link SegmentOps}, {@link CustomOps}, {@link RangeLoop} for an implementation; any other gives
     *               empty
     * @param <T>    the family type
     * @return the shared, thread-safe serial implementation, or empty
     */
    @Override
    public <T> Optional<T> operators(Class<T> family) {
        Objects.requireNonNull(family, "family");
        Object ops = null;
        if (family == DenseOps.class) {
            ops = dense;
        } else if (family == SparseOps.class) {
            ops = sparse;
        } else if (family == EventOps.class) {
            ops = event;
        } else if (family == JitConnOps.class) {
            ops = jit;
        } else if (family == SegmentOps.class) {
            ops = segment;
        } else if (family == CustomOps.class) {
            ops = custom;
        } else if (family == RangeLoop.class) {
            ops = serialLoop;
        }
        return ops == null ? Optional.empty() : Optional.of(family.cast(ops));
    }

    /**
     * {@inheritDoc} {@link EventOps}, {@link JitConnOps} and {@link RangeLoop} get parallel variants for
     * {@code threads > 1} (bit for bit equal to serial); the other families are the serial ones.
     *
     * @throws IllegalArgumentException when {@code threads} is outside [1, {@value #MAX_THREADS}]
     */
    @Override
    public <T> Optional<T> operators(Class<T> family, int threads) {
        Objects.requireNonNull(family, "family");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads = " + threads + " must be in [1, " + MAX_THREADS + "]");
        }
        if (threads == 1 || (family != EventOps.class && family != JitConnOps.class && family != RangeLoop.class)) {
            return operators(family);
        }
        pool.ensureWorkers(threads - 1);
        Object ops = parallel.computeIfAbsent(family.getName() + "/" + threads, key -> {
            if (family == EventOps.class) {
                return new ParallelEventCsrMatVec(pool, threads, event);
            }
            if (family == JitConnOps.class) {
                return new ParallelJitConnMatVec(pool, threads, jit);
            }
            return new SlicedRangeLoop(pool, threads);
        });
        return Optional.of(family.cast(ops));
    }

    /** Stops the worker threads when the DS component is deactivated; later parallel calls run serially. */
    @Deactivate
    void deactivate() {
        pool.shutdown();
    }
}
