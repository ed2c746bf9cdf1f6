package org.brainj.api.ops;

import java.util.Optional;

import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a user's operator (typically an event-driven kernel) contributed by a bundle. The CPU implementation is Java;
 * an optional CUDA C source lets the GPU backend compile and run the same operator on the device.
 */
@ConsumerType
public interface CustomOperator extends Provider {

    /** @return the operator's signature */
    KernelSpec spec();

    /**
     * Runs the operator on the CPU. Must not allocate.
     *
     * @param args the call's arguments, laid out as {@link #spec()} declares
     */
    void compute(KernelArgs args);

    /** @return CUDA C source defining {@link KernelSpec#cudaEntry()}, or empty for a CPU-only operator */
    default Optional<String> cudaSource() {
        return Optional.empty();
    }
}
