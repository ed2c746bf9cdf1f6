package org.brainj.cli.internal.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.Simulator;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj bench MODEL}: for each size, build, warm-up runs for about 5 s, then K timed runs from a reset state; prints
 * build time, median run time per simulated second, nanoseconds per neuron-step, synaptic events per second, peak
 * heap and firing rate, and writes the same columns to {@code bench.csv}.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + BenchCommand.RANKING)
public final class BenchCommand implements Command {

    static final int RANKING = 0;
    /** Longest warm-up run [ms]. */
    static final double WARMUP_MS = 200.0;
    /**
     * Warm-up runs repeat until this much wall time has passed [s]: HotSpot reaches its final code for the step loop
     * only after a few seconds (coba N = 4000 runs at 0.13, 0.10, 0.06, then 0.055 s per biological second in one
     * JVM; with 2 threads at N = 32000 the run time settles after about 5 s), and one short run left the timed runs
     * in that transient.
     */
    static final double WARMUP_WALL_S = 5.0;
    /** Most warm-up runs, for tiny models. */
    static final int WARMUP_MAX_RUNS = 50;
    /** The results' file name. */
    static final String CSV = "bench.csv";

    private static final CommandSpec SPEC = new CommandSpec("bench",
            "Time a model at one or more sizes: build, warm-up, then repeated runs; prints a table, writes bench.csv.",
            "Each size is built once, run for min(duration, 200 ms) repeatedly for about 5 s (at least once) to warm "
                    + "up the JIT, then reset and run --repeat "
                    + "times; the table shows the median run. Peak heap is the sum of the heap pools' peaks while "
                    + "that size ran.",
            List.of(OptionSpec.value("--neurons", "N,N,...", "sizes (total neurons), comma-separated (default: "
                            + "the network's own)", ""),
                    RunSettings.DURATION,
                    OptionSpec.value("--repeat", "K", "timed runs per size, >= 1", "3"),
                    RunSettings.THREADS,
                    OptionSpec.value("--out", "DIR", "folder for bench.csv", "."),
                    RunSettings.SEED, RunSettings.DT, RunSettings.BACKEND, RunSettings.METHOD, RunSettings.PARAM),
            new PositionalSpec("MODEL", "network name, neuron:MODEL or a .json spec", 1, 1));

    private final Supplier<ModelResolver> resolver;
    private final Supplier<Optional<Simulator>> simulator;

    /** The command over the providers installed when it runs. */
    public BenchCommand() {
        this(ModelResolver::fromProviders, () -> Providers.best(Simulator.class));
    }

    BenchCommand(Supplier<ModelResolver> resolver, Supplier<Optional<Simulator>> simulator) {
        this.resolver = resolver;
        this.simulator = simulator;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    @Override
    public int execute(CommandInvocation inv) throws IOException {
        PrintStream err = inv.err();
        List<ResolvedModel> models = new ArrayList<>();
        double duration;
        int repeat;
        SimulationOptions options;
        Path dir;
        Simulator sim;
        try {
            List<String> pos = inv.positionals();
            if (pos.isEmpty()) {
                throw new UsageError("no model given");
            }
            List<Integer> sizes = inv.option("--neurons").map(t -> Args.sizes("--neurons", t)).orElse(List.of());
            ModelResolver r = resolver.get();
            // --param as for run (e.g. jit=1 for just-in-time connectivity at large N).
            ModelRequest base = new ModelRequest(java.util.OptionalInt.empty(),
                    Args.assignments("--param", "jit=1", inv.options("--param")), java.util.Map.of(),
                    java.util.OptionalDouble.empty());
            if (sizes.isEmpty()) {
                models.add(r.resolve(pos.get(0), base));
            }
            for (int n : sizes) {
                models.add(r.resolve(pos.get(0), base.withNeurons(n)));
            }
            ResolvedModel first = models.get(0);
            duration = inv.option("--duration").map(t -> Args.positive("--duration", t, "ms"))
                    .orElse(first.defaultDuration());
            repeat = Args.atLeast("--repeat", inv.option("--repeat").orElse("3"), 1);
            double dt = inv.option("--dt").map(t -> Args.positive("--dt", t, "ms"))
                    .orElse(first.dt().orElse(RunSettings.DEFAULT_DT));
            long seed = inv.option("--seed").map(t -> Args.integer("--seed", t))
                    .orElse(first.seed().orElse(RunSettings.DEFAULT_SEED));
            options = new SimulationOptions(dt, seed, inv.option("--backend").orElse("auto"),
                    inv.option("--method").orElse("exp_auto"),
                    Args.atLeast("--threads", inv.option("--threads").orElse("1"), 1));
            dir = RunOutputs.prepare(RunSettings.path(inv.option("--out").orElse(".")));
            sim = simulator.get().orElseThrow(() -> new UsageError("no simulator is installed: the models bundle "
                    + "(org.brainj.models) provides one"));
        } catch (UsageError | ParameterException e) {
            err.println("brainj bench: " + e.getMessage());
            return USAGE;
        }
        List<BenchRow> rows = new ArrayList<>();
        int status = OK;
        for (ResolvedModel m : models) {
            Optional<BenchRow> row = measure(sim, m, options, duration, repeat, err);
            if (row.isEmpty()) {
                status = FAILED;
                break;
            }
            rows.add(row.get());
        }
        TextTable t = new TextTable(BenchRow.TITLES.toArray(new String[0]));
        for (BenchRow r : rows) {
            t.row(r.cells());
        }
        inv.out().printf(Locale.ROOT, "%s: %s ms per run, dt %s ms, %d timed run%s per size, %d thread%s%n",
                models.get(0).label(), RunCommand.num(duration), RunCommand.num(options.dt()), repeat,
                repeat == 1 ? "" : "s", options.threads(), options.threads() == 1 ? "" : "s");
        t.print(inv.out());
        Path csv = dir.resolve(CSV);
        writeCsv(csv, rows);
        inv.out().println("wrote " + csv);
        return status;
    }

    private static Optional<BenchRow> measure(Simulator simulator, ResolvedModel m, SimulationOptions options,
                                              double duration, int repeat, PrintStream err) {
        List<MonitorSpec> spikes = new ArrayList<>();
        for (String p : RunCommand.populationNames(m)) {
            spikes.add(MonitorSpec.of(p + "." + MonitorPlan.SPIKE));
        }
        System.gc(); // so the previous size's garbage does not count in this size's peak
        resetHeapPeaks();
        long t0 = System.nanoTime();
        Simulation sim = simulator.build(m.spec(), options);
        double build = (System.nanoTime() - t0) * 1e-9;
        err.printf(Locale.ROOT, "bench %s: %d neurons built in %.3f s; warm-up and %d timed run%s...%n", m.label(),
                sim.neurons(), build, repeat, repeat == 1 ? "" : "s");
        long w0 = System.nanoTime();
        for (int w = 0; w < WARMUP_MAX_RUNS && (w == 0 || (System.nanoTime() - w0) * 1e-9 < WARMUP_WALL_S); w++) {
            sim.reset();
            RunResult warm = sim.run(new RunRequest(Math.min(duration, WARMUP_MS), spikes, ProgressListener.NONE,
                    () -> false));
            if (warm.failure().isPresent()) {
                err.println("brainj bench: " + warm.failure().get().getMessage());
                return Optional.empty();
            }
        }
        double[] runs = new double[repeat];
        RunResult last = null;
        for (int k = 0; k < repeat; k++) {
            sim.reset();
            long r0 = System.nanoTime();
            last = sim.run(new RunRequest(duration, spikes, ProgressListener.NONE, () -> false));
            double wall = (System.nanoTime() - r0) * 1e-9;
            if (last.failure().isPresent()) {
                err.println("brainj bench: " + last.failure().get().getMessage());
                return Optional.empty();
            }
            runs[k] = last.timings().runSeconds() > 0 ? last.timings().runSeconds() : wall;
        }
        long spikeCount = 0;
        for (String p : last.spikePopulations()) {
            spikeCount += last.spikes(p).count();
        }
        return Optional.of(new BenchRow(sim.neurons(), sim.synapses(), build, BenchRow.median(runs), duration,
                last.timings().steps(), last.timings().synapticEvents(), heapPeakMiB(),
                SpikeStatistics.rate(spikeCount, sim.neurons(), last.duration())));
    }

    static void writeCsv(Path file, List<BenchRow> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", BenchRow.CSV_HEADER));
            w.write('\n');
            for (BenchRow r : rows) {
                w.write(r.csv());
                w.write('\n');
            }
        }
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peak use since the last reset [MiB] (an upper bound of the true peak) */
    private static double heapPeakMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
                bytes += p.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
