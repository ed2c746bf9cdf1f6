package org.brainj.cli.internal.run;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.OptionSpec;

/**
 * The options of {@code brainj run}, parsed and checked. Options whose default depends on the model (duration; dt
 * and seed, which a JSON spec may set) are empty when not given.
 *
 * @param modelName the model argument: a network name, {@code neuron:MODEL} or a JSON spec's path
 * @param duration simulated time [ms], when given
 * @param dt       step [ms], when given
 * @param seed     seed, when given
 * @param method   default integration method
 * @param backend  operator backend request
 * @param threads  worker threads
 * @param model    what to build, with its parameters, initial values and input
 * @param monitors the {@code --monitor} requests as given
 * @param out      the output folder, when given
 * @param plot     whether to draw PNG plots
 */
record RunSettings(String modelName, OptionalDouble duration, OptionalDouble dt, OptionalLong seed, String method,
                   String backend, int threads, ModelRequest model, List<String> monitors, Optional<Path> out,
                   boolean plot) {

    /** Step used unless the command line or a JSON spec says otherwise [ms]. */
    static final double DEFAULT_DT = 0.1;
    /** Seed used unless the command line or a JSON spec says otherwise. */
    static final long DEFAULT_SEED = 42L;

    static final OptionSpec DURATION = OptionSpec.value("--duration", "MS",
            "simulated time in ms (default: the network's own, 1000 for a JSON spec unless it says, 100 for neuron:)",
            "");
    static final OptionSpec DT = OptionSpec.value("--dt", "MS", "integration step in ms (default: 0.1)", "");
    static final OptionSpec SEED = OptionSpec.value("--seed", "N", "seed of every random draw (default: 42)", "");
    static final OptionSpec METHOD = OptionSpec.value("--method", "NAME",
            "integration method of models that do not choose one (see 'brainj integrators')", "exp_auto");
    static final OptionSpec BACKEND = OptionSpec.value("--backend", "NAME",
            "operator backend: auto, cpu, cuda or a backend's name (see 'brainj backends')", "auto");
    static final OptionSpec THREADS = OptionSpec.value("--threads", "N", "worker threads, >= 1", "1");
    static final OptionSpec NEURONS = OptionSpec.value("--neurons", "N",
            "total neurons of a built-in network (members of the population for neuron:MODEL, default 1)", "");
    static final OptionSpec PARAM = OptionSpec.repeatable("--param", "NAME=VALUE",
            "a model parameter in BrainPy's spelling, e.g. V_th=-50 (see 'brainj models'); repeatable");
    static final OptionSpec INIT = OptionSpec.repeatable("--init", "VAR=VALUE",
            "initial value of a state variable in every neuron population, e.g. V=-60; repeatable");
    static final OptionSpec INPUT = OptionSpec.value("--input", "CURRENT",
            "constant input current in the model's units, into every neuron population (default 0 for neuron:)",
            "");
    static final OptionSpec MONITOR = OptionSpec.repeatable("--monitor", "VAR",
            "record a state variable: VAR (every population that has it), POP.VAR, and VAR[a:b] for members a..b-1;"
                    + " the first 100 members of larger populations by default; repeatable");
    static final OptionSpec OUT = OptionSpec.value("--out", "DIR", "output folder (default: results/MODEL)", "");
    static final OptionSpec PLOT = OptionSpec.flag("--plot",
            "also draw raster.png and one VAR.png per monitored variable");

    static final OptionSpec DISTRIBUTED = OptionSpec.flag("--distributed",
            "partition the network over the ranks of mpirun/srun (mpirun -np K brainj run coba --distributed); "
                    + "spikes identical to one process; rank 0 writes the results (docs/distributed.md)");

    /** The options, in help order. */
    static final List<OptionSpec> OPTIONS = List.of(DURATION, DT, SEED, METHOD, BACKEND, THREADS, NEURONS, PARAM,
            INIT, INPUT, MONITOR, OUT, PLOT, DISTRIBUTED);

    /**
     * @param inv the parsed call
     * @return the settings
     * @throws UsageError naming the first bad option, its value and what is allowed
     */
    static RunSettings parse(CommandInvocation inv) {
        List<String> pos = inv.positionals();
        if (pos.isEmpty() || pos.get(0).isBlank()) {
            throw new UsageError("no model given; say a built-in network (e.g. coba), neuron:MODEL (e.g. neuron:HH)"
                    + " or the path of a JSON network spec");
        }
        OptionalDouble duration = inv.option("--duration").map(t -> OptionalDouble.of(Args.positive("--duration", t,
                "ms"))).orElse(OptionalDouble.empty());
        OptionalDouble dt = inv.option("--dt").map(t -> OptionalDouble.of(Args.positive("--dt", t, "ms")))
                .orElse(OptionalDouble.empty());
        OptionalLong seed = inv.option("--seed").map(t -> OptionalLong.of(Args.integer("--seed", t)))
                .orElse(OptionalLong.empty());
        String method = nonBlank("--method", inv.option("--method").orElse("exp_auto"), "an integration method");
        String backend = nonBlank("--backend", inv.option("--backend").orElse("auto"), "auto, cpu, cuda or a name");
        int threads = Args.atLeast("--threads", inv.option("--threads").orElse("1"), 1);
        OptionalInt neurons = inv.option("--neurons").map(t -> OptionalInt.of(Args.atLeast("--neurons", t, 1)))
                .orElse(OptionalInt.empty());
        Map<String, Double> params = Args.assignments("--param", "V_th=-50", inv.options("--param"));
        Map<String, Double> init = Args.assignments("--init", "V=-60", inv.options("--init"));
        OptionalDouble input = inv.option("--input").map(t -> OptionalDouble.of(Args.number("--input", t,
                "must be a finite number (a current in the model's units)"))).orElse(OptionalDouble.empty());
        Optional<Path> out = inv.option("--out").map(RunSettings::path);
        return new RunSettings(pos.get(0), duration, dt, seed, method, backend, threads,
                new ModelRequest(neurons, params, init, input), inv.options("--monitor"), out, inv.flag("--plot"));
    }

    private static String nonBlank(String option, String value, String allowed) {
        if (value.isBlank()) {
            throw UsageError.of(option, "''", "must be " + allowed);
        }
        return value.trim();
    }

    /**
     * @param text a folder's path as given
     * @return the path
     */
    static Path path(String text) {
        try {
            if (text.isBlank()) {
                throw new InvalidPathException(text, "empty");
            }
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw UsageError.of("--out", "'" + text + "'", "must be a folder path (" + e.getReason() + ")");
        }
    }
}
