package org.brainj.api.ops;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Operator family: runs {@link CustomOperator}s on a backend. Binding happens once, when a model is built; running
 * happens every step and allocates nothing. The CPU backend calls {@link CustomOperator#compute(KernelArgs)}; a GPU
 * backend may compile {@link CustomOperator#cudaSource()} instead.
 */
@ConsumerType
public interface CustomOps {

    /**
     * Checks and binds the arrays and parameters of one call site. Arrays are held by reference, so the caller
     * updates their contents between runs; so is {@code parameters}, whose entries may be changed between runs.
     *
     * @param op         the operator
     * @param arrays     one array per argument of {@code op.spec()}, inputs then outputs, each of its declared type
     *                   ({@code double[]}, {@code float[]}, {@code int[]} or {@code boolean[]})
     * @param parameters one value per declared parameter, in declaration order
     * @return the bound arguments, for {@link #run(CustomOperator, KernelArgs)}
     * @throws IllegalArgumentException naming the argument whose count, presence or type does not match the spec
     */
    KernelArgs bind(CustomOperator op, Object[] arrays, double[] parameters);

    /**
     * Runs the operator on arguments bound by this family's {@link #bind(CustomOperator, Object[], double[])}.
     *
     * @param op   the operator
     * @param args arguments bound for {@code op}
     * @throws IllegalArgumentException when {@code args} were not bound by this backend for {@code op}'s spec
     */
    void run(CustomOperator op, KernelArgs args);
}
