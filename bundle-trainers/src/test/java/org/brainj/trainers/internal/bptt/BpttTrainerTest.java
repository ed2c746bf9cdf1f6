package org.brainj.trainers.internal.bptt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.train.Dataset;
import org.brainj.api.train.Differentiable;
import org.brainj.api.train.EpochMetrics;
import org.brainj.api.train.LossFunction;
import org.brainj.api.train.Trainable;
import org.brainj.api.train.Trainer;
import org.brainj.api.train.TrainingKind;
import org.brainj.api.train.TrainingOptions;
import org.brainj.api.train.TrainingReport;
import org.brainj.trainers.internal.ArctanSurrogate;
import org.brainj.trainers.internal.Sgd;
import org.brainj.trainers.internal.autodiff.SpikeFunction;
import org.brainj.trainers.internal.snn.Dense;
import org.brainj.trainers.internal.snn.LeakyReadout;
import org.brainj.trainers.internal.snn.Lif;
import org.brainj.trainers.internal.snn.Readout;
import org.brainj.trainers.internal.snn.SpikingNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpttTrainerTest {

    @TempDir
    Path dir;

    /** Class k: channel k fires with probability 0.8 per step, the other channel with 0.2 (seeded). */
    private static Dataset twoChannels(int size, int steps, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] inputs = new double[size][steps * 2];
        int[] labels = new int[size];
        for (int s = 0; s < size; s++) {
            labels[s] = s % 2;
            for (int t = 0; t < steps; t++) {
                for (int c = 0; c < 2; c++) {
                    inputs[s][t * 2 + c] = r.nextDouble() < (c == labels[s] ? 0.8 : 0.2) ? 1.0 : 0.0;
                }
            }
        }
        return new Dataset() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public int inputLength() {
                return steps * 2;
            }

            @Override
            public int targetLength() {
                return 2;
            }

            @Override
            public void read(int index, double[] input, double[] target) {
                System.arraycopy(inputs[index], 0, input, 0, steps * 2);
                target[0] = labels[index] == 0 ? 1 : 0;
                target[1] = labels[index] == 1 ? 1 : 0;
            }
        };
    }

    private static SpikingNetwork smallSnn(int steps, int threads) {
        SplittableRandom r = new SplittableRandom(3);
        SpikeFunction spike = SpikeFunction.heaviside(new ArctanSurrogate(), 2.0);
        return new SpikingNetwork(steps, 2, List.of(new Dense("in", 2, 8, true, 3.0, r),
                new Lif("lif", 8, 10.0, 1.0, 1.0, 0.0, false, true, spike, false, r),
                new Dense("out", 8, 2, true, 3.0, r), new LeakyReadout("readout", 2, 10.0, 1.0)),
                Readout.MEAN_OVER_TIME, 4, threads, 0);
    }

    private static TrainingOptions options(int epochs, int batch, int patience, double rate) {
        return new TrainingOptions(epochs, batch, 42, patience, Parameters.empty().with("learning_rate", rate),
                ProgressListener.NONE);
    }

    @Test
    void bpttLearnsATinySpikingTask() {
        Dataset train = twoChannels(48, 10, 1);
        Dataset test = twoChannels(24, 10, 2);
        List<long[]> progress = new ArrayList<>();
        TrainingOptions opts = new TrainingOptions(20, 8, 42, 0, Parameters.empty().with("learning_rate", 5e-2),
                (done, total) -> progress.add(new long[] {done, total}));
        TrainingReport report;
        try (SpikingNetwork net = smallSnn(10, 2)) {
            report = new BpttTrainer().fit(net, train, test, opts);
        }
        List<EpochMetrics> e = report.epochs();
        assertEquals(20, e.size());
        assertFalse(report.stoppedEarly());
        // Chance is 0.5 and log 2 = 0.693 nats; the channels separate the classes with P(error) < 1e-3 per sample.
        assertTrue(e.get(19).trainLoss() < 0.5 * e.get(0).trainLoss(), e.toString());
        assertTrue(e.get(19).testAccuracy() >= 0.95, e.toString());
        assertTrue(e.get(0).seconds() > 0.0);
        assertArrayEquals(new long[] {48, 48}, progress.get(progress.size() - 1));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Dataset train = twoChannels(20, 6, 1);
        TrainingReport one;
        TrainingReport two;
        try (SpikingNetwork a = smallSnn(6, 1); SpikingNetwork b = smallSnn(6, 2)) {
            one = new BpttTrainer().fit(a, train, null, options(2, 10, 0, 1e-2));
            two = new BpttTrainer().fit(b, train, null, options(2, 10, 0, 1e-2));
            for (int p = 0; p < a.parameters().length; p++) {
                assertArrayEquals(a.parameters()[p], b.parameters()[p], 0.0);
            }
        }
        assertEquals(one.epochs().get(1).trainLoss(), two.epochs().get(1).trainLoss(), 0.0);
    }

    /** y = w·x with MSE on 2 features; optionally returns NaN or a huge gradient at a given call. */
    private static final class Linear implements Differentiable {
        final double[] w = {0.5, -0.5};
        int calls;
        int nanAtCall = -1;
        int hugeAtCall = -1;

        @Override
        public String[] parameterNames() {
            return new String[] {"w"};
        }

        @Override
        public double[][] parameters() {
            return new double[][] {w};
        }

        @Override
        public double lossAndGradients(double[] inputs, double[] targets, int batch, LossFunction loss,
                                       double[][] gradients, double[] predicted) {
            calls++;
            double[] g = new double[batch];
            for (int b = 0; b < batch; b++) {
                predicted[b] = w[0] * inputs[2 * b] + w[1] * inputs[2 * b + 1];
            }
            double value = loss.evaluate(predicted, targets, batch, 1, g);
            gradients[0][0] = 0;
            gradients[0][1] = 0;
            for (int b = 0; b < batch; b++) {
                gradients[0][0] += g[b] * inputs[2 * b];
                gradients[0][1] += g[b] * inputs[2 * b + 1];
            }
            if (calls == hugeAtCall) {
                gradients[0][0] = 1e300;
            }
            return calls == nanAtCall ? Double.NaN : value;
        }
    }

    private static Dataset regression(int size, double shift) {
        return new Dataset() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public int inputLength() {
                return 2;
            }

            @Override
            public int targetLength() {
                return 1;
            }

            @Override
            public void read(int index, double[] input, double[] target) {
                input[0] = index % 3;
                input[1] = 1.0;
                target[0] = 2 * input[0] - 1 + shift;
            }
        };
    }

    private BpttTrainer mse() {
        return new BpttTrainer().withLoss((p, t, rows, cols, g) -> {
            double s = 0;
            for (int i = 0; i < rows * cols; i++) {
                double d = p[i] - t[i];
                s += d * d;
                if (g != null) {
                    g[i] = 2 * d / (rows * cols);
                }
            }
            return s / (rows * cols);
        });
    }

    @Test
    void nanLossStopsNamingEpochAndBatchAndKeepsTheLastGoodWeights() {
        Linear model = new Linear();
        model.nanAtCall = 5; // 4 batches per epoch: epoch 2, batch 1
        double[][] before = new double[1][];
        BpttTrainer trainer = mse().withEpochListener(m -> before[0] = model.w.clone());
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> trainer.fit(model, regression(16, 0), null, options(5, 4, 0, 1e-2)));
        assertEquals(2, e.epoch());
        assertEquals(1, e.batch());
        assertTrue(e.getMessage().contains("loss = NaN at epoch 2, batch 1 of 4"), e.getMessage());
        assertEquals(1, e.completed().size());
        assertArrayEquals(before[0], model.w, 0.0, "the weights after epoch 1, untouched by the NaN batch");

        Linear exploding = new Linear();
        exploding.hugeAtCall = 3;
        double[] expected = new double[2];
        BpttTrainer sgd = mse().withOptimizer(new Sgd());
        TrainingDivergedException p = assertThrows(TrainingDivergedException.class,
                () -> sgd.fit(new Differentiable() {
                    @Override
                    public String[] parameterNames() {
                        return exploding.parameterNames();
                    }

                    @Override
                    public double[][] parameters() {
                        return exploding.parameters();
                    }

                    @Override
                    public double lossAndGradients(double[] in, double[] tg, int batch, LossFunction loss,
                                                   double[][] g, double[] pr) {
                        System.arraycopy(exploding.w, 0, expected, 0, 2);
                        double v = exploding.lossAndGradients(in, tg, batch, loss, g, pr);
                        g[0][0] = exploding.calls == 3 ? 1e300 : g[0][0];
                        return v;
                    }
                }, regression(16, 0), null, options(5, 4, 0, 1e10)));
        assertEquals(1, p.epoch());
        assertTrue(p.getMessage().contains("parameter 'w'[0]") && p.getMessage().contains("batch 3 of 4"),
                p.getMessage());
        assertArrayEquals(expected, exploding.w, 0.0, "restored to the weights before the failing update");
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() {
        Linear model = new Linear();
        // Test targets shifted by 10: fitting the train set makes the test loss grow from the first epoch on.
        List<double[]> weights = new ArrayList<>();
        BpttTrainer trainer = mse().withEpochListener(m -> weights.add(model.w.clone()));
        TrainingReport r = trainer.fit(model, regression(16, 0), regression(8, -10), options(50, 4, 2, 0.05));
        assertTrue(r.stoppedEarly());
        int best = 0;
        for (int i = 1; i < r.epochs().size(); i++) {
            if (r.epochs().get(i).testLoss() < r.epochs().get(best).testLoss()) {
                best = i;
            }
        }
        assertEquals(best + 1 + 2, r.epochs().size(), "stops after patience = 2 epochs without improvement");
        assertArrayEquals(weights.get(best), model.w, 0.0);
    }

    @Test
    void checkpointRoundTripAndMismatch() throws Exception {
        Path file = dir.resolve("w.bin");
        try (SpikingNetwork net = smallSnn(5, 1); SpikingNetwork other = smallSnn(5, 1)) {
            double[][] saved = new double[net.parameters().length][];
            for (int p = 0; p < saved.length; p++) {
                net.parameters()[p][0] = 0.125 + p;
                saved[p] = net.parameters()[p].clone();
            }
            WeightCheckpoint.save(file, net);
            // UTF magic (2 + 14), version, count, per array UTF name (2 + length), length, 8 bytes per value.
            assertEquals(2 + 14 + 4 + 4 + saved.length * (2 + 4) + "in.weightin.biasout.weightout.bias".length()
                    + 8L * (16 + 8 + 16 + 2), Files.size(file), "documented layout");
            WeightCheckpoint.load(file, other);
            for (int p = 0; p < saved.length; p++) {
                assertArrayEquals(saved[p], other.parameters()[p], 0.0);
            }
        }
        SplittableRandom r = new SplittableRandom(1);
        try (SpikingNetwork wider = new SpikingNetwork(5, 2, List.of(new Dense("in", 2, 9, true, 1.0, r),
                new Dense("out", 9, 2, true, 1.0, r)), Readout.LAST_STEP, 4, 1, 0)) {
            double[] before = wider.parameters()[0].clone();
            ModelException e = assertThrows(ModelException.class, () -> WeightCheckpoint.load(file, wider));
            assertTrue(e.getMessage().contains("'in.weight' has 16 values, the model expects 18"), e.getMessage());
            assertArrayEquals(before, wider.parameters()[0], 0.0, "a failed load changes nothing");
        }
        Linear model = new Linear();
        Path best = dir.resolve("best.bin");
        mse().withCheckpoint(best).fit(model, regression(16, 0), null, options(3, 4, 0, 1e-2));
        Linear restored = new Linear();
        WeightCheckpoint.load(best, restored);
        assertArrayEquals(model.w, restored.w, 0.0, "training loss falls every epoch, so the last is the best");
    }

    @Test
    void modelWithoutTheRoleIsRejectedNamingIt() {
        Trainable notDifferentiable = new Trainable() { };
        ModelException e = assertThrows(ModelException.class,
                () -> new BpttTrainer().fit(notDifferentiable, regression(4, 0), null, options(1, 2, 0, 1e-3)));
        assertTrue(e.getMessage().contains("Differentiable") && e.getMessage().contains("bptt"), e.getMessage());
    }

    @Test
    void dataShapeMismatchNamesExpectedAndActual() {
        try (SpikingNetwork net = smallSnn(10, 1)) {
            ModelException e = assertThrows(ModelException.class,
                    () -> new BpttTrainer().fit(net, twoChannels(4, 8, 1), null, options(1, 2, 0, 1e-3)));
            assertTrue(e.getMessage().contains("input 20") && e.getMessage().contains("got input 16"),
                    e.getMessage());
            e = assertThrows(ModelException.class,
                    () -> new BpttTrainer().fit(net, twoChannels(4, 10, 1), twoChannels(4, 9, 1),
                            options(1, 2, 0, 1e-3)));
            assertTrue(e.getMessage().startsWith("test data") && e.getMessage().contains("got input 18"),
                    e.getMessage());
        }
        assertThrows(org.brainj.api.core.ParameterException.class, () -> new BpttTrainer().fit(new Linear(),
                regression(4, 0), null, new TrainingOptions(1, 2, 1, 0, Parameters.empty().with("rho", 1.0),
                        ProgressListener.NONE)));
    }

    @Test
    void isAServiceOfKindBptt() {
        assertTrue(Providers.names(Trainer.class).contains("bptt"), Providers.names(Trainer.class).toString());
        assertEquals(TrainingKind.BPTT, Providers.require(Trainer.class, "bptt").trainingKind());
    }
}
