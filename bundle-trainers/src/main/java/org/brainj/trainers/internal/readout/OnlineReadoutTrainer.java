package org.brainj.trainers.internal.readout;

import java.util.ArrayList;
import java.util.List;

import org.brainj.api.core.BrainjException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.train.Dataset;
import org.brainj.api.train.EpochMetrics;
import org.brainj.api.train.OnlineTrainable;
import org.brainj.api.train.Trainable;
import org.brainj.api.train.TrainingKind;
import org.brainj.api.train.TrainingOptions;
import org.brainj.api.train.TrainingReport;

/**
 * An online readout trainer (BrainPy's {@code OnlineTrainer}): steps the model through each training sequence and,
 * at every {@code learn_every}-th targeted step after the washout, corrects the readout from the error
 * e = W·[features, 1] − target, so that a model feeding its own output back (FORCE) learns while it runs. Samples
 * are visited in order; the model's state is reset at the start of each sample when {@code reset} = 1, and never
 * when it is 0 (a long recording cut into blocks, each epoch continuing where the last one stopped).
 *
 * <p>Per epoch it reports the training loss as the mean squared error of the outputs before each correction (what
 * the model produced while learning) and, with test data, the mean squared error with learning off. Accuracies are
 * NaN. A non-finite error stops training naming the epoch, sample and step.
 */
abstract class OnlineReadoutTrainer extends ReadoutTrainerBase {

    static final ParameterSpec LEARN_EVERY = ParameterSpec.positive("learn_every", "steps", 1,
            "correct the readout at every n-th targeted step");
    static final ParameterSpec RESET = new ParameterSpec("reset", "1", 1, 0, 1, false,
            "1: reset the model's state at the start of every sample; 0: never (continue from the caller's state)");

    OnlineReadoutTrainer(String name, String description, List<ParameterSpec> settings) {
        super(name, TrainingKind.ONLINE, description, with(settings));
    }

    private static List<ParameterSpec> with(List<ParameterSpec> settings) {
        List<ParameterSpec> all = new ArrayList<>(settings);
        all.add(LEARN_EVERY);
        all.add(RESET);
        all.add(WASHOUT);
        return all;
    }

    /** The learning rule bound to one model's readout. */
    interface Rule {
        /**
         * @param r        [features, 1], the presynaptic vector
         * @param readout  the readout weights (modified)
         * @param errors   output minus target, one per output (before the correction)
         */
        void correct(double[] r, double[] readout, double[] errors);
    }

    /**
     * @param size  length of the presynaptic vector (features + 1)
     * @param hyper the checked settings
     * @return a fresh rule
     */
    abstract Rule rule(int size, Parameters hyper);

    @Override
    public final TrainingReport fit(Trainable target, Dataset train, Dataset test, TrainingOptions options) {
        OnlineTrainable model = online(target);
        Parameters hyper = checked(options.hyper());
        int learnEvery = whole(LEARN_EVERY, hyper.get(LEARN_EVERY));
        boolean reset = hyper.get(RESET) == 1.0;
        if (hyper.get(RESET) != 0.0 && !reset) {
            throw new org.brainj.api.core.ParameterException("reset", String.valueOf(hyper.get(RESET)),
                    "must be 0 or 1");
        }
        int washout = whole(WASHOUT, hyper.get(WASHOUT));
        Samples s = Samples.of(model, train, "training");
        Samples ts = test == null ? null : Samples.of(model, test, "test");
        if (ts != null) {
            if (ts.inputSize() != s.inputSize()) {
                throw new org.brainj.api.core.ModelException("test data: " + ts.inputSize()
                        + " inputs per step, training data " + s.inputSize());
            }
        }
        Rule rule = rule(model.featureSize() + 1, hyper);
        List<EpochMetrics> epochs = new ArrayList<>();
        // Progress in steps, so one long sequence (FORCE) still moves the bar within an epoch.
        long totalSteps = (long) options.epochs() * train.size() * s.steps();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long start = System.nanoTime();
            double trainLoss = run(model, train, s, rule, learnEvery, reset, washout, epoch, options.progress(),
                    (long) (epoch - 1) * train.size() * s.steps(), totalSteps);
            double testLoss = Double.NaN;
            if (test != null) {
                testLoss = run(model, test, ts, null, learnEvery, reset, washout, epoch,
                        ProgressListener.NONE, 0, 0);
            }
            epochs.add(new EpochMetrics(epoch, trainLoss, Double.NaN, testLoss, Double.NaN,
                    (System.nanoTime() - start) * 1e-9));
        }
        return new TrainingReport(epochs, false);
    }

    /**
     * Runs every sample once, learning when a rule is given.
     *
     * @param doneBefore steps done in earlier epochs, for the progress
     * @param total      steps in all epochs, 0 to report nothing
     * @return the mean squared error of the targeted steps after the washout
     */
    static double run(OnlineTrainable model, Dataset data, Samples s, Rule rule, int learnEvery, boolean reset,
                      int washout, int epoch, ProgressListener progress, long doneBefore, long total) {
        int f = model.featureSize();
        int m = s.outputs();
        int u = s.inputSize();
        double[] input = new double[data.inputLength()];
        double[] target = new double[data.targetLength()];
        double[] step = new double[u];
        double[] r = new double[f + 1];
        double[] errors = new double[m];
        double[] readout = model.readout();
        double sq = 0.0;
        long count = 0;
        long targeted = 0;
        for (int i = 0; i < data.size(); i++) {
            data.read(i, input, target);
            if (reset) {
                model.resetState();
            }
            for (int k = 0; k < s.steps(); k++) {
                System.arraycopy(input, k * u, step, 0, u);
                model.step(step, r);
                r[f] = 1.0;
                if (!s.targeted(k) || k < washout) {
                    continue;
                }
                int to = s.targetOffset(k);
                for (int o = 0; o < m; o++) {
                    int wb = o * (f + 1);
                    double z = 0.0;
                    for (int j = 0; j <= f; j++) {
                        z += readout[wb + j] * r[j];
                    }
                    double e = z - target[to + o];
                    if (!Double.isFinite(e)) {
                        throw new BrainjException("online training diverged: output " + o + " = " + z
                                + " at epoch " + epoch + ", sample " + i + ", step " + k
                                + "; lower the learning rate or raise alpha");
                    }
                    errors[o] = e;
                    sq += e * e;
                    count++;
                }
                targeted++;
                if (rule != null && targeted % learnEvery == 0) {
                    rule.correct(r, readout, errors);
                }
                if (total > 0 && (k & 255) == 255) {
                    progress.progress(doneBefore + (long) i * s.steps() + k + 1, total);
                }
            }
            if (total > 0) {
                progress.progress(doneBefore + (long) (i + 1) * s.steps(), total);
            }
        }
        return count == 0 ? Double.NaN : sq / count;
    }
}
