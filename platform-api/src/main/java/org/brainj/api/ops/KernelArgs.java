package org.brainj.api.ops;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The arguments of one custom-operator call, by position as declared in its {@link KernelSpec}: inputs first, then
 * outputs. Accessing an argument as the wrong type throws {@link IllegalArgumentException} naming it.
 */
@ProviderType
public interface KernelArgs {

    /**
     * @param i argument position
     * @return it as {@code double[]}
     */
    double[] doubles(int i);

    /**
     * @param i argument position
     * @return it as {@code float[]}
     */
    float[] floats(int i);

    /**
     * @param i argument position
     * @return it as {@code int[]}
     */
    int[] ints(int i);

    /**
     * @param i argument position
     * @return it as {@code boolean[]}
     */
    boolean[] booleans(int i);

    /**
     * @param name a declared parameter
     * @return its value
     */
    double parameter(String name);
}
