package org.brainj.operators.cpu.internal;

import java.util.Objects;
import java.util.Optional;

import org.brainj.api.ops.BackendKind;
import org.brainj.api.ops.DenseOps;
import org.brainj.api.ops.EventOps;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.ops.SegmentOps;
import org.brainj.api.ops.SparseOps;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * The CPU operator backend, named {@code cpu}: dense ({@link CpuDenseOps}), sparse ({@link CsrOps}), event-driven
 * ({@link EventCsrMatVec}) and segment ({@link SegmentReductions}) operators, computed serially on the calling
 * thread. It does not offer {@link org.brainj.api.ops.JitConnOps} yet, so that family comes from another backend or
 * is absent. Always available; ranked lowest ({@value #RANKING}) so any available accelerator wins under
 * {@code backend=auto}, and it stays the fallback for every family an accelerator lacks.
 *
 * <p>Thread-safe: one instance serves every caller, as a DS singleton or through {@link java.util.ServiceLoader}.
 */
@Component(service = OperatorBackend.class, property = Provider.RANKING + "=" + CpuBackend.RANKING)
public final class CpuBackend implements OperatorBackend {

    /** Ranking of this backend, also published as the DS {@code service.ranking} property. */
    static final int RANKING = 0;

    private final CpuDenseOps dense = new CpuDenseOps();
    private final CsrOps sparse = new CsrOps();
    private final EventCsrMatVec event = new EventCsrMatVec();
    private final SegmentReductions segment = new SegmentReductions();

    /** Creates the backend; usable without any DS lifecycle. */
    public CpuBackend() {
    }

    /** @return {@code "cpu"} */
    @Override
    public String description() {
        return "dense (EJML mat-mat), sparse CSR, event-driven, segment reductions; single-threaded";
    }

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
     * @param family one of {@link DenseOps}, {@link SparseOps}, {@link EventOps}, {@link SegmentOps} for an
     *               implementation; any other family (just-in-time connectivity included) gives empty
     * @param <T>    the family type
     * @return the shared, thread-safe implementation, or empty
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
        } else if (family == SegmentOps.class) {
            ops = segment;
        }
        return ops == null ? Optional.empty() : Optional.of(family.cast(ops));
    }
}
