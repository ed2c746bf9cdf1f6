package org.brainj.trainers.internal.snn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.train.Differentiable;
import org.brainj.api.train.LossFunction;
import org.brainj.trainers.internal.autodiff.Tape;
import org.brainj.trainers.internal.bptt.Predictor;

/**
 * A feed-forward chain of {@link Block}s run over {@code steps} time steps and trained by back-propagation through
 * time. Each sample's input is a sequence of {@code steps × features} values (row-major by step, e.g. an encoded
 * spike train); the last block's per-step output becomes one prediction per sample through a {@link Readout}.
 *
 * <p><b>Batching and threads.</b> A batch is cut into chunks of at most {@code chunk} samples; each chunk is
 * recorded on one worker's {@link Tape} with the batch as the first dimension of every node. Chunks run on
 * {@code threads} threads, and their gradients are summed in chunk order, so the result does not depend on the
 * thread count or on scheduling.
 *
 * <p><b>Gradient checkpointing.</b> With {@code checkpointEvery = K > 0}, the forward pass keeps only the state at
 * every K-th step; the backward pass re-records one K-step segment at a time from its saved state, carrying the
 * state gradient backwards. Tape memory is then O(K × state) instead of O(steps × state), at the cost of a second
 * forward pass. Gradients are identical to those without checkpointing up to rounding (same operations, same
 * order).
 */
public final class SpikingNetwork implements Differentiable, Predictor, AutoCloseable {

    private final int steps;
    private final int features;
    private final Block[] blocks;
    private final Readout readout;
    private final int chunk;
    private final int threads;
    private final int checkpointEvery;

    private final double[][] parameters;
    private final String[] parameterNames;
    private final int[][] parameterShapes;
    private final int[] parameterBase;
    private final int[] stateBase;
    private final int stateCount;
    private final int[] stateWidth;
    private final double[] stateInitial;
    private final int outputSize;

    private final Worker[] workers;
    private ExecutorService pool;
    private double[][][] chunkGradients = new double[0][][];
    private double[] chunkLoss = new double[0];
    private long updates;

    /**
     * @param steps           time steps per sample, ≥ 1
     * @param features        input values per step, must equal the first block's input size
     * @param blocks          the chain; each block's input size equals the previous one's output size
     * @param readout         how per-step outputs become predictions
     * @param chunk           samples per worker chunk, ≥ 1
     * @param threads         worker threads, ≥ 1
     * @param checkpointEvery steps per recomputed segment; 0 records the whole sequence
     */
    public SpikingNetwork(int steps, int features, List<Block> blocks, Readout readout, int chunk, int threads,
                          int checkpointEvery) {
        positive("steps", steps);
        positive("features", features);
        positive("chunk", chunk);
        positive("threads", threads);
        if (checkpointEvery < 0) {
            throw new ParameterException("checkpointEvery", String.valueOf(checkpointEvery),
                    "must be >= 0 (0 = no checkpointing)");
        }
        if (blocks.isEmpty()) {
            throw new ModelException("a spiking network needs at least one block");
        }
        this.steps = steps;
        this.features = features;
        this.blocks = blocks.toArray(new Block[0]);
        this.readout = Objects.requireNonNull(readout, "readout");
        this.chunk = chunk;
        this.threads = threads;
        this.checkpointEvery = checkpointEvery;
        int width = features;
        String previous = "the input (features)";
        for (Block b : this.blocks) {
            if (b.inputSize() != width) {
                throw new ModelException("block '" + b.name() + "' expects input of shape [batch x " + b.inputSize()
                        + "] but " + previous + " gives [batch x " + width + "]");
            }
            width = b.outputSize();
            previous = "block '" + b.name() + "'";
        }
        this.outputSize = width;
        List<double[]> ps = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        this.parameterBase = new int[this.blocks.length];
        this.stateBase = new int[this.blocks.length];
        List<Integer> widths = new ArrayList<>();
        List<Double> initial = new ArrayList<>();
        for (int i = 0; i < this.blocks.length; i++) {
            Block b = this.blocks[i];
            parameterBase[i] = ps.size();
            ps.addAll(Arrays.asList(b.parameters()));
            names.addAll(Arrays.asList(b.parameterNames()));
            shapes.addAll(Arrays.asList(b.parameterShapes()));
            stateBase[i] = widths.size();
            String[] states = b.stateNames();
            for (int s = 0; s < states.length; s++) {
                widths.add(b.outputSize());
                initial.add(b.initialState(s));
            }
        }
        if (new java.util.HashSet<>(names).size() != names.size()) {
            throw new ModelException("parameter names are not unique (two blocks share a name?): " + names);
        }
        // The readout accumulator is carried like a state, so checkpointed segments hand it on too.
        widths.add(outputSize);
        initial.add(0.0);
        this.parameters = ps.toArray(new double[0][]);
        this.parameterNames = names.toArray(new String[0]);
        this.parameterShapes = shapes.toArray(new int[0][]);
        this.stateCount = widths.size();
        this.stateWidth = widths.stream().mapToInt(Integer::intValue).toArray();
        this.stateInitial = initial.stream().mapToDouble(Double::doubleValue).toArray();
        this.workers = new Worker[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new Worker();
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new ParameterException(name, String.valueOf(value), "must be >= 1");
        }
    }

    /** @return time steps per sample */
    public int steps() {
        return steps;
    }

    /** @return input values per step */
    public int features() {
        return features;
    }

    /** @return values per sample in: steps × features */
    public int inputLength() {
        return steps * features;
    }

    /** @return predictions per sample */
    public int outputLength() {
        return outputSize;
    }

    /** @return the blocks, in order */
    public List<Block> blocks() {
        return List.of(blocks);
    }

    @Override
    public String[] parameterNames() {
        return parameterNames.clone();
    }

    @Override
    public double[][] parameters() {
        return parameters.clone();
    }

    /** @return {rows, cols} of each parameter array */
    public int[][] parameterShapes() {
        int[][] copy = new int[parameterShapes.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = parameterShapes[i].clone();
        }
        return copy;
    }

    private void checkShapes(double[] inputs, double[] targets, int batch, double[] predicted) {
        if (batch < 1) {
            throw new ParameterException("batch", String.valueOf(batch), "must be >= 1");
        }
        long in = (long) batch * inputLength();
        if (inputs.length != in) {
            throw new ModelException("inputs: expected shape [batch x steps x features] = [" + batch + " x " + steps
                    + " x " + features + "] = " + in + " values, got " + inputs.length
                    + (inputs.length % batch == 0 ? " (" + inputs.length / batch + " per sample)" : ""));
        }
        long out = (long) batch * outputSize;
        if (targets != null && targets.length != out) {
            throw new ModelException("targets: expected shape [batch x outputs] = [" + batch + " x " + outputSize
                    + "] = " + out + " values, got " + targets.length
                    + (targets.length % batch == 0 ? " (" + targets.length / batch + " per sample)" : ""));
        }
        if (predicted.length < out) {
            throw new ModelException("predicted: expected room for [batch x outputs] = [" + batch + " x "
                    + outputSize + "] = " + out + " values, got " + predicted.length);
        }
    }

    @Override
    public double lossAndGradients(double[] inputs, double[] targets, int batch, LossFunction loss,
                                   double[][] gradients, double[] predicted) {
        Objects.requireNonNull(loss, "loss");
        checkShapes(inputs, Objects.requireNonNull(targets, "targets"), batch, predicted);
        if (gradients.length != parameters.length) {
            throw new ModelException("gradients: expected " + parameters.length + " arrays (one per parameter), got "
                    + gradients.length);
        }
        for (int p = 0; p < parameters.length; p++) {
            if (gradients[p].length != parameters[p].length) {
                throw new ModelException("gradients of '" + parameterNames[p] + "': expected shape "
                        + Arrays.toString(parameterShapes[p]) + " = " + parameters[p].length + " values, got "
                        + gradients[p].length);
            }
        }
        int chunks = (batch + chunk - 1) / chunk;
        ensureChunkBuffers(chunks);
        runChunks(chunks, inputs, targets, batch, loss, predicted);
        updates++;
        double total = 0.0;
        for (int p = 0; p < parameters.length; p++) {
            double[] g = gradients[p];
            System.arraycopy(chunkGradients[0][p], 0, g, 0, g.length);
            for (int c = 1; c < chunks; c++) {
                double[] gc = chunkGradients[c][p];
                for (int i = 0; i < g.length; i++) {
                    g[i] += gc[i];
                }
            }
        }
        for (int c = 0; c < chunks; c++) {
            total += chunkLoss[c];
        }
        return total;
    }

    @Override
    public void predict(double[] inputs, int batch, double[] predicted) {
        checkShapes(inputs, null, batch, predicted);
        int chunks = (batch + chunk - 1) / chunk;
        ensureChunkBuffers(chunks);
        runChunks(chunks, inputs, null, batch, null, predicted);
    }

    private void ensureChunkBuffers(int chunks) {
        if (chunkGradients.length < chunks) {
            double[][][] grown = Arrays.copyOf(chunkGradients, chunks);
            for (int c = chunkGradients.length; c < chunks; c++) {
                grown[c] = new double[parameters.length][];
                for (int p = 0; p < parameters.length; p++) {
                    grown[c][p] = new double[parameters[p].length];
                }
            }
            chunkGradients = grown;
            chunkLoss = new double[chunks];
        }
    }

    private void runChunks(int chunks, double[] inputs, double[] targets, int batch, LossFunction loss,
                           double[] predicted) {
        int used = Math.min(threads, chunks);
        if (used == 1) {
            for (int c = 0; c < chunks; c++) {
                workers[0].run(c, inputs, targets, batch, loss, predicted);
            }
            return;
        }
        ExecutorService executor = pool();
        List<Future<?>> futures = new ArrayList<>(used - 1);
        for (int w = 1; w < used; w++) {
            final int first = w;
            futures.add(executor.submit(() -> {
                for (int c = first; c < chunks; c += used) {
                    workers[first].run(c, inputs, targets, batch, loss, predicted);
                }
            }));
        }
        RuntimeException failure = null;
        try {
            for (int c = 0; c < chunks; c += used) {
                workers[0].run(c, inputs, targets, batch, loss, predicted);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException("worker failed", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a worker", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, "brainj-bptt-worker");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    /** Stops the worker threads; a later call starts them again. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }

    /** One thread's tape and buffers; reused across batches, so a steady state allocates nothing. */
    private final class Worker {

        private final Tape tape = new Tape();
        private final int[] paramNodes = new int[parameters.length];
        private final int[] state = new int[stateCount];
        private final int[] leaves = new int[stateCount];
        private final Phase phase = new Phase();
        private double[][] checkpoints = new double[0][];
        private double[] carry = new double[0];
        // Indexed by chunk rows: a loss needs arrays of exactly rows × outputs, and a batch's last chunk is smaller.
        private final double[][] predictionByRows = new double[chunk + 1][];
        private final double[][] targetByRows = new double[chunk + 1][];
        private final double[][] seedByRows = new double[chunk + 1][];
        private double[] prediction;
        private double[] target;
        private double[] seed;

        void run(int c, double[] inputs, double[] targets, int batch, LossFunction loss, double[] predicted) {
            int r0 = c * chunk;
            int rows = Math.min(chunk, batch - r0);
            int segment = checkpointEvery > 0 ? Math.min(checkpointEvery, steps) : steps;
            int segments = (steps + segment - 1) / segment;
            int stateSize = 0;
            for (int w : stateWidth) {
                stateSize += rows * w;
            }
            ensure(segments, stateSize, rows * outputSize);
            phase.set(loss != null, updates, r0);
            tape.reset();
            for (int p = 0; p < parameters.length; p++) {
                paramNodes[p] = tape.leaf(parameters[p], 0, parameterShapes[p][1], parameterShapes[p][0],
                        parameterShapes[p][1], loss != null);
            }
            int base = tape.mark();
            double[] initial = checkpoints[0];
            int at = 0;
            for (int s = 0; s < stateCount; s++) {
                Arrays.fill(initial, at, at + rows * stateWidth[s], stateInitial[s]);
                at += rows * stateWidth[s];
            }
            for (int seg = 0; seg < segments; seg++) {
                tape.truncate(base);
                record(seg, segment, rows, inputs, r0, loss != null);
                if (seg < segments - 1) {
                    save(checkpoints[seg + 1], rows);
                }
            }
            int out = state[stateCount - 1];
            tape.copyValue(out, prediction);
            System.arraycopy(prediction, 0, predicted, r0 * outputSize, rows * outputSize);
            if (loss == null) {
                return;
            }
            System.arraycopy(targets, r0 * outputSize, target, 0, rows * outputSize);
            double value = loss.evaluate(prediction, target, rows, outputSize, seed);
            // The loss is a mean over this chunk's rows; weighting by rows / batch makes the chunk sum the batch mean.
            double weight = (double) rows / batch;
            chunkLoss[c] = value * weight;
            tape.seed(out, seed, weight);
            tape.backward(base);
            for (int seg = segments - 2; seg >= 0; seg--) {
                gatherLeafGradients(rows);
                tape.truncate(base);
                record(seg, segment, rows, inputs, r0, true);
                int o = 0;
                for (int s = 0; s < stateCount; s++) {
                    tape.seed(state[s], carry, o, 1.0);
                    o += rows * stateWidth[s];
                }
                tape.backward(base);
            }
            double[][] g = chunkGradients[c];
            for (int p = 0; p < parameters.length; p++) {
                tape.copyGradient(paramNodes[p], g[p]);
            }
        }

        private void ensure(int segments, int stateSize, int outputs) {
            if (checkpoints.length < segments || (segments > 0 && checkpoints[0].length < stateSize)) {
                checkpoints = new double[segments][stateSize];
                carry = new double[stateSize];
            }
            int rows = outputs / outputSize;
            if (predictionByRows[rows] == null) {
                predictionByRows[rows] = new double[outputs];
                targetByRows[rows] = new double[outputs];
                seedByRows[rows] = new double[outputs];
            }
            prediction = predictionByRows[rows];
            target = targetByRows[rows];
            seed = seedByRows[rows];
        }

        private void record(int seg, int segment, int rows, double[] inputs, int r0, boolean gradients) {
            double[] from = checkpoints[seg];
            int at = 0;
            for (int s = 0; s < stateCount; s++) {
                int w = stateWidth[s];
                // Only a recomputed segment needs gradients of its start state; the first one starts from constants.
                leaves[s] = tape.leaf(from, at, w, rows, w, gradients && seg > 0);
                state[s] = leaves[s];
                at += rows * w;
            }
            int acc = stateCount - 1;
            int end = Math.min(steps, (seg + 1) * segment);
            int inputLength = steps * features;
            for (int t = seg * segment; t < end; t++) {
                int x = tape.leaf(inputs, r0 * inputLength + t * features, inputLength, rows, features, false);
                for (int b = 0; b < blocks.length; b++) {
                    x = blocks[b].step(tape, paramNodes, parameterBase[b], state, stateBase[b], x, phase);
                }
                if (readout == Readout.MEAN_OVER_TIME) {
                    state[acc] = tape.combine(state[acc], x, 1.0, 1.0 / steps);
                } else if (t == steps - 1) {
                    state[acc] = x;
                }
            }
        }

        private void save(double[] to, int rows) {
            double[] values = tape.values();
            int at = 0;
            for (int s = 0; s < stateCount; s++) {
                int n = rows * stateWidth[s];
                System.arraycopy(values, tape.offset(state[s]), to, at, n);
                at += n;
            }
        }

        private void gatherLeafGradients(int rows) {
            double[] grads = tape.gradients();
            int at = 0;
            for (int s = 0; s < stateCount; s++) {
                int n = rows * stateWidth[s];
                System.arraycopy(grads, tape.offset(leaves[s]), carry, at, n);
                at += n;
            }
        }
    }
}
