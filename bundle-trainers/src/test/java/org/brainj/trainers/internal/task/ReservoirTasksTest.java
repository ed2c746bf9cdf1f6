package org.brainj.trainers.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.brainj.api.model.Parameters;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.train.TrainingOptions;
import org.brainj.trainers.internal.readout.ForceTrainer;
import org.brainj.trainers.internal.reservoir.RateNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReservoirTasksTest {

    @Test
    void mackeyGlassMatchesTheClosedFormDuringTheFirstDelay() {
        // For t ≤ τ the delayed value is the history 1.2, so dx/dt = c − 0.1 x with c = 0.2·1.2/(1 + 1.2¹⁰):
        // x(t) = 10c + (1.2 − 10c) e^{−0.1 t}. RK4 at h = 0.1 is accurate to ~1e-10 here.
        double c = 0.2 * 1.2 / (1 + Math.pow(1.2, 10));
        double[] x = MackeyGlass.series(17, 1.0, 0.0);
        for (int t = 0; t < 17; t++) {
            assertEquals(10 * c + (1.2 - 10 * c) * Math.exp(-0.1 * t), x[t], 1e-10, "t = " + t);
        }
        // The last step up to t = τ still reads only the history (delays in [−h, 0]), so x(τ) obeys the same closed
        // form; interpolating the delayed half-step with the slope just after t = 0 instead of the history's zero
        // slope misses it by ~1e-5.
        double atTau = MackeyGlass.series(2, 17.0, 0.0)[1];
        assertEquals(10 * c + (1.2 - 10 * c) * Math.exp(-0.1 * 17), atTau, 1e-10, "t = 17");
        // The chaotic attractor stays within its known band, about [0.2, 1.4].
        double[] long_ = MackeyGlass.series(2000, 1.0, 500.0);
        double min = 9;
        double max = -9;
        for (double v : long_) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(min > 0.15 && min < 0.5 && max > 1.1 && max < 1.45, "range " + min + " .. " + max);
    }

    @Test
    void esnMackeyGlassMeetsItsTarget(@TempDir Path out) {
        TaskOutcome o = new EsnMackeyGlassTask().run(new TaskSettings(1, 1, 1, 1, out, ProgressListener.NONE));
        double nrmse = o.testMetrics().get("test_nrmse");
        assertTrue(nrmse <= 0.05, "one-step NRMSE " + nrmse);
        assertEquals(1, o.epochs());
        assertEquals(1, o.trainLoss().length);
    }

    @Test
    void forceLearnsTheFourSinesInASmallerNetwork() {
        // The force-sines set-up at 500 units (same g, p, dt/τ, α, learning every 2 steps), 6 epochs of 2 periods,
        // then 2 periods of free running: the fed-back readout reproduces the target.
        RateNetwork net = new RateNetwork(500, 1.5, 0.1, 0.1, 1, 3);
        int steps = ForceSinesTask.EPOCH_STEPS;
        double[] targets = new double[steps];
        for (int k = 0; k < steps; k++) {
            targets[k] = ForceSinesTask.target(k + 1);
        }
        new ForceTrainer().fit(net, new SequenceData(new double[steps], targets, 1), null,
                new TrainingOptions(6, 1, 3, 0, Parameters.of(Map.of("alpha", 1.0, "learn_every", 2.0, "reset", 0.0)),
                        ProgressListener.NONE));
        int test = 2 * ForceSinesTask.PERIOD_STEPS;
        double[] z = new double[test];
        double[] f = new double[test];
        double[] feat = new double[500];
        for (int k = 0; k < test; k++) {
            net.step(new double[1], feat);
            z[k] = net.output();
            f[k] = ForceSinesTask.target(6L * steps + k + 1);
        }
        double nrmse = Nrmse.of(z, f);
        assertTrue(nrmse < 0.1, "free-running NRMSE " + nrmse);
    }

    @Test
    void nrmseIsRmsOverStd() {
        // Targets ±1 (std 1), errors ±0.5: NRMSE 0.5.
        assertEquals(0.5, Nrmse.of(new double[] {1.5, -0.5, 1.5, -1.5}, new double[] {1, -1, 1, -1}), 1e-15);
    }
}
