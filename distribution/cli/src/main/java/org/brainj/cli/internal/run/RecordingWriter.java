package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.brainj.api.run.RecordingSink;

/**
 * Streams a run's recordings to {@code spikes.csv} and one CSV per {@link TraceFile} as the simulator hands them over,
 * and keeps each population's firing statistics online, so that memory stays bounded however long the run: every
 * file is opened and headed before the run, and nothing recorded is kept beyond the rows waiting for alignment.
 *
 * <p>{@code spikes.csv} gets the rows of each chunk as it arrives: each population's rows are in time order; a
 * population with more spikes than one chunk (65,536 with the models bundle) may have its rows alternate in blocks
 * with another population's.
 *
 * <p>A file holding several populations' traces of one variable writes a row once every population has delivered
 * that sample: populations arrive as separate chunks with the same sample times, but a chunk's row count depends on
 * its width, so the rows of the faster-filling population wait in memory (at most about one chunk of the
 * narrowest population's rows, times the widest population's width).
 *
 * <p>The simulator's thread only copies each chunk into a bounded queue ({@value #QUEUE} chunks); a writer thread
 * formats and writes them, so that turning numbers into text does not count as simulation time and runs beside it.
 * When the disk is slower than the simulation, the queue fills and the simulation waits: memory stays bounded.
 *
 * <p>An {@link IOException} (disk full) is kept, not thrown into the simulator's step loop: later chunks are dropped,
 * {@link #failed()} turns true so that the run can be cancelled, and {@link #close()} and {@link #error()} report it.
 * The statistics, {@link #error()} and the row counts are read after {@link #close()}, which waits for the writer.
 */
final class RecordingWriter implements RecordingSink, AutoCloseable {

    /** Chunks the simulator may be ahead of the writer thread: about 1 MiB each with the models bundle's chunks. */
    static final int QUEUE = 8;

    /** One chunk, copied off the simulator's reused arrays; {@code target} is null for spikes. */
    private record Chunk(String name, Pending target, int[] indices, double[] times, double[] values, int count) {
    }

    private static final Chunk END = new Chunk("", null, null, null, null, 0);

    private final Writer spikes;
    private final Map<String, SpikeStatistics.Accumulator> stats = new LinkedHashMap<>();
    private final Map<String, Integer> sizes;
    private final List<Table> tables = new ArrayList<>();
    private final Map<String, Pending> byTarget = new HashMap<>();
    private final Map<Writer, String> open = new LinkedHashMap<>();
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE);
    private Thread thread;
    private volatile boolean failed;
    private IOException error;
    private String errorFile;
    private RuntimeException crash;
    private long spikeRows;
    private boolean closed;

    /**
     * Opens {@code spikes.csv} and every trace file in {@code dir} and writes their headers.
     *
     * @param dir    the output folder
     * @param sizes  population name to size (the statistics' per-member arrays)
     * @param traces the trace files
     * @throws IOException when a file cannot be created; those already opened are closed
     */
    RecordingWriter(Path dir, Map<String, Integer> sizes, List<TraceFile> traces) throws IOException {
        this.sizes = new LinkedHashMap<>(sizes);
        try {
            spikes = opened(dir, RunOutputs.SPIKES);
            spikes.write("population,index,time_ms\n");
            for (TraceFile f : traces) {
                Writer w = opened(dir, f.fileName());
                w.write("time_ms");
                for (String c : f.columns()) {
                    w.write(',');
                    w.write(c);
                }
                w.write('\n');
                Table t = new Table(f, w);
                tables.add(t);
                for (int k = 0; k < t.pending.length; k++) {
                    byTarget.put(f.targets().get(k).target(), t.pending[k]);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeAll(e);
            throw e;
        }
        thread = new Thread(this::drain, "brainj-run-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The writer thread: writes chunks in the order they came until {@link #END}; after an error, drops them. */
    private void drain() {
        while (true) {
            Chunk c;
            try {
                c = queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this thread but a shutting-down JVM; the files stay as far as written.
                return;
            }
            if (c == END) {
                return;
            }
            try {
                if (c.target() == null) {
                    writeSpikes(c.name(), c.indices(), c.times(), c.count());
                } else {
                    writeSamples(c.target(), c.times(), c.values(), c.count());
                }
            } catch (RuntimeException e) {
                if (crash == null) {
                    crash = e;
                }
                failed = true;
            }
        }
    }

    private void enqueue(Chunk c) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(c);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the chunk must not be lost; the interrupt is kept for the caller
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Writer opened(Path dir, String name) throws IOException {
        Writer w = RunOutputs.writer(dir.resolve(name));
        open.put(w, name);
        return w;
    }

    @Override
    public void spikes(String population, int[] indices, double[] times, int count) {
        if (count <= 0) {
            return;
        }
        // Also after a write error: the writer thread keeps the statistics whole, in the chunks' order.
        enqueue(new Chunk(population, null, java.util.Arrays.copyOf(indices, count),
                java.util.Arrays.copyOf(times, count), null, count));
    }

    private void addStatistics(String population, int[] indices, double[] times, int count) {
        SpikeStatistics.Accumulator a = stats.computeIfAbsent(population,
                p -> new SpikeStatistics.Accumulator(sizes.getOrDefault(p, 0)));
        a.add(indices, times, count);
    }

    private void writeSpikes(String population, int[] indices, double[] times, int count) {
        addStatistics(population, indices, times, count);
        if (error != null) {
            return;
        }
        try {
            for (int k = 0; k < count; k++) {
                spikes.write(population);
                spikes.write(',');
                spikes.write(Integer.toString(indices[k]));
                spikes.write(',');
                spikes.write(Double.toString(times[k]));
                spikes.write('\n');
            }
            spikeRows += count;
        } catch (IOException e) {
            fail(RunOutputs.SPIKES, e);
        }
    }

    @Override
    public void samples(String target, int[] indices, double[] times, double[] values, int rows) {
        Pending p = byTarget.get(target);
        if (p == null) {
            throw new IllegalStateException("samples of " + target + ", which was not monitored; monitored: "
                    + byTarget.keySet());
        }
        if (indices.length != p.width) {
            throw new IllegalStateException("samples of " + target + " have " + indices.length
                    + " columns; its file was headed with " + p.width);
        }
        if (failed || rows <= 0) {
            return;
        }
        enqueue(new Chunk(target, p, null, java.util.Arrays.copyOf(times, rows),
                java.util.Arrays.copyOf(values, rows * p.width), rows));
    }

    private void writeSamples(Pending p, double[] times, double[] values, int rows) {
        if (error != null) {
            return;
        }
        try {
            p.table.add(p, times, values, rows);
        } catch (IOException e) {
            fail(p.table.file.fileName(), e);
        }
    }

    private void fail(String file, IOException e) {
        if (error == null) {
            error = e;
            errorFile = file;
        }
        failed = true;
    }

    /** @return whether writing failed (the run may as well stop); safe to ask from any thread */
    boolean failed() {
        return failed;
    }

    /** @return what went wrong writing, naming the file; null when nothing did */
    String error() {
        if (error == null) {
            return null;
        }
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "could not write " + errorFile + ": " + why;
    }

    /**
     * @param population a population's name
     * @param size       its size
     * @param durationMs the simulated time [ms]
     * @return the statistics of every spike it streamed (none when it streamed none)
     */
    SpikeStatistics statistics(String population, int size, double durationMs) {
        SpikeStatistics.Accumulator a = stats.get(population);
        if (a == null) {
            a = new SpikeStatistics.Accumulator(0);
        }
        return a.statistics(population, size, durationMs);
    }

    /** @return rows written to {@code spikes.csv} */
    long spikeRows() {
        return spikeRows;
    }

    /**
     * @param file a trace file of this writer
     * @return the rows written to it
     */
    long rows(TraceFile file) {
        for (Table t : tables) {
            if (t.file.equals(file)) {
                return t.rows;
            }
        }
        throw new IllegalArgumentException("not a file of this writer: " + file.fileName());
    }

    /**
     * Writes what is left (rows some population of a shared file did not deliver are written with empty cells for
     * it, which CSV readers take as missing) and closes every file.
     *
     * @throws IOException the first error of the run or of closing (once: closing again does nothing)
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (thread != null) {
            enqueue(END);
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the files must be complete before the summary is written
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (crash != null) {
            closeAll(crash);
            throw crash;
        }
        if (error == null) {
            for (Table t : tables) {
                try {
                    t.drainAll();
                } catch (IOException e) {
                    fail(t.file.fileName(), e);
                }
            }
        }
        closeAll(null);
        if (error != null) {
            throw error;
        }
    }

    private void closeAll(Exception cause) {
        for (Map.Entry<Writer, String> w : open.entrySet()) {
            try {
                w.getKey().close();
            } catch (IOException e) {
                if (cause != null) {
                    cause.addSuppressed(e);
                } else {
                    fail(w.getValue(), e);
                }
            }
        }
        open.clear();
    }

    /** The rows of one target not yet written: a growable row-major block. */
    private static final class Pending {
        final Table table;
        final int width;
        double[] times = new double[0];
        double[] values = new double[0];
        int head;
        int count;

        Pending(Table table, int width) {
            this.table = table;
            this.width = width;
        }

        void append(double[] t, double[] v, int rows) {
            if (head > 0 && head + count + rows > times.length) {
                // Move what waits to the front before growing: the block stays about one chunk.
                System.arraycopy(times, head, times, 0, count);
                System.arraycopy(values, head * width, values, 0, count * width);
                head = 0;
            }
            if (count + rows > times.length) {
                int cap = Math.max(count + rows, 2 * times.length);
                times = java.util.Arrays.copyOf(times, cap);
                values = java.util.Arrays.copyOf(values, cap * width);
            }
            System.arraycopy(t, 0, times, head + count, rows);
            System.arraycopy(v, 0, values, (head + count) * width, rows * width);
            count += rows;
        }

        void consumed(int rows) {
            head += rows;
            count -= rows;
            if (count == 0) {
                head = 0;
            }
        }
    }

    /** One trace file: its writer and, per target, the rows waiting for the other targets. */
    private static final class Table {
        final TraceFile file;
        final Writer w;
        final Pending[] pending;
        long rows;

        Table(TraceFile file, Writer w) {
            this.file = file;
            this.w = w;
            this.pending = new Pending[file.targets().size()];
            for (int k = 0; k < pending.length; k++) {
                pending[k] = new Pending(this, file.targets().get(k).indices().length);
            }
        }

        void add(Pending p, double[] times, double[] values, int n) throws IOException {
            if (pending.length == 1) {
                // One target: nothing to align with, written straight from the simulator's chunk.
                writeRows(times, values, 0, p.width, n);
                return;
            }
            p.append(times, values, n);
            int ready = Integer.MAX_VALUE;
            for (Pending q : pending) {
                ready = Math.min(ready, q.count);
            }
            writeAligned(ready);
        }

        private void writeRows(double[] times, double[] values, int from, int width, int n) throws IOException {
            for (int r = from; r < from + n; r++) {
                w.write(Double.toString(times[r]));
                for (int c = 0, at = r * width; c < width; c++, at++) {
                    w.write(',');
                    w.write(Double.toString(values[at]));
                }
                w.write('\n');
            }
            rows += n;
        }

        private void writeAligned(int n) throws IOException {
            Pending first = pending[0];
            for (int r = 0; r < n; r++) {
                w.write(Double.toString(first.times[first.head + r]));
                for (Pending q : pending) {
                    for (int c = 0, at = (q.head + r) * q.width; c < q.width; c++, at++) {
                        w.write(',');
                        w.write(Double.toString(q.values[at]));
                    }
                }
                w.write('\n');
            }
            for (Pending q : pending) {
                q.consumed(n);
            }
            rows += n;
        }

        /** Writes rows only some targets delivered, leaving the others' cells empty. */
        void drainAll() throws IOException {
            if (pending.length == 1) {
                return;
            }
            int max = 0;
            for (Pending q : pending) {
                max = Math.max(max, q.count);
            }
            for (int r = 0; r < max; r++) {
                boolean timed = false;
                for (Pending q : pending) {
                    if (r < q.count && !timed) {
                        w.write(Double.toString(q.times[q.head + r]));
                        timed = true;
                    }
                }
                for (Pending q : pending) {
                    for (int c = 0, at = (q.head + r) * q.width; c < q.width; c++, at++) {
                        w.write(',');
                        if (r < q.count) {
                            w.write(Double.toString(q.values[at]));
                        }
                    }
                }
                w.write('\n');
            }
            rows += max;
            for (Pending q : pending) {
                q.consumed(q.count);
            }
        }
    }
}
