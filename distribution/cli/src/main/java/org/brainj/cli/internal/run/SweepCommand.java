package org.brainj.cli.internal.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.Simulator;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj sweep MODEL --grid NAME=LO:HI:COUNT [...] [--seeds N]}: runs a model at every point of a parameter
 * grid (times N seeds) and writes {@code sweep.csv} (one row per point: parameters, seed, rate and ISI CV per
 * population, spikes, run time) and, for two axes, the heat map {@code sweep.png}. The points run on {@code --jobs}
 * threads; under {@code mpirun} (or {@code srun}) the ranks share them (point i on rank i mod K) and rank 0 writes
 * the table; {@code --sweep-index I} runs point I alone (one Slurm array task) into {@code points/}, and
 * {@code --merge} joins those files. Every point's result depends only on its parameters and seed, so the table is
 * the same however the points were spread.
 */
@Component(service = Command.class, property = Provider.RANKING + "=" + SweepCommand.RANKING)
public final class SweepCommand implements Command {

    static final int RANKING = 0;

    static final OptionSpec GRID = OptionSpec.repeatable("--grid", "NAME=LO:HI:COUNT",
            "an axis: COUNT values of the model parameter NAME (or neurons) from LO to HI; repeatable, the first "
                    + "varies slowest");
    static final OptionSpec SEEDS = OptionSpec.value("--seeds", "N", "seeds per grid point: SEED, SEED+1, ...", "1");
    static final OptionSpec SEED = OptionSpec.value("--seed", "N", "the first seed (default: 42)", "");
    static final OptionSpec JOBS = OptionSpec.value("--jobs", "N", "points run at once on this process's threads",
            "1");
    static final OptionSpec INDEX = OptionSpec.value("--sweep-index", "I",
            "run point I only and write DIR/points/point-I.csv (a Slurm array task: --sweep-index "
                    + "$SLURM_ARRAY_TASK_ID); join them with --merge", "");
    static final OptionSpec MERGE = OptionSpec.flag("--merge",
            "join the DIR/points/ files of --sweep-index runs into DIR/sweep.csv (and the heat map)");

    private static final CommandSpec SPEC = new CommandSpec("sweep",
            "Run a model over a parameter grid and seeds; write sweep.csv and a heat map.",
            "Points run on --jobs threads, shared between the ranks under mpirun/srun (rank 0 writes), or one per "
                    + "--sweep-index for Slurm job arrays. Writes DIR/sweep.csv: point, the grid's parameters, seed, "
                    + "POP_rate_hz and POP_cv_isi per population, spikes, run_s, failure; with two axes also "
                    + "DIR/sweep.png (the first population's rate, averaged over seeds).",
            List.of(GRID, SEEDS, SEED, RunSettings.DURATION, RunSettings.DT, RunSettings.METHOD, RunSettings.BACKEND,
                    RunSettings.NEURONS, RunSettings.PARAM, RunSettings.INIT, RunSettings.INPUT, JOBS, INDEX, MERGE,
                    OptionSpec.value("--out", "DIR", "output folder (default: results/MODEL-sweep)", "")),
            new PositionalSpec("MODEL", "network name, neuron:MODEL or a .json spec", 1, 1));

    private final Supplier<ModelResolver> resolver;
    private final Supplier<Optional<Simulator>> simulator;
    private final Supplier<Optional<SpikeExchange>> exchange;

    /** The command over the installed providers and, under mpirun, the launcher's MPI session. */
    public SweepCommand() {
        this(ModelResolver::fromProviders, () -> Providers.best(Simulator.class), MpiBridge::find);
    }

    SweepCommand(Supplier<ModelResolver> resolver, Supplier<Optional<Simulator>> simulator,
                 Supplier<Optional<SpikeExchange>> exchange) {
        this.resolver = resolver;
        this.simulator = simulator;
        this.exchange = exchange;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return RANKING;
    }

    /** What the command line asks for. */
    private static final class Plan {
        String model;
        SweepGrid grid;
        ModelRequest base;
        OptionalDouble duration;
        OptionalDouble dt;
        String method;
        String backend;
        int jobs;
        OptionalInt index;
        boolean merge;
        Path dir;
        ModelResolver models;
        Simulator sim;
    }

    @Override
    public int execute(CommandInvocation inv) throws IOException {
        PrintStream err = inv.err();
        Plan p;
        try {
            p = plan(inv);
        } catch (UsageError | ParameterException e) {
            err.println("brainj sweep: " + e.getMessage());
            return USAGE;
        }
        SpikeExchange ex = exchange.get().orElse(null);
        int rank = ex == null ? 0 : ex.rank();
        int ranks = ex == null ? 1 : ex.ranks();
        long t0 = System.nanoTime();
        List<SweepTable.Row> rows;
        if (p.merge) {
            rows = readPoints(p.dir.resolve("points"));
            if (rows.isEmpty()) {
                err.println("brainj sweep: --merge found no point files in " + p.dir.resolve("points"));
                return FAILED;
            }
            String incomplete = missingPoints(rows, p.grid.size());
            if (incomplete != null) {
                err.println("brainj sweep: --merge: " + incomplete + " in " + p.dir.resolve("points")
                        + "; run those --sweep-index tasks (with the same --grid and --seeds) first");
                return FAILED;
            }
        } else if (p.index.isPresent()) {
            SweepTable.Row row = runPoint(p, p.index.getAsInt());
            Path points = Files.createDirectories(p.dir.resolve("points"));
            Path file = points.resolve(String.format(Locale.ROOT, "point-%07d.csv", row.point()));
            Files.writeString(file, row.text(), StandardCharsets.UTF_8);
            inv.out().println("point " + row.point() + " of " + p.grid.size() + ": wrote " + file);
            return row.value("failure").isEmpty() ? OK : FAILED;
        } else {
            List<Integer> mine = new ArrayList<>();
            for (int i = rank; i < p.grid.size(); i += ranks) {
                mine.add(i);
            }
            rows = runAll(p, mine);
            if (ranks > 1) {
                StringBuilder text = new StringBuilder();
                for (SweepTable.Row r : rows) {
                    text.append(r.text()).append('\u0000');
                }
                byte[][] all = ex.allGatherBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                if (rank != 0) {
                    return OK;
                }
                rows = new ArrayList<>();
                for (byte[] block : all) {
                    for (String part : new String(block, StandardCharsets.UTF_8).split("\u0000")) {
                        if (!part.isBlank()) {
                            rows.add(SweepTable.Row.parse(part));
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<String> files = new ArrayList<>();
        SweepTable.write(p.dir.resolve(SweepTable.TABLE), rows);
        files.add(SweepTable.TABLE);
        if (p.grid.axes().size() == 2) {
            try {
                Plots.headless();
                SweepTable.heatMap(p.dir.resolve(SweepTable.HEAT_MAP), p.grid, rows, p.model);
                files.add(SweepTable.HEAT_MAP);
            } catch (IOException | RuntimeException | LinkageError e) {
                err.println("brainj sweep: could not draw the heat map: " + e);
            }
        }
        long failed = rows.stream().filter(r -> !r.value("failure").isEmpty()).count();
        inv.out().printf(Locale.ROOT, "%s: %d points (%d grid points x %d seeds) in %.2f s on %s%n", p.model,
                rows.size(), p.grid.size() / p.grid.seeds(), p.grid.seeds(), seconds,
                p.merge ? "--sweep-index tasks" : ranks > 1 ? ranks + " ranks x " + p.jobs + " jobs"
                        : p.jobs + " job" + (p.jobs == 1 ? "" : "s"));
        if (failed > 0) {
            err.println("brainj sweep: " + failed + " point(s) failed; see the failure column");
        }
        inv.out().println("wrote " + p.dir + "/: " + String.join(", ", files));
        return failed > 0 ? FAILED : OK;
    }

    private Plan plan(CommandInvocation inv) {
        Plan p = new Plan();
        List<String> pos = inv.positionals();
        if (pos.isEmpty() || pos.get(0).isBlank()) {
            throw new UsageError("no model given; say a built-in network (e.g. coba) or a JSON network spec");
        }
        p.model = pos.get(0);
        int seeds = Args.atLeast("--seeds", inv.option("--seeds").orElse("1"), 1);
        long seed0 = inv.option("--seed").map(t -> Args.integer("--seed", t)).orElse(RunSettings.DEFAULT_SEED);
        p.grid = SweepGrid.parse(inv.options("--grid"), seeds, seed0);
        p.duration = inv.option("--duration").map(t -> OptionalDouble.of(Args.positive("--duration", t, "ms")))
                .orElse(OptionalDouble.empty());
        p.dt = inv.option("--dt").map(t -> OptionalDouble.of(Args.positive("--dt", t, "ms")))
                .orElse(OptionalDouble.empty());
        p.method = inv.option("--method").orElse("exp_auto").trim();
        p.backend = inv.option("--backend").orElse("auto").trim();
        p.jobs = Args.atLeast("--jobs", inv.option("--jobs").orElse("1"), 1);
        OptionalInt neurons = inv.option("--neurons").map(t -> OptionalInt.of(Args.atLeast("--neurons", t, 1)))
                .orElse(OptionalInt.empty());
        OptionalDouble input = inv.option("--input").map(t -> OptionalDouble.of(Args.number("--input", t,
                "must be a finite number (a current in the model's units)"))).orElse(OptionalDouble.empty());
        p.base = new ModelRequest(neurons, Args.assignments("--param", "V_th=-50", inv.options("--param")),
                Args.assignments("--init", "V=-60", inv.options("--init")), input);
        p.index = inv.option("--sweep-index").map(t -> OptionalInt.of(Args.atLeast("--sweep-index", t, 0)))
                .orElse(OptionalInt.empty());
        if (p.index.isPresent() && p.index.getAsInt() >= p.grid.size()) {
            throw UsageError.of("--sweep-index", String.valueOf(p.index.getAsInt()), "must be in [0, "
                    + p.grid.size() + "): the grid has " + p.grid.size() + " points");
        }
        p.merge = inv.flag("--merge");
        p.models = resolver.get();
        // Point 0 resolved now: an unknown model or parameter is reported before anything runs.
        ResolvedModel first = resolve(p, 0);
        p.dir = RunOutputs.prepare(inv.option("--out").map(RunSettings::path)
                .orElse(Path.of("results", first.folderName() + "-sweep")));
        p.sim = simulator.get().orElseThrow(() -> new UsageError("no simulator is installed: the models "
                + "bundle (org.brainj.models) provides one; 'brainj bundles' shows what is installed"));
        return p;
    }

    private static ResolvedModel resolve(Plan p, int point) {
        Map<String, Double> params = new LinkedHashMap<>(p.base.params());
        OptionalInt neurons = p.base.neurons();
        for (Map.Entry<String, Double> e : p.grid.values(point).entrySet()) {
            if (e.getKey().equals("neurons")) {
                long n = Math.round(e.getValue());
                if (n < 1 || n > Integer.MAX_VALUE) {
                    throw UsageError.of("--grid neurons", RunCommand.num(e.getValue()), "must be >= 1");
                }
                neurons = OptionalInt.of((int) n);
            } else {
                params.put(e.getKey(), e.getValue());
            }
        }
        return p.models.resolve(p.model, new ModelRequest(neurons, params, p.base.init(), p.base.input()));
    }

    private List<SweepTable.Row> runAll(Plan p, List<Integer> points) throws IOException {
        List<SweepTable.Row> rows = new ArrayList<>();
        if (p.jobs == 1 || points.size() <= 1) {
            for (int i : points) {
                rows.add(runPoint(p, i));
            }
            return rows;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(p.jobs, points.size()));
        try {
            List<Future<SweepTable.Row>> futures = new ArrayList<>();
            for (int i : points) {
                futures.add(pool.submit(() -> runPoint(p, i)));
            }
            for (Future<SweepTable.Row> f : futures) {
                rows.add(f.get());
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("sweep interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a sweep point failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one point; a model error (divergence, a bad value at this point) goes into its failure column. */
    private static SweepTable.Row runPoint(Plan p, int point) {
        Map<String, Double> values = p.grid.values(point);
        long seed = p.grid.seed(point);
        List<SpikeStatistics> stats = new ArrayList<>();
        String failure = null;
        double seconds = 0;
        try {
            ResolvedModel m = resolve(p, point);
            double duration = p.duration.orElse(m.defaultDuration());
            double dt = p.dt.orElse(m.dt().orElse(RunSettings.DEFAULT_DT));
            SimulationOptions o = new SimulationOptions(dt, seed, p.backend, p.method, 1);
            List<MonitorSpec> spikes = new ArrayList<>();
            for (PopulationSpec pop : m.spec().populations()) {
                spikes.add(MonitorSpec.of(pop.name() + ".spike"));
            }
            RunResult r = p.sim.build(m.spec(), o).run(RunRequest.of(duration,
                    spikes.toArray(new MonitorSpec[0])));
            seconds = r.timings().runSeconds();
            for (String pop : r.spikePopulations()) {
                stats.add(SpikeStatistics.of(r.spikes(pop), r.duration()));
            }
            failure = r.failure().map(BrainjException::getMessage).orElse(null);
        } catch (BrainjException | UsageError e) {
            failure = e.getMessage();
        }
        return SweepTable.row(point, values, seed, stats, seconds, failure);
    }

    /**
     * @return what keeps the point files from being the whole grid (points missing, or outside it: files of another
     *         grid), or null when every point in [0, size) has one
     */
    static String missingPoints(List<SweepTable.Row> rows, int size) {
        java.util.BitSet seen = new java.util.BitSet(size);
        for (SweepTable.Row r : rows) {
            if (r.point() < 0 || r.point() >= size) {
                return "point file " + r.point() + " is outside this grid's points [0, " + size + ")";
            }
            seen.set(r.point());
        }
        int missing = size - seen.cardinality();
        if (missing == 0) {
            return null;
        }
        StringBuilder list = new StringBuilder();
        int shown = 0;
        for (int i = seen.nextClearBit(0); i < size && shown < 10; i = seen.nextClearBit(i + 1), shown++) {
            list.append(shown == 0 ? "" : ", ").append(i);
        }
        return missing + " of " + size + " points have no file (" + list + (missing > shown ? ", ..." : "") + ")";
    }

    private static List<SweepTable.Row> readPoints(Path dir) throws IOException {
        List<SweepTable.Row> rows = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return rows;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "point-*.csv")) {
            for (Path f : files) {
                rows.addAll(SweepTable.read(f));
            }
        }
        return rows;
    }
}
