package org.brainj.operators.cpu.internal;

import static org.brainj.operators.cpu.internal.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.CustomOps;
import org.brainj.api.ops.KernelArgs;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.platform.Providers;
import org.junit.jupiter.api.Test;

class CustomOpsTest {

    @Test
    void theExampleOperatorIsFoundRunThroughTheBackendAndMatchesTheDenseReference() {
        CustomOperator op = Providers.require(CustomOperator.class, "event-weight-trace");
        assertInstanceOf(EventWeightTraceOperator.class, op);
        CustomOps custom = Providers.require(OperatorBackend.class, "cpu").operators(CustomOps.class).orElseThrow();

        Random rng = new Random(61);
        int pre = 30;
        int post = 20;
        Reference.Pair m = Reference.randomCsr(rng, pre, post, false);
        CsrMatrix csr = m.csr();
        boolean[] spikes = new boolean[pre];
        double[] trace = Reference.randomVector(rng, post);
        double[] out = new double[post];
        double[] gain = {0.75};
        KernelArgs args = custom.bind(op, new Object[] {spikes, csr.indptr(), csr.indices(), csr.data(), trace, out},
                gain);
        double[] expected = new double[post];
        for (int step = 0; step < 5; step++) {
            // The bound arrays are references: the caller updates them between runs, no re-binding.
            for (int i = 0; i < pre; i++) {
                spikes[i] = rng.nextInt(3) == 0;
            }
            gain[0] = 0.5 + step;
            custom.run(op, args);
            for (int i = 0; i < pre; i++) {
                if (spikes[i]) {
                    for (int j = 0; j < post; j++) {
                        expected[j] += gain[0] * m.dense()[i * post + j] * trace[j];
                    }
                }
            }
            assertClose(expected, out, "step " + step);
        }
    }

    @Test
    void bindingAndReadingNameTheMismatchedArgument() {
        CustomOperator op = new EventWeightTraceOperator();
        CustomOps custom = new CpuBackend().operators(CustomOps.class).orElseThrow();
        Object[] good = {new boolean[1], new int[] {0, 0}, new int[0], new double[0], new double[1], new double[1]};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> custom.bind(op, new Object[] {new boolean[1]}, new double[1]));
        assertTrue(e.getMessage().contains("6 arguments"), e.getMessage());
        Object[] wrongType = good.clone();
        wrongType[4] = new float[1];
        e = assertThrows(IllegalArgumentException.class, () -> custom.bind(op, wrongType, new double[1]));
        assertTrue(e.getMessage().contains("argument 4 'trace' (DOUBLE)") && e.getMessage().contains("float[]"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> custom.bind(op, good, new double[0]));
        assertTrue(e.getMessage().contains("[gain]"), e.getMessage());
        KernelArgs args = custom.bind(op, good, new double[] {1});
        e = assertThrows(IllegalArgumentException.class, () -> args.ints(0));
        assertTrue(e.getMessage().contains("argument 0 'spikes' (BOOLEAN) was read as INT"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> args.doubles(9));
        assertTrue(e.getMessage().contains("position 9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> args.parameter("tau"));
        assertTrue(e.getMessage().contains("'tau'") && e.getMessage().contains("gain"), e.getMessage());
        KernelArgs foreign = new KernelArgs() {
            public double[] doubles(int i) {
                return null;
            }

            public float[] floats(int i) {
                return null;
            }

            public int[] ints(int i) {
                return null;
            }

            public boolean[] booleans(int i) {
                return null;
            }

            public double parameter(String name) {
                return 0;
            }
        };
        e = assertThrows(IllegalArgumentException.class, () -> custom.run(op, foreign));
        assertTrue(e.getMessage().contains("bind"), e.getMessage());
    }
}
