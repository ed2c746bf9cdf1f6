package org.brainj.analysis.internal.slowpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.brainj.api.analysis.StabilityType;
import org.brainj.api.core.ParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlowPointSpecTest {

    @TempDir
    Path dir;

    private Path spec(String json) throws IOException {
        Path p = dir.resolve("spec.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void weightsFileOfTwoBistableUnits() throws IOException {
        // W = 2I: each unit has roots 0, ±x* of -x + 2 tanh x, so 3^2 = 9 fixed points from uniform candidates;
        // candidates taken from trajectories (20 time units from the same starts) sit next to the 4 stable ones.
        Files.writeString(dir.resolve("W.txt"), "# 2 x 2\n2, 0\n0 2\n");
        SlowPointFinder.SpecRun uniform = SlowPointFinder.runSpec(spec("{\"weights\": \"W.txt\", \"seed\": 3, "
                + "\"candidates\": {\"count\": 100, \"from\": \"uniform\", \"scale\": 3}}"));
        assertEquals(9, uniform.search().points().size());
        SlowPointFinder.SpecRun traj = SlowPointFinder.runSpec(spec("{\"weights\": \"W.txt\", \"seed\": 3, "
                + "\"candidates\": {\"count\": 100, \"scale\": 3}}"));
        assertEquals(4, traj.search().points().size());
        for (SlowPointSearch.Point p : traj.search().points()) {
            assertEquals(StabilityType.STABLE, p.stability());
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) SpecJson.parse(traj.summaryJson());
        assertEquals("slow-points", summary.get("analysis"));
        assertEquals(100.0, summary.get("candidates"));
        assertEquals(4.0, summary.get("kept"));
        List<?> fps = (List<?>) summary.get("fixed_points");
        assertEquals(4, fps.size());
        Map<?, ?> first = (Map<?, ?>) fps.get(0);
        assertEquals("stable", first.get("stability"));
        assertEquals(2, ((Map<?, ?>) first.get("state")).size());
        assertTrue(((Map<?, ?>) first.get("state")).containsKey("x1"));
        assertEquals(2, ((List<?>) first.get("eigenvalues")).size());
        assertEquals(100, ((List<?>) summary.get("opt_losses")).size());
    }

    @Test
    void generatedNetworkBelowGainOneHasTheOriginWithSpectrumOfWMinusOne() throws IOException {
        // b = 0 and gain 0.5: x = 0 is the only fixed point and J(0) = -I + W, so its eigenvalues are those of W
        // shifted by -1 (W regenerated here from the same seed).
        SlowPointFinder.SpecRun run = SlowPointFinder.runSpec(spec("{\"size\": 40, \"gain\": 0.5, \"seed\": 7, "
                + "\"candidates\": {\"count\": 6}}"));
        assertEquals(1, run.search().points().size());
        SlowPointSearch.Point p = run.search().points().get(0);
        for (double v : p.state()) {
            assertEquals(0.0, v, 1e-9);
        }
        int n = 40;
        double[] w = RateRnn.randomWeights(n, 0.5, 7);
        double[] re = new double[n];
        double[] im = new double[n];
        SlowPointFinder.eigenvalues(w, n, re, im, false);
        for (int k = 0; k < n; k++) {
            assertEquals(re[k] - 1.0, p.eigenReal()[k], 1e-9);
            assertEquals(Math.abs(im[k]), Math.abs(p.eigenImag()[k]), 1e-9);
        }
        assertEquals(StabilityType.STABLE, p.stability());
    }

    @Test
    void discreteSpecWithoutEigenvalues() throws IOException {
        // Map x -> tanh(2x) per unit (W = 2I, discrete): fixed points 0 and ±x*, x* = tanh(2x*) ≈ 0.9575;
        // from trajectories (20 iterations) candidates converge to the stable ±x* (|2 sech^2(2x*)| < 1), 2^2 = 4 points.
        // With eigenvalues off no stability is reported.
        Files.writeString(dir.resolve("W.txt"), "2 0\n0 2\n");
        SlowPointFinder.SpecRun run = SlowPointFinder.runSpec(spec("{\"type\": \"discrete\", \"weights\": "
                + "\"W.txt\", \"candidates\": {\"count\": 40, \"scale\": 2}, \"eigenvalues\": false}"));
        double xs = 1.0;
        for (int k = 0; k < 200; k++) {
            xs = Math.tanh(2 * xs);
        }
        assertEquals(4, run.search().points().size());
        for (SlowPointSearch.Point p : run.search().points()) {
            assertEquals(xs, Math.abs(p.state()[0]), 1e-9);
            assertEquals(xs, Math.abs(p.state()[1]), 1e-9);
        }
        Map<?, ?> first = (Map<?, ?>) ((List<?>) ((Map<?, ?>) SpecJson.parse(run.summaryJson()))
                .get("fixed_points")).get(0);
        assertEquals(null, first.get("stability"));
        assertEquals(0, ((List<?>) first.get("eigenvalues")).size());
        assertEquals("eigenvalues", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3, \"eigenvalues\": 1}"))).parameter());
    }

    @Test
    void badSpecsNameTheKey() throws IOException {
        assertEquals("sise", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"sise\": 10}"))).parameter());
        assertEquals("size", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"gain\": 1}"))).parameter());
        assertEquals("type", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3, \"type\": \"flow\"}"))).parameter());
        assertEquals("method", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3, \"method\": \"bfgs\"}"))).parameter());
        assertEquals("candidates.count", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3, \"candidates\": {\"count\": 0}}"))).parameter());
        assertEquals("tol_unique", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3, \"tol_unique\": -1}"))).parameter());
        assertEquals("weights", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"weights\": \"missing.txt\"}"))).parameter());
        Files.writeString(dir.resolve("R.txt"), "1 2\n3\n");
        assertEquals("weights", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"weights\": \"R.txt\"}"))).parameter());
        assertEquals("bias", assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3, \"bias\": [1, 2]}"))).parameter());
        ParameterException json = assertThrows(ParameterException.class,
                () -> SlowPointFinder.runSpec(spec("{\"size\": 3,}")));
        assertEquals("spec", json.parameter());
        assertTrue(json.value().startsWith("offset 11"), json.value());
    }
}
