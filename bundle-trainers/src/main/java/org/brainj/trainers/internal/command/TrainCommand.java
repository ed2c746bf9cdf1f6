package org.brainj.trainers.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.command.TextTable;
import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.platform.Provider;
import org.brainj.trainers.internal.task.TaskOutcome;
import org.brainj.trainers.internal.task.TaskSettings;
import org.brainj.trainers.internal.task.TrainTask;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj train TASK [--epochs N] [--batch B] [--seed S] [--threads N] [--out DIR]}: runs one of the
 * built-in training tasks (found with {@link ServiceLoader} in this bundle) and writes {@code DIR/summary.json}
 * (task, epochs, train_loss per epoch, the task's test metrics as top-level fields, timings {total_s, per_epoch_s},
 * details) and {@code DIR/learning_curve.png}. Without a task it lists the tasks.
 */
@Component(service = Command.class, property = Provider.RANKING + "=0")
public final class TrainCommand implements Command {

    static final String SUMMARY = "summary.json";
    static final String PLOT = "learning_curve.png";
    static final int MAX_EPOCHS = 100_000;
    static final int MAX_BATCH = 1_000_000;
    static final int MAX_THREADS = 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<TrainTask> tasks;

    /** The command over the tasks listed in this bundle's {@code META-INF/services}. */
    public TrainCommand() {
        this(load());
    }

    /** @param tasks the tasks it offers (tests) */
    TrainCommand(List<TrainTask> tasks) {
        this.tasks = List.copyOf(tasks);
    }

    private static List<TrainTask> load() {
        List<TrainTask> found = new ArrayList<>();
        for (TrainTask t : ServiceLoader.load(TrainTask.class, TrainCommand.class.getClassLoader())) {
            found.add(t);
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    @Override
    public CommandSpec spec() {
        StringBuilder d = new StringBuilder("Trains a built-in model and writes DIR/summary.json (task, epochs, "
                + "train_loss per epoch, the test metric, timings) and DIR/learning_curve.png. Tasks:");
        for (TrainTask t : tasks) {
            d.append("\n  ").append(t.name()).append(" - ").append(t.description()).append(" (default epochs ")
                    .append(t.defaultEpochs()).append(')');
        }
        return new CommandSpec("train", "Train a built-in model (digits-snn, force-sines, esn-mackey-glass, ...).",
                d.toString(),
                List.of(OptionSpec.value("--epochs", "N", "passes over the training data, 1.." + MAX_EPOCHS
                                + " (default: the task's)", ""),
                        OptionSpec.value("--batch", "B", "samples per update, 1.." + MAX_BATCH
                                + " (default: the task's)", ""),
                        OptionSpec.value("--seed", "S", "seed of every random draw", "1"),
                        OptionSpec.value("--threads", "N", "worker threads, 1.." + MAX_THREADS, "1"),
                        OptionSpec.value("--backend", "NAME", "auto or cpu: training runs on the CPU (the autodiff "
                                + "tape, EJML); cuda offers no training operators yet", "auto"),
                        OptionSpec.value("--out", "DIR", "output folder (default: results/TASK)", "")),
                new PositionalSpec("TASK", "the task to train", 0, 1));
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return "brainj train: built-in training tasks";
    }

    @Override
    public int execute(CommandInvocation inv) {
        PrintStream err = inv.err();
        if (inv.positionals().isEmpty()) {
            err.println("brainj train: name a TASK; known tasks:");
            listTasks(err);
            return USAGE;
        }
        String name = inv.positionals().get(0);
        Optional<TrainTask> found = tasks.stream().filter(t -> t.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            List<String> known = tasks.stream().map(TrainTask::name).toList();
            err.println("brainj train: unknown task '" + name + "'; known tasks: " + String.join(", ", known));
            return USAGE;
        }
        TrainTask task = found.get();
        int epochs;
        int batch;
        long seed;
        int threads;
        Path out;
        try {
            epochs = intOption(inv, "--epochs", task.defaultEpochs(), 1, MAX_EPOCHS);
            batch = intOption(inv, "--batch", task.defaultBatch(), 1, MAX_BATCH);
            seed = longOption(inv, "--seed", 1L);
            threads = intOption(inv, "--threads", 1, 1, MAX_THREADS);
            String backend = inv.option("--backend").orElse("auto").trim();
            if (!backend.equals("auto") && !backend.equals("cpu")) {
                throw new ParameterException("--backend", backend, "auto or cpu: the training tasks run on the CPU "
                        + "(the autodiff tape and EJML); the " + backend + " backend offers no training operators");
            }
            String dir = inv.option("--out").orElse("").trim();
            out = dir.isEmpty() ? Path.of("results", task.name()) : Path.of(dir);
        } catch (ParameterException e) {
            err.println("brainj train: " + e.getMessage());
            return USAGE;
        } catch (InvalidPathException e) {
            err.println("brainj train: --out = '" + inv.option("--out").orElse("") + "' is not a valid path: "
                    + e.getReason());
            return USAGE;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("brainj train: cannot create the output folder " + out.toAbsolutePath() + ": " + e);
            return FAILED;
        }
        // Before any AWT class loads (XChart's fonts), also when the task itself touches java.desktop.
        LearningCurvePlot.headless();
        TrainProgress bar = new TrainProgress(err, inv.interactive());
        TaskOutcome outcome;
        try {
            outcome = task.run(new TaskSettings(epochs, batch, seed, threads, out, bar));
        } catch (ParameterException e) {
            bar.clear();
            err.println("brainj train " + name + ": " + e.getMessage());
            return USAGE;
        } catch (BrainjException | java.io.UncheckedIOException e) {
            bar.clear();
            err.println("brainj train " + name + ": " + e.getMessage());
            return FAILED;
        } finally {
            bar.clear();
        }
        List<String> files = new ArrayList<>();
        files.add(SUMMARY);
        String plotNote = null;
        try {
            LearningCurvePlot.draw(out.resolve(PLOT), task.name(), outcome.trainLoss(), metricsText(outcome));
            files.add(PLOT);
        } catch (IOException | LinkageError | RuntimeException e) {
            // No XChart bundle, or no fonts on a bare server: the training result stands without its picture.
            plotNote = "learning curve not drawn: " + e;
        }
        try {
            writeSummary(out.resolve(SUMMARY), outcome, batch, seed, threads, files);
        } catch (IOException e) {
            err.println("brainj train: cannot write " + out.resolve(SUMMARY).toAbsolutePath() + ": " + e);
            return FAILED;
        }
        if (plotNote != null) {
            err.println("brainj train: " + plotNote);
        }
        PrintStream o = inv.out();
        o.printf(Locale.ROOT, "%s: %d epoch(s) in %.2f s, final train loss %s, %s%n", task.name(), outcome.epochs(),
                outcome.totalSeconds(), outcome.trainLoss().length == 0 ? "-"
                        : String.format(Locale.ROOT, "%.4g", outcome.trainLoss()[outcome.trainLoss().length - 1]),
                metricsText(outcome));
        o.println("results: " + out.toAbsolutePath());
        return OK;
    }

    private void listTasks(PrintStream p) {
        TextTable table = new TextTable("TASK", "EPOCHS", "BATCH", "DESCRIPTION");
        for (TrainTask t : tasks) {
            table.row(t.name(), t.defaultEpochs(), t.defaultBatch(), t.description());
        }
        table.print(p);
    }

    private static String metricsText(TaskOutcome o) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : new TreeMap<>(o.testMetrics()).entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.4g", e.getValue()));
        }
        return sb.toString();
    }

    static void writeSummary(Path file, TaskOutcome o, int batch, long seed, int threads, List<String> files)
            throws IOException {
        ObjectNode s = JSON.createObjectNode();
        s.put("task", o.task());
        s.put("epochs", o.epochs());
        ArrayNode loss = s.putArray("train_loss");
        for (double v : o.trainLoss()) {
            number(loss, v);
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(o.testMetrics()).entrySet()) {
            if (Double.isFinite(e.getValue())) {
                s.put(e.getKey(), e.getValue());
            } else {
                s.putNull(e.getKey());
            }
        }
        ObjectNode t = s.putObject("timings");
        t.put("total_s", o.totalSeconds());
        ArrayNode per = t.putArray("per_epoch_s");
        for (double v : o.epochSeconds()) {
            number(per, v);
        }
        ObjectNode details = s.putObject("details");
        details.put("seed", seed);
        details.put("batch", batch);
        details.put("threads", threads);
        details.put("backend", "cpu");
        if (o.extra() != null) {
            for (Map.Entry<String, Object> e : o.extra().entrySet()) {
                details.set(e.getKey(), JSON.valueToTree(e.getValue()));
            }
        }
        ArrayNode f = s.putArray("files");
        files.forEach(f::add);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(JSON.writeValueAsString(s));
            w.write('\n');
        }
    }

    private static void number(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }

    private static int intOption(CommandInvocation inv, String option, int dflt, int min, int max) {
        Optional<String> given = inv.option(option).map(String::trim).filter(v -> !v.isEmpty());
        if (given.isEmpty()) {
            return dflt;
        }
        long v;
        try {
            v = Long.parseLong(given.get());
        } catch (NumberFormatException e) {
            throw new ParameterException(option, "'" + given.get() + "'", "must be a whole number in [" + min + ", "
                    + max + "]");
        }
        if (v < min || v > max) {
            throw new ParameterException(option, given.get(), "must be in [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    private static long longOption(CommandInvocation inv, String option, long dflt) {
        Optional<String> given = inv.option(option).map(String::trim).filter(v -> !v.isEmpty());
        if (given.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(given.get());
        } catch (NumberFormatException e) {
            throw new ParameterException(option, "'" + given.get() + "'", "must be a whole number (64-bit)");
        }
    }
}
