package org.brainj.examples.stdp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.brainj.api.ops.KernelArgs;
import org.junit.jupiter.api.Test;

/** The CPU kernel on a 3×3 CSR matrix worked by hand, and the shipped CUDA source's entry point. */
class PreSpikeDepressionTest {

    /** Arguments as a backend binds them, in the KernelSpec's order. */
    private record Args(Object[] arrays, Map<String, Double> params) implements KernelArgs {
        @Override
        public double[] doubles(int i) {
            return (double[]) arrays[i];
        }

        @Override
        public float[] floats(int i) {
            return (float[]) arrays[i];
        }

        @Override
        public int[] ints(int i) {
            return (int[]) arrays[i];
        }

        @Override
        public boolean[] booleans(int i) {
            return (boolean[]) arrays[i];
        }

        @Override
        public double parameter(String name) {
            return params.get(name);
        }
    }

    @Test
    void depressesOnlyTheRowsThatFiredClippedAtTheBound() {
        // rows: 0 -> {0, 2}, 1 -> {1}, 2 -> {0, 1, 2}
        int[] indptr = {0, 2, 3, 6};
        int[] indices = {0, 2, 1, 0, 1, 2};
        double[] w = {1.0, 1.0, 1.0, 1.0, 0.05, 1.0};
        double[] trace = {0.5, 1.0, 2.0};
        boolean[] spikes = {true, false, true};
        new PreSpikeDepression().compute(new Args(new Object[] {spikes, indptr, indices, trace, w},
                Map.of("A_minus", 0.1, "w_min", 0.0)));
        // row 0: 1 - 0.1*0.5, 1 - 0.1*2; row 1 untouched; row 2: 1 - 0.05, max(0, 0.05 - 0.1), 1 - 0.2
        assertArrayEquals(new double[] {0.95, 0.8, 1.0, 0.95, 0.0, 0.8}, w, 1e-15);
    }

    @Test
    void shipsItsCudaKernelUnderTheDeclaredEntryName() {
        String cu = new PreSpikeDepression().cudaSource().orElseThrow();
        assertTrue(cu.contains("extern \"C\" __global__ void " + PreSpikeDepression.SPEC.cudaEntry() + "("), cu);
    }
}
