package org.brainj.models.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.InitializerSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.kit.CsrConnectivity;
import org.brainj.models.kit.Initializers;
import org.brainj.models.kit.Network;
import org.brainj.models.zoo.Cuba;
import org.brainj.models.zoo.Expon;
import org.brainj.models.zoo.LifRef;
import org.junit.jupiter.api.Test;

/**
 * A projection whose weight names a matrix initializer gets, at each synapse (i, j), the constant weight times entry
 * (i, j) of the matrix the kit's initializer draws with the run's seed and the projection's stream: the expected
 * values are the kit's own {@link Initializers} calls, so a spec and Java agree bit for bit.
 */
class WeightInitializerSpecTest {

    private static final SimulationOptions OPTIONS = SimulationOptions.DEFAULTS.withBackend("cpu").withSeed(11);
    private static final int PRE = 24;
    private static final int POST = 9;

    private static NetworkSpec spec(String connector, Parameters connectorParams, String comm, double gain,
                                    InitializerSpec init) {
        ProjectionSpec p = new ProjectionSpec("A2B", ProjectionKind.ALIGN_POST, "A", "B", connector, connectorParams,
                comm, Expon.MODEL, Parameters.empty(), Cuba.MODEL, Parameters.empty(), Initializer.constant(gain),
                Initializer.constant(0.0)).withWeightInit(init);
        return new NetworkSpec("init", List.of(new PopulationSpec("A", LifRef.MODEL, PRE, Parameters.empty()),
                new PopulationSpec("B", LifRef.MODEL, POST, Parameters.empty())), List.of(p), List.of());
    }

    private static CsrMatrix built(NetworkSpec spec, SimulationOptions options) {
        Network net = (Network) new NetworkSimulator().build(spec, options).root();
        return ((CsrConnectivity) net.projections().get(0).communication()).matrix();
    }

    @Test
    void kaimingUniformWeightsEqualTheKitsMatrixForTheSameSeed() {
        InitializerSpec init = new InitializerSpec("KaimingUniform", Parameters.of(Map.of("scale", 2.0)));
        CsrMatrix m = built(spec("All2All", Parameters.empty(), "csr", 1.0, init), OPTIONS);
        double[] expected = Initializers.kaimingUniform().matrix(PRE, POST, new CounterRandom(OPTIONS.seed()),
                NetworkBuilder.PROJECTION_STREAM);
        assertEquals(PRE * POST, m.nnz());
        assertArrayEquals(expected, m.data(), "All2All in CSR order is the row-major matrix");
        double bound = Math.sqrt(3 * 2.0 / PRE); // He et al. 2015: U(±√(6/fan_in))
        for (double w : m.data()) {
            assertTrue(Math.abs(w) <= bound, w + " outside ±" + bound);
        }
        // Same weights with 4 threads: drawn once at build time from the counter-based generator.
        assertArrayEquals(m.data(), built(spec("All2All", Parameters.empty(), "csr", 1.0, init),
                OPTIONS.withThreads(4)).data());
    }

    /** A → A (or A → B) All2All with the given sizes: the full pre × post matrix in CSR order. */
    private static double[] allToAll(int pre, int post, InitializerSpec init) {
        ProjectionSpec p = new ProjectionSpec("P2Q", ProjectionKind.ALIGN_POST, "P", "Q", "All2All",
                Parameters.empty(), "csr", Expon.MODEL, Parameters.empty(), Cuba.MODEL, Parameters.empty(),
                Initializer.constant(1.0), Initializer.constant(0.0)).withWeightInit(init);
        NetworkSpec spec = new NetworkSpec("init", List.of(new PopulationSpec("P", LifRef.MODEL, pre,
                Parameters.empty()), new PopulationSpec("Q", LifRef.MODEL, post, Parameters.empty())), List.of(p),
                List.of());
        CsrMatrix m = built(spec, OPTIONS);
        assertEquals((long) pre * post, m.nnz());
        return m.data();
    }

    @Test
    void gridKernelsDeltaOrthogonalAndClipFromSpecsEqualTheKitsInitializers() {
        CounterRandom rng = new CounterRandom(OPTIONS.seed());
        int stream = NetworkBuilder.PROJECTION_STREAM;
        // GaussianDecay on 4 rows of 6 (24 neurons, periodic): the kit's kernel on the grid {4, 6}
        double[] gauss = allToAll(PRE, PRE, new InitializerSpec("GaussianDecay", Parameters.of(Map.of(
                "sigma", 0.2, "max_w", 2.0, "grid_rows", 4.0))));
        assertArrayEquals(Initializers.gaussianDecay(0.2, 2.0, 0.005, new int[] {4, 6}, true, true, true)
                .matrix(PRE, PRE, rng, stream), gauss);
        // DOGDecay on a ring of 24
        double[] dog = allToAll(PRE, PRE, InitializerSpec.of("DOGDecay"));
        assertArrayEquals(Initializers.dogDecay(new double[] {1.0, 2.0}, new double[] {1.0, 0.5}, 0.0025,
                new int[] {PRE}, true, true, true).matrix(PRE, PRE, rng, stream), dog);
        // DeltaOrthogonal: a 1x1 convolution, in = 9 <= out = 24: orthonormal rows times the scale
        double[] delta = allToAll(POST, PRE, new InitializerSpec("DeltaOrthogonal", Parameters.of(Map.of("scale",
                2.0))));
        assertArrayEquals(Initializers.deltaOrthogonal(2.0, 1).matrix(POST, PRE, rng, stream), delta);
        for (int i = 0; i < POST; i++) {
            double norm = 0;
            for (int j = 0; j < PRE; j++) {
                norm += delta[i * PRE + j] * delta[i * PRE + j];
            }
            assertEquals(4.0, norm, 1e-12, "row " + i + " has norm scale^2");
        }
        // Clip of Normal(0, 1) to [-0.5, 0.5]
        InitializerSpec normal = new InitializerSpec("Normal", Parameters.of(Map.of("scale", 1.0)));
        double[] clipped = allToAll(PRE, POST, new InitializerSpec("Clip", Parameters.of(Map.of("min", -0.5, "max",
                0.5)), normal));
        assertArrayEquals(Initializers.clip(Initializers.normal(0.0, 1.0), -0.5, 0.5).matrix(PRE, POST, rng,
                stream), clipped);
        for (double w : clipped) {
            assertTrue(w >= -0.5 && w <= 0.5, w + " outside the clip");
        }
    }

    @Test
    void orthogonalWeightsOnFixedProbAreTheMaskedKitMatrixTimesTheGain() {
        InitializerSpec init = new InitializerSpec("Orthogonal", Parameters.of(Map.of("scale", 1.5)));
        CsrMatrix m = built(spec("FixedProb", Parameters.of(Map.of("prob", 0.3)), "auto", 0.5, init), OPTIONS);
        double[] full = Initializers.orthogonal(1.5).matrix(PRE, POST, new CounterRandom(OPTIONS.seed()),
                NetworkBuilder.PROJECTION_STREAM);
        assertTrue(m.nnz() > 0 && m.nnz() < PRE * POST, "FixedProb keeps part of the matrix: " + m.nnz());
        for (int i = 0; i < PRE; i++) {
            for (int k = m.indptr()[i]; k < m.indptr()[i + 1]; k++) {
                assertEquals(0.5 * full[i * POST + m.indices()[k]], m.data()[k], 0.0, "synapse " + i + "->"
                        + m.indices()[k]);
            }
        }
    }

    @Test
    void jitAndBadInitializersAreRefusedNamingTheProjection() {
        InitializerSpec kaiming = InitializerSpec.of("KaimingNormal");
        BrainjException jit = assertThrows(BrainjException.class, () -> built(spec("FixedProb",
                Parameters.of(Map.of("prob", 0.3)), "jit", 1.0, kaiming), OPTIONS));
        assertTrue(jit.getMessage().contains("projection A2B.weight") && jit.getMessage().contains("csr or dense"),
                jit.getMessage());

        BrainjException unknown = assertThrows(BrainjException.class, () -> built(spec("All2All",
                Parameters.empty(), "csr", 1.0, InitializerSpec.of("He")), OPTIONS));
        assertTrue(unknown.getMessage().contains("projection A2B.weight") && unknown.getMessage()
                .contains("KaimingUniform") && unknown.getMessage().contains("Orthogonal"), unknown.getMessage());

        BrainjException range = assertThrows(BrainjException.class, () -> built(spec("All2All", Parameters.empty(),
                "csr", 1.0, new InitializerSpec("KaimingUniform", Parameters.of(Map.of("scale", -1.0)))), OPTIONS));
        assertTrue(range.getMessage().contains("scale") && range.getMessage().contains("> 0"), range.getMessage());

        BrainjException grid = assertThrows(BrainjException.class, () -> built(spec("All2All", Parameters.empty(),
                "csr", 1.0, InitializerSpec.of("GaussianDecay")), OPTIONS));
        assertTrue(grid.getMessage().contains("square matrix"), grid.getMessage());

        BrainjException clip = assertThrows(BrainjException.class, () -> built(spec("All2All", Parameters.empty(),
                "csr", 1.0, InitializerSpec.of("Clip")), OPTIONS));
        assertTrue(clip.getMessage().contains("Clip.of"), clip.getMessage());

        ParameterException law = assertThrows(ParameterException.class, () -> spec("All2All", Parameters.empty(),
                "csr", 1.0, kaiming).projections().get(0).withWeight(Initializer.normal(0, 1)));
        assertTrue(law.getMessage().contains("gain"), law.getMessage());
    }
}
