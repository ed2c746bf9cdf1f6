package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.core.BrainjException;
import org.brainj.api.core.DivergenceException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.distributed.InProcessExchange;
import org.brainj.api.distributed.PartitionedSimulator;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.Simulator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj run MODEL}: builds a built-in network, a single neuron or a JSON spec, runs it with a progress bar,
 * and writes {@code summary.json}, {@code spikes.csv}, one CSV per monitored variable and, with {@code --plot}, PNG
 * plots. Every input is checked before anything is built; Ctrl-C and divergence still write what was recorded.
 *
 * <p>The run streams its recordings through a {@link RecordingWriter} into files opened before it starts, and the
 * summary's firing statistics are computed online, so memory does not grow with the run's length; the plots are
 * drawn from the written files afterwards.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + RunCommand.RANKING)
public final class RunCommand implements Command {

    static final int RANKING = 0;

    private static final CommandSpec SPEC = new CommandSpec("run",
            "Simulate a built-in network, a single neuron or a JSON network spec, and write its results.",
            "MODEL is a built-in network (see the error for an unknown name), neuron:MODEL (one neuron driven by "
                    + "--input, e.g. neuron:HH --input 10) or a JSON spec file. Writes DIR/summary.json, "
                    + "DIR/spikes.csv, DIR/VAR.csv per --monitor, and with --plot DIR/raster.png and DIR/VAR.png. "
                    + "Recordings stream to the CSV files while the run goes, so memory stays bounded however long "
                    + "it runs; --plot reads them back. Ctrl-C stops the run and writes what was recorded.",
            RunSettings.OPTIONS, new PositionalSpec("MODEL", "network name, neuron:MODEL or a .json spec", 1, 1));

    private final Supplier<ModelResolver> resolver;
    private final Supplier<Optional<Simulator>> simulator;
    private final Function<PrintStream, RunCancellation> cancellation;
    private final Supplier<Optional<SpikeExchange>> exchange;
    private final Supplier<Optional<PartitionedSimulator>> partitioned;

    /** The command over the providers installed when it runs; Ctrl-C cancels a run. */
    public RunCommand() {
        this(ModelResolver::fromProviders, () -> Providers.best(Simulator.class), RunCancellation::onShutdown);
    }

    /**
     * @param resolver     model names to specs
     * @param simulator    the simulator, if one is installed
     * @param cancellation makes the cancellation of one run, given standard error
     */
    RunCommand(Supplier<ModelResolver> resolver, Supplier<Optional<Simulator>> simulator,
               Function<PrintStream, RunCancellation> cancellation) {
        this(resolver, simulator, cancellation, MpiBridge::find, () -> Providers.best(PartitionedSimulator.class));
    }

    /**
     * @param exchange    the MPI session of this process, if it runs under mpirun/srun ({@code --distributed})
     * @param partitioned the partitioned simulator, if one is installed
     */
    RunCommand(Supplier<ModelResolver> resolver, Supplier<Optional<Simulator>> simulator,
               Function<PrintStream, RunCancellation> cancellation, Supplier<Optional<SpikeExchange>> exchange,
               Supplier<Optional<PartitionedSimulator>> partitioned) {
        this.resolver = resolver;
        this.simulator = simulator;
        this.cancellation = cancellation;
        this.exchange = exchange;
        this.partitioned = partitioned;
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
        Plan plan;
        try {
            plan = plan(inv);
        } catch (UsageError | ParameterException e) {
            err.println("brainj run: " + e.getMessage());
            return USAGE;
        }
        ResolvedModel model = plan.model;
        if (plan.exchange != null && plan.exchange.describe().startsWith("in-process")) {
            err.println("brainj run: --distributed outside mpirun/srun: one rank (mpirun -np K brainj run ... "
                    + "--distributed partitions the network over K)");
        }
        long t0 = System.nanoTime();
        Simulation sim = plan.exchange != null
                ? plan.partitioned.build(model.spec(), plan.options, plan.exchange, 0)
                : plan.simulator.build(model.spec(), plan.options);
        double buildSeconds = (System.nanoTime() - t0) * 1e-9;
        if (plan.exchange != null && plan.exchange.rank() != 0) {
            return runOtherRank(plan, sim, err);
        }
        MonitorPlan monitors;
        try {
            // A partitioned run records spikes only: each rank holds the state of its own neurons.
            monitors = plan.exchange != null
                    ? MonitorPlan.resolve(List.of(), List.of(), populationNames(model), sim.root())
                    : MonitorPlan.resolve(plan.settings.monitors(), model.monitors(), populationNames(model),
                    sim.root());
        } catch (UsageError e) {
            err.println("brainj run: " + e.getMessage());
            return USAGE;
        }
        for (String note : monitors.notes()) {
            err.println("brainj run: " + note);
        }
        Map<String, Integer> sizes = populationSizes(model, sim.root());
        List<TraceFile> traceFiles;
        try {
            traceFiles = TraceFile.plan(monitors.monitors(), sizes);
        } catch (UsageError e) {
            err.println("brainj run: " + e.getMessage());
            return USAGE;
        }
        // Every file is opened and headed before the run, and filled as the run streams its recordings: memory stays
        // bounded however long the run, and an unwritable file is reported before any time is spent.
        try (RunCancellation cancel = cancellation.apply(err);
             RecordingWriter recording = new RecordingWriter(plan.dir, sizes, traceFiles)) {
            ProgressBar bar = new ProgressBar(err, inv.interactive(), System::nanoTime);
            RunResult result;
            try {
                // A file that cannot be written (disk full) stops the run as Ctrl-C does: the rest would be lost.
                result = sim.run(new RunRequest(plan.duration, monitors.monitors(), bar,
                        () -> cancel.getAsBoolean() || recording.failed()).withSink(recording));
            } finally {
                bar.clear();
            }
            try {
                recording.close();
            } catch (IOException e) {
                // Reported below through recording.error(), with the summary written if it can be.
            }
            boolean cancelled = cancel.getAsBoolean();
            String writeError = recording.error();
            RunReport report = write(plan, sim, result, recording, traceFiles, buildSeconds, cancelled, err);
            String failure = writeError != null ? writeError
                    : result.failure().isPresent() && !cancelled ? result.failure().get().getMessage() : null;
            print(inv.out(), report, plan.dir, failure, err);
            return cancelled || failure != null || result.failure().isPresent() ? FAILED : OK;
        }
    }

    /**
     * A rank other than 0 of a {@code --distributed} run: steps its part, exchanges spikes, writes nothing (rank 0
     * gathers every spike and writes the results).
     */
    private static int runOtherRank(Plan plan, Simulation sim, PrintStream err) {
        RunResult result = sim.run(RunRequest.of(plan.duration));
        if (result.failure().isPresent()) {
            err.println("brainj run: rank " + plan.exchange.rank() + ": " + result.failure().get().getMessage());
            return FAILED;
        }
        return OK;
    }

    /**
     * @param model the model
     * @param root  its built simulation
     * @return population name to size: the spec's populations, then any other population of the built model
     */
    static Map<String, Integer> populationSizes(ResolvedModel model, org.brainj.api.core.DynamicalSystem root) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (PopulationSpec p : model.spec().populations()) {
            sizes.put(p.name(), p.size());
        }
        for (Map.Entry<String, org.brainj.api.core.Population> e : MonitorPlan.populations(root).entrySet()) {
            sizes.putIfAbsent(e.getKey(), e.getValue().size());
        }
        return sizes;
    }

    /** Everything decided before the build: the model, its options and duration, the output folder. */
    private static final class Plan {
        RunSettings settings;
        ResolvedModel model;
        SimulationOptions options;
        double duration;
        Path dir;
        Simulator simulator;
        /** With --distributed: this process's rank's exchange, and the simulator that builds its part. */
        SpikeExchange exchange;
        PartitionedSimulator partitioned;
    }

    private Plan plan(CommandInvocation inv) {
        Plan p = new Plan();
        p.settings = RunSettings.parse(inv);
        p.model = resolver.get().resolve(p.settings.modelName(), p.settings.model());
        p.duration = p.settings.duration().orElse(p.model.defaultDuration());
        if (!(p.duration > 0) || !Double.isFinite(p.duration)) {
            throw UsageError.of("--duration", String.valueOf(p.duration), "must be > 0 ms and finite");
        }
        double dt = p.settings.dt().orElse(p.model.dt().orElse(RunSettings.DEFAULT_DT));
        long seed = p.settings.seed().orElse(p.model.seed().orElse(RunSettings.DEFAULT_SEED));
        p.options = new SimulationOptions(dt, seed, p.settings.backend(), p.settings.method(),
                p.settings.threads());
        if (dt > p.duration) {
            throw UsageError.of("--dt", dt + " ms", "must not exceed the duration (" + p.duration + " ms)");
        }
        p.dir = RunOutputs.prepare(p.settings.out().orElse(Path.of("results", p.model.folderName())));
        p.simulator = simulator.get().orElseThrow(() -> new UsageError("no simulator is installed: the models "
                + "bundle (org.brainj.models) provides one; 'brainj bundles' shows what is installed"));
        if (inv.flag("--distributed")) {
            if (!p.settings.monitors().isEmpty()) {
                throw UsageError.of("--monitor", String.join(" ", p.settings.monitors()), "a --distributed run "
                        + "records spikes only (each rank holds its own neurons' state); run in one process");
            }
            p.partitioned = partitioned.get().orElseThrow(() -> new UsageError("--distributed: no partitioned "
                    + "simulator is installed (the models bundle provides one)"));
            // Outside mpirun/srun the run is one rank of one: the same spikes, through the same partitioned code.
            p.exchange = exchange.get().orElseGet(() -> InProcessExchange.create(1, 60_000).get(0));
        }
        return p;
    }

    static List<String> populationNames(ResolvedModel model) {
        List<String> names = new ArrayList<>();
        for (PopulationSpec p : model.spec().populations()) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Writes the summary (also of a cancelled or failed run) and, with {@code --plot}, the plots, read back from the
     * CSV files the run streamed to; a failing plot is reported, not fatal.
     */
    private static RunReport write(Plan plan, Simulation sim, RunResult result, RecordingWriter recording,
                                   List<TraceFile> traceFiles, double buildSeconds, boolean cancelled,
                                   PrintStream err) throws IOException {
        Path dir = plan.dir;
        List<String> files = new ArrayList<>();
        files.add(RunOutputs.SUMMARY);
        files.add(RunOutputs.SPIKES);
        for (TraceFile f : traceFiles) {
            files.add(f.fileName());
        }
        List<SpikeStatistics> stats = new ArrayList<>();
        for (String pop : result.spikePopulations()) {
            stats.add(recording.statistics(pop, result.spikes(pop).size(), result.duration()));
        }
        if (plan.settings.plot() && recording.error() == null) {
            try {
                // Plots come last: a missing font or display library must not cost the CSV files and the summary.
                Plots.raster(dir.resolve("raster.png"), dir.resolve(RunOutputs.SPIKES), stats,
                        Math.max(result.duration(), result.dt()), plan.model.label() + ": spikes");
                files.add("raster.png");
                for (TraceFile f : traceFiles) {
                    String name = ModelResolver.folder(f.name()) + ".png";
                    Plots.traces(dir.resolve(name), dir.resolve(f.fileName()), recording.rows(f),
                            variable(f) + " [" + unit(result, f) + "]", plan.model.label() + ": " + f.name());
                    files.add(name);
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                err.println("brainj run: could not draw the plots: " + e);
            }
        }
        String failure = recording.error() != null ? recording.error() : failureMessage(result, cancelled);
        RunReport report = new RunReport(plan.model.label(), sim.neurons(), sim.synapses(), plan.duration,
                result.duration(), result.dt(), result.timings().steps(), plan.options.seed(), plan.options.method(),
                result.backend(), plan.options.threads(), buildSeconds, result.timings().runSeconds(),
                totalSeconds(), result.timings().synapticEvents(), stats, bundles(), failure, cancelled, files);
        RunOutputs.writeJson(dir.resolve(RunOutputs.SUMMARY), RunOutputs.summary(report));
        return report;
    }

    /** @return the variable of a trace file ({@code V} of {@code V} and of {@code E.V}) */
    private static String variable(TraceFile f) {
        String t = f.targets().get(0).target();
        return t.substring(t.indexOf('.') + 1);
    }

    /** @return the unit of a trace file's first target, as the run reports it; "?" when it does not */
    private static String unit(RunResult result, TraceFile f) {
        try {
            org.brainj.api.run.Trace t = result.trace(f.targets().get(0).target());
            return t == null || t.unit() == null || t.unit().isEmpty() ? "?" : t.unit();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    /** A cancelled run's "failure" is the cancellation itself, already said by "cancelled": only a real one. */
    private static String failureMessage(RunResult result, boolean cancelled) {
        Optional<BrainjException> f = result.failure();
        if (f.isEmpty() || (cancelled && !(f.get() instanceof DivergenceException))) {
            return null;
        }
        return f.get().getMessage();
    }

    private static void print(PrintStream out, RunReport r, Path dir, String failure, PrintStream err) {
        if (failure != null) {
            err.println("brainj run: " + failure);
        } else if (r.cancelled()) {
            err.println("brainj run: cancelled; the files hold what was recorded until then");
        }
        String time = r.cancelled() || failure != null
                ? (r.cancelled() ? "cancelled" : "stopped") + " after " + num(r.simulatedMs()) + " of "
                        + num(r.durationMs()) + " ms"
                : num(r.durationMs()) + " ms";
        out.printf(Locale.ROOT, "%s: %d neurons, %d synapses; %s at dt %s ms (%d steps), seed %d, %s, %d thread%s%n",
                r.model(), r.neurons(), r.synapses(), time, num(r.dtMs()), r.steps(), r.seed(), r.method(),
                r.threads(), r.threads() == 1 ? "" : "s");
        out.println("backend: " + r.backend());
        out.printf(Locale.ROOT, "build %.3f s, run %.3f s (%.3f s per biological second), %d spikes, %.2f Hz%n",
                r.buildSeconds(), r.runSeconds(), r.secondsPerBioSecond(), r.spikesTotal(), r.rateHz());
        if (!r.populations().isEmpty()) {
            TextTable t = new TextTable("POPULATION", "SIZE", "SPIKES", "RATE HZ", "CV ISI");
            for (SpikeStatistics p : r.populations()) {
                t.row(p.population(), p.size(), p.spikes(), String.format(Locale.ROOT, "%.2f", p.rateHz()),
                        Double.isNaN(p.cvIsi()) ? "-" : String.format(Locale.ROOT, "%.3f", p.cvIsi()));
            }
            t.print(out);
        }
        out.println("wrote " + dir + "/: " + String.join(", ", r.files()));
    }

    /** @return a number without float noise: 20121.600000000002 prints as 20121.6, 1000.0 as 1000 */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
    }

    /** @return wall seconds since the JVM started (the number a user's stopwatch shows) */
    static double totalSeconds() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) * 1e-3;
    }

    /** @return symbolic name → version of every installed bundle; empty on a plain class path */
    static Map<String, String> bundles() {
        Map<String, String> out = new LinkedHashMap<>();
        Bundle self = FrameworkUtil.getBundle(RunCommand.class);
        BundleContext ctx = self == null ? null : self.getBundleContext();
        if (ctx != null) {
            for (Bundle b : ctx.getBundles()) {
                if (b.getSymbolicName() != null) {
                    out.put(b.getSymbolicName(), b.getVersion().toString());
                }
            }
        }
        return out;
    }
}
