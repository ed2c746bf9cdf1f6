package org.brainj.operators.cpu.internal;

import java.util.List;

import org.brainj.api.ops.ArgType;
import org.brainj.api.ops.KernelArgs;
import org.brainj.api.ops.KernelSpec;

/**
 * The arguments of one custom-operator call site, bound once: the arrays (by reference, in the spec's order, inputs
 * then outputs), their declared types and names, and the parameter values (an array the caller may update between
 * calls). Typed access checks the position and the declared type and names the argument on a mismatch; no method
 * allocates unless it throws.
 */
final class ArrayKernelArgs implements KernelArgs {

    private final KernelSpec spec;
    private final Object[] arrays;
    private final ArgType[] types;
    private final String[] names;
    private final String[] parameterNames;
    private final double[] parameters;

    /**
     * @param spec       the operator's signature
     * @param arrays     one array per argument, inputs then outputs (copied shallowly)
     * @param parameters one value per declared parameter (held by reference)
     * @throws IllegalArgumentException naming the first argument whose count, presence or Java type does not match
     */
    ArrayKernelArgs(KernelSpec spec, Object[] arrays, double[] parameters) {
        this.spec = spec;
        List<KernelSpec.Arg> inputs = spec.inputs();
        List<KernelSpec.Arg> outputs = spec.outputs();
        int n = inputs.size() + outputs.size();
        if (arrays == null || arrays.length != n) {
            throw new IllegalArgumentException("arrays must hold " + n + " arguments (" + inputs.size()
                    + " inputs, " + outputs.size() + " outputs), got " + (arrays == null ? "null" : arrays.length));
        }
        int p = spec.parameters().size();
        if (parameters == null || parameters.length != p) {
            throw new IllegalArgumentException("parameters must hold " + p + " values " + spec.parameters()
                    + ", got " + (parameters == null ? "null" : parameters.length));
        }
        this.arrays = arrays.clone();
        this.types = new ArgType[n];
        this.names = new String[n];
        for (int i = 0; i < n; i++) {
            KernelSpec.Arg arg = i < inputs.size() ? inputs.get(i) : outputs.get(i - inputs.size());
            types[i] = arg.type();
            names[i] = arg.name();
            Object a = arrays[i];
            if (a == null) {
                throw new IllegalArgumentException(describe(i) + " is null");
            }
            if (!typeOf(arg.type()).isInstance(a)) {
                throw new IllegalArgumentException(describe(i) + " must be a " + typeOf(arg.type()).getSimpleName()
                        + ", got " + a.getClass().getSimpleName());
            }
        }
        this.parameterNames = spec.parameters().toArray(new String[0]);
        this.parameters = parameters;
    }

    private static Class<?> typeOf(ArgType type) {
        switch (type) {
            case DOUBLE:
                return double[].class;
            case FLOAT:
                return float[].class;
            case INT:
                return int[].class;
            default:
                return boolean[].class;
        }
    }

    /** @return the signature these arguments were bound for */
    KernelSpec spec() {
        return spec;
    }

    private String describe(int i) {
        return "argument " + i + " '" + names[i] + "' (" + types[i] + ")";
    }

    private Object checked(int i, ArgType wanted) {
        if (i < 0 || i >= arrays.length) {
            throw new IllegalArgumentException("argument position " + i + " is outside [0, " + arrays.length
                    + ")");
        }
        if (types[i] != wanted) {
            throw new IllegalArgumentException(describe(i) + " was read as " + wanted);
        }
        return arrays[i];
    }

    @Override
    public double[] doubles(int i) {
        return (double[]) checked(i, ArgType.DOUBLE);
    }

    @Override
    public float[] floats(int i) {
        return (float[]) checked(i, ArgType.FLOAT);
    }

    @Override
    public int[] ints(int i) {
        return (int[]) checked(i, ArgType.INT);
    }

    @Override
    public boolean[] booleans(int i) {
        return (boolean[]) checked(i, ArgType.BOOLEAN);
    }

    /** {@inheritDoc} A linear search: parameters are few and names are compared without allocating. */
    @Override
    public double parameter(String name) {
        for (int k = 0; k < parameterNames.length; k++) {
            if (parameterNames[k].equals(name)) {
                return parameters[k];
            }
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not declared; declared: "
                + String.join(", ", parameterNames));
    }
}
