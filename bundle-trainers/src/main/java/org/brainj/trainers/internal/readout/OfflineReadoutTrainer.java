package org.brainj.trainers.internal.readout;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.train.Dataset;
import org.brainj.api.train.EpochMetrics;
import org.brainj.api.train.OfflineTrainable;
import org.brainj.api.train.Trainable;
import org.brainj.api.train.TrainingKind;
import org.brainj.api.train.TrainingOptions;
import org.brainj.api.train.TrainingReport;
import org.brainj.trainers.internal.linear.Design;

/**
 * An offline readout trainer (BrainPy's {@code OfflineTrainer}): runs the model over every training sequence,
 * collects the features of each targeted step (after the washout) with its target, solves for the readout in one go
 * and writes it into {@link OfflineTrainable#readout()}. Reports one epoch: the mean squared error of the fitted
 * readout on the training and (if given) test data; accuracies are NaN.
 */
abstract class OfflineReadoutTrainer extends ReadoutTrainerBase {

    OfflineReadoutTrainer(String name, String description, List<ParameterSpec> settings) {
        super(name, TrainingKind.OFFLINE, description, withWashout(settings));
    }

    private static List<ParameterSpec> withWashout(List<ParameterSpec> settings) {
        List<ParameterSpec> all = new ArrayList<>(settings);
        all.add(WASHOUT);
        return all;
    }

    /**
     * @param data   the collected design
     * @param hyper  the checked settings
     * @return readout weights m × (d + 1), bias last
     */
    abstract double[] solve(Design data, Parameters hyper);

    @Override
    public final TrainingReport fit(Trainable target, Dataset train, Dataset test, TrainingOptions options) {
        OfflineTrainable model = offline(target);
        Parameters hyper = checked(options.hyper());
        int washout = whole(WASHOUT, hyper.get(WASHOUT));
        long start = System.nanoTime();
        Design design = collect(model, train, "training", washout, options.progress());
        double[] w = solve(design, hyper);
        double[] readout = model.readout();
        if (readout.length != w.length) {
            throw new ModelException("the model's readout has " + readout.length + " weights, expected outputs x "
                    + "(features + 1) = " + model.outputSize() + " x " + (model.featureSize() + 1));
        }
        System.arraycopy(w, 0, readout, 0, w.length);
        double trainLoss = design.meanSquaredError(w);
        double testLoss = test == null ? Double.NaN
                : collect(model, test, "test", washout, org.brainj.api.run.ProgressListener.NONE).meanSquaredError(w);
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new TrainingReport(List.of(new EpochMetrics(1, trainLoss, Double.NaN, testLoss, Double.NaN, seconds)),
                false);
    }

    /**
     * Runs the model over every sample and gathers the targeted steps' features and targets.
     *
     * @param model    the model
     * @param data     the samples
     * @param name     which data, for messages
     * @param washout  steps to leave out at the start of each sequence
     * @param progress told after each sample
     * @return the design
     */
    static Design collect(OfflineTrainable model, Dataset data, String name, int washout,
                          org.brainj.api.run.ProgressListener progress) {
        Samples s = Samples.of(model, data, name);
        int d = model.featureSize();
        int m = s.outputs();
        int perSample = 0;
        for (int k = 0; k < s.steps(); k++) {
            if (s.targeted(k) && k >= washout) {
                perSample++;
            }
        }
        if (perSample == 0) {
            throw new ModelException(name + " data: washout = " + washout + " leaves no targeted step of the "
                    + s.steps() + "-step sequences");
        }
        long rows = (long) perSample * data.size();
        if (rows * Math.max(d, m) > Integer.MAX_VALUE - 8) {
            throw new ModelException(name + " data: " + rows + " fitted steps x " + d
                    + " features do not fit in one array; use fewer samples or a smaller model");
        }
        double[] x = new double[(int) rows * d];
        double[] y = new double[(int) rows * m];
        double[] input = new double[data.inputLength()];
        double[] target = new double[data.targetLength()];
        double[] features = new double[s.steps() * d];
        int row = 0;
        for (int i = 0; i < data.size(); i++) {
            data.read(i, input, target);
            model.features(input, s.steps(), features);
            for (int k = 0; k < s.steps(); k++) {
                if (s.targeted(k) && k >= washout) {
                    System.arraycopy(features, k * d, x, row * d, d);
                    System.arraycopy(target, s.targetOffset(k), y, row * m, m);
                    row++;
                }
            }
            progress.progress(i + 1, data.size());
        }
        return new Design(x, y, (int) rows, d, m);
    }
}
