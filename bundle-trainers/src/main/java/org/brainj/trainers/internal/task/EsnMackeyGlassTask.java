package org.brainj.trainers.internal.task;

import java.util.LinkedHashMap;
import java.util.Map;

import org.brainj.api.model.Parameters;
import org.brainj.api.train.TrainingOptions;
import org.brainj.api.train.TrainingReport;
import org.brainj.trainers.internal.linear.Design;
import org.brainj.trainers.internal.readout.RidgeTrainer;
import org.brainj.trainers.internal.reservoir.EchoStateNetwork;
import org.brainj.trainers.internal.reservoir.EsnSettings;

/**
 * {@code esn-mackey-glass}: an echo-state network with a ridge readout predicts the Mackey–Glass series (τ = 17,
 * {@link MackeyGlass}) one step ahead. The series is sampled every 1 time unit after a 1000-unit transient and
 * standardised with the training part's mean and deviation; the network (500 sparse tanh units, spectral radius
 * 0.95, leak 0.3, the input appended to the features) reads x(t) and its readout is fitted to x(t + 1) on 3000
 * steps (the first 200 left out as washout), ridge α = 1e-8. The test runs the next 1000 steps, the network
 * warmed up on the 200 steps before them: {@code test_nrmse} = √(mean (x̂(t+1) − x(t+1))²) / std(x(t+1)) over
 * those 1000 predictions. Offline: one solve, so the task runs one epoch whatever {@code --epochs} says.
 */
public final class EsnMackeyGlassTask implements TrainTask {

    static final int UNITS = 500;
    static final int TRAIN = 3000;
    static final int TEST = 1000;
    static final int WASHOUT = 200;
    static final double RIDGE = 1e-8;

    /** Public no-arg constructor, for {@link java.util.ServiceLoader}. */
    public EsnMackeyGlassTask() {
    }

    @Override
    public String name() {
        return "esn-mackey-glass";
    }

    @Override
    public String description() {
        return "echo-state network + ridge readout predicts Mackey-Glass (tau 17) one step ahead; metric test_nrmse";
    }

    @Override
    public int defaultEpochs() {
        return 1;
    }

    @Override
    public int defaultBatch() {
        return 1;
    }

    @Override
    public TaskOutcome run(TaskSettings settings) {
        long start = System.nanoTime();
        double[] series = MackeyGlass.series(TRAIN + TEST + 1, 1.0, 1000.0);
        double mean = 0.0;
        for (int k = 0; k <= TRAIN; k++) {
            mean += series[k];
        }
        mean /= TRAIN + 1;
        double var = 0.0;
        for (int k = 0; k <= TRAIN; k++) {
            var += (series[k] - mean) * (series[k] - mean);
        }
        double std = Math.sqrt(var / (TRAIN + 1));
        double[] u = new double[series.length];
        for (int k = 0; k < u.length; k++) {
            u[k] = (series[k] - mean) / std;
        }
        EsnSettings es = new EsnSettings(1, UNITS, 1, 0.3, 0.95, 1.0, 1.0, 0.2, 1.0, 0.1, true, 0.0, 0.0, true,
                settings.seed());
        EchoStateNetwork esn = new EchoStateNetwork(es);
        double buildSeconds = (System.nanoTime() - start) * 1e-9;

        SequenceData train = window(u, 0, TRAIN);
        Parameters hyper = Parameters.of(Map.of("alpha", RIDGE, "washout", (double) WASHOUT));
        TrainingReport report = new RidgeTrainer().fit(esn, train, null,
                new TrainingOptions(1, 1, settings.seed(), 0, hyper, settings.progress()));

        double[] in = new double[WASHOUT + TEST];
        double[] target = new double[TEST];
        System.arraycopy(u, TRAIN - WASHOUT, in, 0, WASHOUT + TEST);
        System.arraycopy(u, TRAIN + 1, target, 0, TEST);
        double[] features = new double[(WASHOUT + TEST) * esn.featureSize()];
        esn.features(in, WASHOUT + TEST, features);
        double[] tail = java.util.Arrays.copyOfRange(features, WASHOUT * esn.featureSize(), features.length);
        double[] predicted = new double[TEST];
        Design.predict(esn.readout(), tail, TEST, esn.featureSize(), 1, predicted);
        double nrmse = Nrmse.of(predicted, target);
        double total = (System.nanoTime() - start) * 1e-9;

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("units", UNITS);
        extra.put("spectral_radius", 0.95);
        extra.put("w_rec_scaled_by", esn.scaledBy());
        extra.put("leak", 0.3);
        extra.put("sparse", true);
        extra.put("rec_connectivity", 0.1);
        extra.put("ridge_alpha", RIDGE);
        extra.put("train_steps", TRAIN);
        extra.put("washout", WASHOUT);
        extra.put("test_steps", TEST);
        extra.put("sample_interval", 1.0);
        extra.put("integrator", "RK4, h = 0.1, cubic Hermite history interpolation");
        extra.put("train_loss_definition", "mean squared one-step error on the standardised training series");
        extra.put("build_s", buildSeconds);
        extra.put("test_nrmse_definition", "sqrt(mean((xhat(t+1) - x(t+1))^2)) / std(x(t+1)) over the 1000 test "
                + "steps, one-step-ahead, series sampled every 1 time unit");
        return new TaskOutcome(name(), 1, new double[] {report.epochs().get(0).trainLoss()},
                Map.of("test_nrmse", nrmse), total, new double[] {report.epochs().get(0).seconds()}, extra);
    }

    /** One sample: inputs u[from … from+steps−1], targets u[from+1 … from+steps]. */
    private static SequenceData window(double[] u, int from, int steps) {
        double[] in = java.util.Arrays.copyOfRange(u, from, from + steps);
        double[] out = java.util.Arrays.copyOfRange(u, from + 1, from + steps + 1);
        return new SequenceData(in, out, 1);
    }
}
