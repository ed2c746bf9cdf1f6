package org.brainj.operators.gpu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped PTX belongs to the CUDA sources, has every kernel the host code launches, and the sources compile. */
class KernelSourcesTest {

    static final Path SOURCES = Path.of("src/main/cuda");

    /** Every entry the Java side launches. */
    static final List<String> ENTRIES = List.of("brainj_jit_row_nnz", "brainj_jit_fill", "brainj_jit_event_mv_f64",
            "brainj_jit_event_mv_f32", "brainj_jit_gather_f64", "brainj_jit_gather_f32", "brainj_jit_scatter_f64",
            "brainj_jit_scatter_f32", "brainj_event_csr_f64", "brainj_event_csr_f32", "brainj_csr_gather_f64",
            "brainj_csr_gather_f32", "brainj_csr_scatter_f64", "brainj_csr_scatter_f32", "brainj_dense_mv_f64",
            "brainj_dense_mv_f32", "brainj_syn2post_f64", "brainj_syn2post_f32");

    /** The PTX of the update fragments of device-resident stepping (brainj_neurons.cu). */
    static final String NEURON_PTX = "brainj_neurons.ptx";

    /** Every entry of the update-fragment kernels. */
    static final List<String> NEURON_ENTRIES = List.of("brainj_lif_step_f64", "brainj_lif_step_f32",
            "brainj_izhikevich_step_f64", "brainj_izhikevich_step_f32", "brainj_adex_step_f64", "brainj_adex_step_f32",
            "brainj_hh_step_f64", "brainj_hh_step_f32", "brainj_traub_miles_step_f64", "brainj_traub_miles_step_f32",
            "brainj_expon_step_f64", "brainj_expon_step_f32", "brainj_dual_expon_step_f64",
            "brainj_dual_expon_step_f32", "brainj_alpha_step_f64", "brainj_alpha_step_f32",
            "brainj_poisson_input_step_f64", "brainj_poisson_input_step_f32", "brainj_poisson_group_step");

    /** A floating-point multiply, add or subtract without a rounding mode, which ptxas may contract into an fma. */
    static final Pattern CONTRACTIBLE = Pattern.compile(
            "(?m)^\\s*(mul|add|sub)\\.f(32|64)\\s");

    static String resource(String name) throws IOException {
        try (InputStream in = CudaDevice.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The hash build-ptx.sh records: SHA-256 of brainj_jit.cuh followed by brainj_kernels.cu. */
    static String sourcesHash() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(Files.readAllBytes(SOURCES.resolve("brainj_jit.cuh")));
        sha.update(Files.readAllBytes(SOURCES.resolve("brainj_kernels.cu")));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash build-ptx.sh records for the neuron module: brainj_jit.cuh, brainj_neurons.cuh, brainj_neurons.cu. */
    static String neuronSourcesHash() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String f : List.of("brainj_jit.cuh", "brainj_neurons.cuh", "brainj_neurons.cu")) {
            sha.update(Files.readAllBytes(SOURCES.resolve(f)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static boolean nvccPresent() {
        try {
            Process p = new ProcessBuilder("nvcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void assumeNvcc() {
        if (!nvccPresent()) {
            System.out.println("nvcc not on PATH: CUDA compile checks skipped");
            Assumptions.abort("nvcc not on PATH");
        }
    }

    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), () -> {
            try {
                return String.join(" ", command) + " failed:\n" + Files.readString(log);
            } catch (IOException e) {
                return String.join(" ", command) + " failed";
            }
        });
    }

    @Test
    void shippedPtxWasMadeFromTheseSources() throws Exception {
        String recorded = resource(CudaDevice.PTX + ".sha256").split("\\s+")[0];
        assertEquals(sourcesHash(), recorded,
                "the CUDA sources changed since the PTX was made: run src/main/cuda/build-ptx.sh where nvcc is present");
    }

    @Test
    void shippedPtxHasEveryKernelTheHostLaunches() throws Exception {
        String ptx = resource(CudaDevice.PTX);
        for (String entry : ENTRIES) {
            assertTrue(ptx.contains(".entry " + entry + "("), entry + " missing from the PTX");
        }
        // cuModuleLoadData takes a zero-terminated text image.
        byte[] image = CudaDevice.ptxImage();
        assertEquals(0, image[image.length - 1]);
    }

    @Test
    void kernelsCompileToPtxWithNvcc(@TempDir Path dir) throws Exception {
        assumeNvcc();
        Path ptx = dir.resolve("k.ptx");
        run(List.of("nvcc", "--ptx", "-arch=compute_75", "--fmad=false", "-std=c++17", "-o", ptx.toString(),
                SOURCES.resolve("brainj_kernels.cu").toString()), dir.resolve("nvcc.log"));
        String text = Files.readString(ptx);
        for (String entry : ENTRIES) {
            assertTrue(text.contains(".entry " + entry + "("), entry);
        }
        // No contracted multiply-adds in the generator: they would change the matrix's low bits.
        assertTrue(!text.contains("fma.rn.f64"), "fma.rn.f64 found although --fmad=false");
    }

    @Test
    void shippedNeuronPtxWasMadeFromTheseSources() throws Exception {
        String recorded = resource(NEURON_PTX + ".sha256").split("\\s+")[0];
        assertEquals(neuronSourcesHash(), recorded,
                "the update fragments changed since their PTX was made: run src/main/cuda/build-ptx.sh where nvcc is");
    }

    @Test
    void shippedNeuronPtxHasEveryFragmentKernel() throws Exception {
        String ptx = resource(NEURON_PTX);
        for (String entry : NEURON_ENTRIES) {
            assertTrue(ptx.contains(".entry " + entry + "("), entry + " missing from " + NEURON_PTX);
        }
        // Built with --fmad=false: nvcc then gives every multiply and add a rounding mode, which ptxas never fuses.
        assertTrue(!CONTRACTIBLE.matcher(ptx).find(), "contractible arithmetic in " + NEURON_PTX);
    }

    @Test
    void neuronKernelsCompileToPtxWithNvcc(@TempDir Path dir) throws Exception {
        assumeNvcc();
        Path ptx = dir.resolve("n.ptx");
        run(List.of("nvcc", "--ptx", "-arch=compute_75", "--fmad=false", "-std=c++17", "-o", ptx.toString(),
                SOURCES.resolve("brainj_neurons.cu").toString()), dir.resolve("nvcc.log"));
        String text = Files.readString(ptx);
        for (String entry : NEURON_ENTRIES) {
            assertTrue(text.contains(".entry " + entry + "("), entry);
        }
        // Explicit fma() (the Java models' Math.fma, and CUDA's own exp) stays; nothing else may be contracted.
        assertTrue(!CONTRACTIBLE.matcher(text).find(), "contractible arithmetic although --fmad=false");
    }
}
