package org.brainj.trainers.internal.bptt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.train.Dataset;
import org.brainj.api.train.Differentiable;
import org.brainj.api.train.EpochMetrics;
import org.brainj.api.train.LearningRateSchedule;
import org.brainj.api.train.LossFunction;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.Trainable;
import org.brainj.api.train.Trainer;
import org.brainj.api.train.TrainingKind;
import org.brainj.api.train.TrainingOptions;
import org.brainj.api.train.TrainingReport;
import org.brainj.api.train.UpdateRule;
import org.brainj.trainers.internal.Adam;
import org.brainj.trainers.internal.CrossEntropy;
import org.brainj.trainers.internal.snn.SpikingNetwork;
import org.osgi.service.component.annotations.Component;

/**
 * Back-propagation through time with surrogate gradients (BrainPy's {@code bp.BPTT}): per epoch the training set is
 * shuffled (seeded), cut into batches, and for each batch the model's {@link Differentiable#lossAndGradients}
 * result is applied by the optimizer. After each epoch the test set (if any) is evaluated forward only.
 *
 * <p>Hyper-parameters ({@link TrainingOptions#hyper()}): {@code learning_rate} (default 1e-3, used when no
 * schedule is set) and the optimizer's own (Adam's {@code beta1}, ... by default). Early stopping watches the
 * test loss (the training loss without a test set): after {@code patience} epochs without a new minimum, training
 * stops and the weights of the best epoch are restored. With a checkpoint file set, the best weights so far are
 * written to it after each improving epoch ({@link WeightCheckpoint} format). A NaN or infinite loss, gradient or
 * parameter stops training with a {@link TrainingDivergedException} naming epoch and batch; the model keeps the
 * weights from before that batch.
 *
 * <p>Instances are immutable; the {@code with…} methods return configured copies. The DS component is the default:
 * Adam on softmax cross-entropy.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=" + BpttTrainer.RANKING)
public final class BpttTrainer implements Trainer {

    /** The service ranking, shared by the DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    /** The trainer's name. */
    public static final String NAME = "bptt";

    /** Learning rate when no schedule is set. */
    public static final ParameterSpec LEARNING_RATE = ParameterSpec.positive("learning_rate", "1", 1e-3,
            "optimizer step size (ignored when a schedule is set)");

    private static final System.Logger LOG = System.getLogger(BpttTrainer.class.getName());
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final Optimizer optimizer;
    private final LossFunction loss;
    private final LearningRateSchedule schedule;
    private final Path checkpoint;
    private final Consumer<EpochMetrics> epochListener;

    /** Adam on softmax cross-entropy, constant learning rate, no checkpoint file. */
    public BpttTrainer() {
        this(new Adam(), new CrossEntropy(), null, null, m -> { });
    }

    private BpttTrainer(Optimizer optimizer, LossFunction loss, LearningRateSchedule schedule, Path checkpoint,
                        Consumer<EpochMetrics> epochListener) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        this.loss = Objects.requireNonNull(loss, "loss");
        this.schedule = schedule;
        this.checkpoint = checkpoint;
        this.epochListener = Objects.requireNonNull(epochListener, "epochListener");
    }

    /**
     * @param value the optimizer (its hyper-parameters come from {@link TrainingOptions#hyper()})
     * @return a copy using it
     */
    public BpttTrainer withOptimizer(Optimizer value) {
        return new BpttTrainer(value, loss, schedule, checkpoint, epochListener);
    }

    /**
     * @param value the loss to minimise
     * @return a copy using it
     */
    public BpttTrainer withLoss(LossFunction value) {
        return new BpttTrainer(optimizer, value, schedule, checkpoint, epochListener);
    }

    /**
     * @param value the learning rate per update and epoch, or null for the constant {@code learning_rate}
     * @return a copy using it
     */
    public BpttTrainer withSchedule(LearningRateSchedule value) {
        return new BpttTrainer(optimizer, loss, value, checkpoint, epochListener);
    }

    /**
     * @param file where the best weights are written after each improving epoch, or null for none
     * @return a copy using it
     */
    public BpttTrainer withCheckpoint(Path file) {
        return new BpttTrainer(optimizer, loss, schedule, file, epochListener);
    }

    /**
     * @param value told each epoch's metrics as soon as it ends
     * @return a copy using it
     */
    public BpttTrainer withEpochListener(Consumer<EpochMetrics> value) {
        return new BpttTrainer(optimizer, loss, schedule, checkpoint, value);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public String kind() {
        return "cpu";
    }

    @Override
    public TrainingKind trainingKind() {
        return TrainingKind.BPTT;
    }

    /**
     * @param model the model
     * @return it as a {@link Differentiable}
     * @throws ModelException naming the missing role
     */
    static Differentiable requireDifferentiable(Trainable model) {
        if (model instanceof Differentiable d) {
            return d;
        }
        throw new ModelException("trainer '" + NAME + "' (TrainingKind.BPTT) needs a model with the role "
                + "Differentiable (org.brainj.api.train.Differentiable); "
                + (model == null ? "got null" : model.getClass().getName() + " does not implement it"));
    }

    private static void checkData(String which, Dataset data, int inputLength, int targetLength, String expected) {
        if (data.inputLength() != inputLength || data.targetLength() != targetLength) {
            throw new ModelException(which + " data: expected samples of shape input " + inputLength + ", target "
                    + targetLength + expected + ", got input " + data.inputLength() + ", target "
                    + data.targetLength());
        }
    }

    @Override
    public TrainingReport fit(Trainable model, Dataset train, Dataset test, TrainingOptions options) {
        Differentiable net = requireDifferentiable(model);
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(options, "options");
        if (train.size() < 1) {
            throw new ModelException("train data: has no samples");
        }
        int inLength = train.inputLength();
        int outLength = train.targetLength();
        if (net instanceof SpikingNetwork s) {
            checkData("train", train, s.inputLength(), s.outputLength(), " (steps x features = " + s.steps() + " x "
                    + s.features() + ", outputs " + s.outputLength() + ")");
        }
        if (test != null) {
            checkData("test", test, inLength, outLength, " (as the train data)");
        }
        List<ParameterSpec> known = new ArrayList<>(optimizer.hyperParameters());
        known.add(LEARNING_RATE);
        options.hyper().requireKnown(NAME + " with optimizer '" + optimizer.name() + "'", known);
        Map<String, Double> optimizerHyper = new HashMap<>(options.hyper().asMap());
        optimizerHyper.remove(LEARNING_RATE.name());
        Parameters optimizerParams = Parameters.of(optimizerHyper);
        double constantRate = options.hyper().get(LEARNING_RATE);
        return new Run(net, train, test, options, optimizerParams, constantRate).fit();
    }

    /** The state of one {@link #fit} call. */
    private final class Run {

        private final Differentiable net;
        private final Dataset train;
        private final Dataset test;
        private final TrainingOptions options;
        private final double constantRate;
        private final double[][] params;
        private final String[] names;
        private final double[][] gradients;
        private final double[][] lastGood;
        private final double[][] best;
        private final UpdateRule[] rules;
        private final int batch;
        private final int inLength;
        private final int outLength;
        private final double[] sampleIn;
        private final double[] sampleTarget;
        private final List<EpochMetrics> history = new ArrayList<>();
        private long updates;

        Run(Differentiable net, Dataset train, Dataset test, TrainingOptions options, Parameters optimizerParams,
            double constantRate) {
            this.net = net;
            this.train = train;
            this.test = test;
            this.options = options;
            this.constantRate = constantRate;
            this.params = net.parameters();
            this.names = net.parameterNames();
            if (names.length != params.length) {
                throw new ModelException("model reports " + names.length + " parameter names for " + params.length
                        + " parameter arrays");
            }
            this.gradients = new double[params.length][];
            this.lastGood = new double[params.length][];
            this.best = new double[params.length][];
            this.rules = new UpdateRule[params.length];
            for (int p = 0; p < params.length; p++) {
                gradients[p] = new double[params[p].length];
                lastGood[p] = params[p].clone();
                best[p] = params[p].clone();
                rules[p] = optimizer.create(params[p].length, optimizerParams);
            }
            this.batch = Math.min(options.batchSize(), train.size());
            this.inLength = train.inputLength();
            this.outLength = train.targetLength();
            this.sampleIn = new double[inLength];
            this.sampleTarget = new double[outLength];
        }

        TrainingReport fit() {
            SplittableRandom random = new SplittableRandom(options.seed());
            int n = train.size();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double[] inputs = new double[batch * inLength];
            double[] targets = new double[batch * outLength];
            double[] predicted = new double[batch * outLength];
            int batches = (n + batch - 1) / batch;
            double bestMonitor = Double.POSITIVE_INFINITY;
            int sinceBest = 0;
            boolean stoppedEarly = false;
            ProgressListener progress = options.progress();
            for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                long start = System.nanoTime();
                long lastReport = start;
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                double lossSum = 0.0;
                long correct = 0;
                for (int b = 0; b < batches; b++) {
                    int from = b * batch;
                    int rows = Math.min(batch, n - from);
                    double[] in = rows == batch ? inputs : new double[rows * inLength];
                    double[] tg = rows == batch ? targets : new double[rows * outLength];
                    double[] pr = rows == batch ? predicted : new double[rows * outLength];
                    fill(train, order, from, rows, in, tg);
                    double value = net.lossAndGradients(in, tg, rows, loss, gradients, pr);
                    if (!Double.isFinite(value)) {
                        throw new TrainingDivergedException("loss = " + value, epoch, b + 1, batches, history);
                    }
                    String bad = firstNonFinite(gradients);
                    if (bad != null) {
                        throw new TrainingDivergedException("gradient of " + bad, epoch, b + 1, batches, history);
                    }
                    for (int p = 0; p < params.length; p++) {
                        System.arraycopy(params[p], 0, lastGood[p], 0, params[p].length);
                    }
                    double rate = schedule == null ? constantRate : schedule.rate(updates, epoch - 1);
                    updates++;
                    for (int p = 0; p < params.length; p++) {
                        rules[p].apply(params[p], gradients[p], rate, updates);
                    }
                    bad = firstNonFinite(params);
                    if (bad != null) {
                        for (int p = 0; p < params.length; p++) {
                            System.arraycopy(lastGood[p], 0, params[p], 0, params[p].length);
                        }
                        throw new TrainingDivergedException("parameter " + bad + " after the update (learning rate "
                                + rate + ")", epoch, b + 1, batches, history);
                    }
                    lossSum += value * rows;
                    correct += countCorrect(pr, tg, rows);
                    long now = System.nanoTime();
                    if (now - lastReport >= PROGRESS_EVERY_NANOS || b == batches - 1) {
                        progress.progress(from + rows, n);
                        lastReport = now;
                    }
                }
                double trainLoss = lossSum / n;
                double trainAccuracy = outLength > 1 ? (double) correct / n : Double.NaN;
                double testLoss = Double.NaN;
                double testAccuracy = Double.NaN;
                if (test != null && test.size() > 0) {
                    double[] result = evaluate(test, inputs, targets, predicted);
                    testLoss = result[0];
                    testAccuracy = result[1];
                }
                EpochMetrics m = new EpochMetrics(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy,
                        (System.nanoTime() - start) * 1e-9);
                history.add(m);
                LOG.log(System.Logger.Level.DEBUG, () -> "bptt " + m);
                epochListener.accept(m);
                double monitor = Double.isNaN(testLoss) ? trainLoss : testLoss;
                if (monitor < bestMonitor) {
                    bestMonitor = monitor;
                    sinceBest = 0;
                    for (int p = 0; p < params.length; p++) {
                        System.arraycopy(params[p], 0, best[p], 0, params[p].length);
                    }
                    if (checkpoint != null) {
                        WeightCheckpoint.save(checkpoint, net);
                    }
                } else {
                    sinceBest++;
                    if (options.patience() > 0 && sinceBest >= options.patience()) {
                        stoppedEarly = true;
                        for (int p = 0; p < params.length; p++) {
                            System.arraycopy(best[p], 0, params[p], 0, params[p].length);
                        }
                        break;
                    }
                }
            }
            return new TrainingReport(history, stoppedEarly);
        }

        private void fill(Dataset data, int[] order, int from, int rows, double[] in, double[] tg) {
            for (int r = 0; r < rows; r++) {
                int index = order == null ? from + r : order[from + r];
                data.read(index, sampleIn, sampleTarget);
                System.arraycopy(sampleIn, 0, in, r * inLength, inLength);
                System.arraycopy(sampleTarget, 0, tg, r * outLength, outLength);
            }
        }

        /** @return {mean loss, accuracy} over a data set, forward only where the model allows */
        private double[] evaluate(Dataset data, double[] inputs, double[] targets, double[] predicted) {
            int n = data.size();
            double lossSum = 0.0;
            long correct = 0;
            for (int from = 0; from < n; from += batch) {
                int rows = Math.min(batch, n - from);
                double[] in = rows == batch ? inputs : new double[rows * inLength];
                double[] tg = rows == batch ? targets : new double[rows * outLength];
                double[] pr = rows == batch ? predicted : new double[rows * outLength];
                fill(data, null, from, rows, in, tg);
                double value;
                if (net instanceof Predictor p) {
                    p.predict(in, rows, pr);
                    value = loss.evaluate(pr, tg, rows, outLength, null);
                } else {
                    double[][] scratch = new double[params.length][];
                    for (int q = 0; q < params.length; q++) {
                        scratch[q] = new double[params[q].length];
                    }
                    value = net.lossAndGradients(in, tg, rows, loss, scratch, pr);
                }
                lossSum += value * rows;
                correct += countCorrect(pr, tg, rows);
            }
            return new double[] {lossSum / n, outLength > 1 ? (double) correct / n : Double.NaN};
        }

        private long countCorrect(double[] predicted, double[] target, int rows) {
            if (outLength < 2) {
                return 0;
            }
            long correct = 0;
            for (int r = 0; r < rows; r++) {
                if (argmax(predicted, r * outLength, outLength) == argmax(target, r * outLength, outLength)) {
                    correct++;
                }
            }
            return correct;
        }

        private String firstNonFinite(double[][] arrays) {
            for (int p = 0; p < arrays.length; p++) {
                double[] a = arrays[p];
                for (int i = 0; i < a.length; i++) {
                    if (!Double.isFinite(a[i])) {
                        return "'" + names[p] + "'[" + i + "] = " + a[i];
                    }
                }
            }
            return null;
        }
    }

    /**
     * @return the index of the largest value in {@code a[from .. from + n)}, the first on ties
     */
    static int argmax(double[] a, int from, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (a[from + i] > a[from + best]) {
                best = i;
            }
        }
        return best;
    }
}
