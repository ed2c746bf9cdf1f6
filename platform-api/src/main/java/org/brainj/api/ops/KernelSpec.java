package org.brainj.api.ops;

import java.util.List;
import java.util.Objects;

/**
 * The signature of a custom operator: named, typed array arguments (inputs, then outputs) and named scalar
 * parameters, plus the entry point of its optional CUDA C source.
 *
 * @param inputs     input arguments in call order
 * @param outputs    output arguments in call order
 * @param parameters names of scalar (double) parameters
 * @param cudaEntry  name of the {@code extern "C" __global__} function in the CUDA source, or empty
 */
public record KernelSpec(List<Arg> inputs, List<Arg> outputs, List<String> parameters, String cudaEntry) {

    /**
     * One array argument.
     *
     * @param name its name
     * @param type its element type
     */
    public record Arg(String name, ArgType type) {
        /** Checks both fields are present. */
        public Arg {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Copies the lists. */
    public KernelSpec {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(cudaEntry, "cudaEntry");
    }
}
