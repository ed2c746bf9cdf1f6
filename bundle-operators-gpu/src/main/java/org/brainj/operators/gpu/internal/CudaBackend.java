package org.brainj.operators.gpu.internal;

import java.util.Objects;
import java.util.Optional;

import org.brainj.api.ops.BackendKind;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.platform.Availability;
import org.brainj.api.platform.Provider;
import org.osgi.service.component.annotations.Component;

/**
 * The CUDA operator backend, named {@code cuda}, ranked {@value #RANKING} so it wins {@code backend=auto} over the
 * CPU backend once it offers operators.
 *
 * <p><b>It offers no operator family yet:</b> {@link #operators(Class)} is empty for every family, so the platform
 * keeps using the CPU backend for every family even where CUDA is available. The kernels arrive with a later issue.
 * What works now is the honest report: {@link #availability()} says whether a CUDA device can be used and, if not,
 * why (see {@link CudaProbe}), so listings show the backend and the reason on machines without a GPU.
 *
 * <p>Thread-safe and stateless; the probe runs on the first call to {@link #availability()}.
 */
@Component(service = OperatorBackend.class, property = Provider.RANKING + "=" + CudaBackend.RANKING)
public final class CudaBackend implements OperatorBackend {

    /** Ranking of this backend, also published as the DS {@code service.ranking} property. */
    static final int RANKING = 100;

    /** Creates the backend; usable without any DS lifecycle, and probes nothing until asked. */
    public CudaBackend() {
    }

    /** @return {@code "cuda"} */
    @Override
    public String description() {
        CudaProbe.Outcome o = CudaProbe.outcome();
        return o.deviceCount() + " device(s), device 0: " + o.deviceName() + "; no operator family yet";
    }

    @Override
    public String name() {
        return "cuda";
    }

    /** @return {@value #RANKING} */
    @Override
    public int ranking() {
        return RANKING;
    }

    /** @return {@link BackendKind#GPU} */
    @Override
    public BackendKind backendKind() {
        return BackendKind.GPU;
    }

    /** @return the CUDA probe's result: available when a device was found, otherwise the reason in one line */
    @Override
    public Availability availability() {
        return CudaProbe.availability();
    }

    /**
     * @param family an operator family interface
     * @param <T>    its type
     * @return always empty: no family is implemented on the GPU yet
     */
    @Override
    public <T> Optional<T> operators(Class<T> family) {
        Objects.requireNonNull(family, "family");
        return Optional.empty();
    }
}
