package org.brainj.operators.gpu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.brainj.api.ops.Backends;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnOps;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUDA generator of just-in-time connectivity (brainj_jit.cuh, the code each GPU thread runs) built for the host
 * by nvcc and compared bit for bit with the CPU backend's matrices: the same (seed, row) gives the same columns and
 * weights on both backends. Skipped, with the reason printed, where nvcc is absent.
 */
class JitGeneratorHarnessTest {

    @TempDir
    static Path dir;
    static Path harness;

    @BeforeAll
    static void build() throws Exception {
        KernelSourcesTest.assumeNvcc();
        harness = dir.resolve("jit_harness");
        KernelSourcesTest.run(List.of("nvcc", "-std=c++17", "-O2", "-o", harness.toString(),
                "src/test/cuda/jit_harness.cu"), dir.resolve("build.log"));
    }

    private static List<String> runHarness(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(harness.toString());
        command.addAll(args);
        Path out = Files.createTempFile(dir, "harness", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        p.waitFor(120, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, p.exitValue(), () -> String.join("\n", lines));
        return lines;
    }

    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    /** The device's CSR of a spec, as the kernels generate it, with the arguments the host passes them. */
    private static CsrMatrix harnessMatrix(JitConnSpec spec) throws Exception {
        JitLayout l = JitLayout.of(spec);
        List<String> lines = runHarness(List.of("rows", "" + l.rows(), "" + l.cols(), "" + l.segments(),
                "" + l.width(), "" + l.law(), "" + l.dense(), "" + l.empty(), Integer.toHexString(l.k0()),
                Integer.toHexString(l.k1()), hex(l.rate()), hex(l.w0()), hex(l.w1())));
        int[] indptr = new int[spec.rows() + 1];
        int[] indices = new int[lines.size()];
        double[] data = new double[lines.size()];
        int k = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            indptr[Integer.parseInt(f[0]) + 1]++;
            indices[k] = Integer.parseInt(f[1]);
            data[k] = Double.longBitsToDouble(Long.parseUnsignedLong(f[2], 16));
            k++;
        }
        for (int i = 0; i < spec.rows(); i++) {
            indptr[i + 1] += indptr[i];
        }
        return new CsrMatrix(spec.rows(), spec.cols(), indptr, indices, data);
    }

    private static void assertSameMatrix(JitConnSpec spec) throws Exception {
        JitConnOps cpu = Backends.select("cpu", JitConnOps.class).operators();
        CsrMatrix expected = cpu.materialize(spec);
        CsrMatrix actual = harnessMatrix(spec);
        assertArrayEquals(expected.indptr(), actual.indptr(), spec + ": row lengths");
        assertArrayEquals(expected.indices(), actual.indices(), spec + ": columns");
        for (int k = 0; k < actual.nnz(); k++) {
            double want = expected.homogeneous() ? expected.data()[0] : expected.data()[k];
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(actual.data()[k]),
                    spec + ": weight bits of entry " + k);
        }
    }

    @Test
    void homogeneousSparseMatrixIsTheCpuBackends() throws Exception {
        // 1000 columns at p = 0.5: floor(500/16) = 31 -> S = 16 segments, so segment restarts are covered.
        assertSameMatrix(new JitConnSpec(40, 1000, 0.5, WeightLaw.HOMOGENEOUS, 0.6, 0.0, 42L));
        assertSameMatrix(new JitConnSpec(200, 300, 0.02, WeightLaw.HOMOGENEOUS, -1.0, 0.0, 7L));
    }

    @Test
    void uniformAndNormalWeightsAreTheCpuBackends() throws Exception {
        assertSameMatrix(new JitConnSpec(50, 700, 0.1, WeightLaw.UNIFORM, 0.2, 1.5, 123_456_789_012L));
        assertSameMatrix(new JitConnSpec(50, 700, 0.1, WeightLaw.NORMAL, 0.5, 0.25, -3L));
    }

    @Test
    void denseAndNearlyEmptyEdgeCases() throws Exception {
        assertSameMatrix(new JitConnSpec(5, 64, 1.0, WeightLaw.NORMAL, 0.0, 1.0, 1L));
        assertSameMatrix(new JitConnSpec(100, 100, 1e-5, WeightLaw.UNIFORM, 0.0, 1.0, 2L));
        assertSameMatrix(new JitConnSpec(3, 1, 0.9, WeightLaw.HOMOGENEOUS, 1.0, 0.0, 5L));
        assertSameMatrix(new JitConnSpec(4, 10, 1e-17, WeightLaw.HOMOGENEOUS, 1.0, 0.0, 5L));
    }

    @Test
    void fdlibmLogPortEqualsStrictMathLog() throws Exception {
        SplittableRandom r = new SplittableRandom(11);
        List<Double> xs = new ArrayList<>(List.of(1.0, 0.5, 2.0, Math.E, 1.0 + 0x1p-30, 1.0 - 0x1p-30, Double.MIN_VALUE,
                0x1p-1030, Double.MAX_VALUE, 1e-300, 0.999999, 1.5));
        for (int k = 0; k < 300; k++) {
            xs.add(r.nextDouble());
            xs.add(Math.scalb(r.nextDouble(), r.nextInt(-1070, 1020)));
        }
        List<String> args = new ArrayList<>(List.of("log"));
        for (double x : xs) {
            args.add(hex(x));
        }
        List<String> lines = runHarness(args);
        assertEquals(xs.size(), lines.size());
        for (int k = 0; k < xs.size(); k++) {
            assertEquals(hex(StrictMath.log(xs.get(k))), lines.get(k), "log(" + xs.get(k) + ")");
        }
    }
}
