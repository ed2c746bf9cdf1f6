package org.brainj.operators.cpu.internal;

import java.util.Objects;

import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.CustomOps;
import org.brainj.api.ops.KernelArgs;

/**
 * Runs {@link CustomOperator}s on the calling thread through their Java implementation. {@link #bind} checks the
 * arrays against the operator's {@link org.brainj.api.ops.KernelSpec} once; {@link #run} only checks that the
 * arguments were bound for that spec, then calls {@link CustomOperator#compute(KernelArgs)}. Stateless and
 * thread-safe (an operator's own thread-safety is its business).
 */
final class CpuCustomOps implements CustomOps {

    /** Creates the family; it holds no data. */
    CpuCustomOps() {
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException naming the argument whose count, presence or Java type does not match
     */
    @Override
    public KernelArgs bind(CustomOperator op, Object[] arrays, double[] parameters) {
        Objects.requireNonNull(op, "op");
        return new ArrayKernelArgs(op.spec(), arrays, parameters);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code args} were not made by {@link #bind} for an equal spec
     */
    @Override
    public void run(CustomOperator op, KernelArgs args) {
        Objects.requireNonNull(op, "op");
        if (!(args instanceof ArrayKernelArgs)) {
            throw new IllegalArgumentException("args must come from the cpu backend's CustomOps.bind, got "
                    + (args == null ? "null" : args.getClass().getName()));
        }
        ArrayKernelArgs bound = (ArrayKernelArgs) args;
        // Identity first: the spec of a well-behaved operator is one constant, so equals() rarely runs.
        if (bound.spec() != op.spec() && !bound.spec().equals(op.spec())) {
            throw new IllegalArgumentException("args were bound for another spec than operator '" + op.name()
                    + "': " + bound.spec());
        }
        op.compute(args);
    }
}
