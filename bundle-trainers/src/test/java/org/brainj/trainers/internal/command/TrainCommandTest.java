package org.brainj.trainers.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.trainers.internal.task.TaskOutcome;
import org.brainj.trainers.internal.task.TaskSettings;
import org.brainj.trainers.internal.task.TrainTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    /** A task that trains nothing: its loss halves each epoch. */
    private static final class Halving implements TrainTask {
        TaskSettings seen;

        public String name() {
            return "halving";
        }

        public String description() {
            return "test task";
        }

        public int defaultEpochs() {
            return 3;
        }

        public int defaultBatch() {
            return 8;
        }

        public TaskOutcome run(TaskSettings s) {
            seen = s;
            double[] loss = new double[s.epochs()];
            double[] sec = new double[s.epochs()];
            for (int e = 0; e < loss.length; e++) {
                loss[e] = Math.pow(0.5, e);
                sec[e] = 0.01;
                s.progress().progress(e + 1, s.epochs());
            }
            return new TaskOutcome(name(), s.epochs(), loss, Map.of("test_accuracy", 0.75), 0.05, sec,
                    Map.of("note", "hello"));
        }
    }

    private static final class Call implements CommandInvocation {
        private final Map<String, String> options;
        private final List<String> positionals;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        Call(Map<String, String> options, List<String> positionals) {
            this.options = options;
            this.positionals = positionals;
        }

        public List<String> positionals() {
            return positionals;
        }

        public Optional<String> option(String name) {
            return Optional.ofNullable(options.get(name));
        }

        public boolean flag(String name) {
            return options.containsKey(name);
        }

        public PrintStream out() {
            return new PrintStream(out, true, StandardCharsets.UTF_8);
        }

        public PrintStream err() {
            return new PrintStream(err, true, StandardCharsets.UTF_8);
        }

        public InputStream in() {
            return InputStream.nullInputStream();
        }

        public Path home() {
            return Path.of(".");
        }

        public boolean interactive() {
            return false;
        }

        String errText() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesSummaryAndLearningCurve(@TempDir Path dir) throws Exception {
        Halving task = new Halving();
        TrainCommand cmd = new TrainCommand(List.of(task));
        Call call = new Call(Map.of("--epochs", "4", "--seed", "9", "--out", dir.toString(), "--threads", "2"),
                List.of("halving"));
        assertEquals(Command.OK, cmd.execute(call), call.errText());
        assertEquals(4, task.seen.epochs());
        assertEquals(8, task.seen.batch());
        assertEquals(9L, task.seen.seed());
        assertEquals(2, task.seen.threads());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("halving", s.get("task").asText());
        assertEquals(4, s.get("epochs").asInt());
        assertEquals(4, s.get("train_loss").size());
        assertEquals(0.125, s.get("train_loss").get(3).asDouble(), 0);
        assertEquals(0.75, s.get("test_accuracy").asDouble(), 0);
        assertEquals(0.05, s.get("timings").get("total_s").asDouble(), 0);
        assertEquals(4, s.get("timings").get("per_epoch_s").size());
        assertEquals("hello", s.get("details").get("note").asText());
        assertEquals("cpu", s.get("details").get("backend").asText());
        assertTrue(Files.size(dir.resolve("learning_curve.png")) > 1000, "a PNG was drawn");
    }

    @Test
    void usageErrorsNameTheProblem() {
        TrainCommand cmd = new TrainCommand(List.of(new Halving()));
        Call unknown = new Call(Map.of(), List.of("mnist"));
        assertEquals(Command.USAGE, cmd.execute(unknown));
        assertTrue(unknown.errText().contains("unknown task 'mnist'") && unknown.errText().contains("halving"),
                unknown.errText());
        Call zero = new Call(Map.of("--epochs", "0"), List.of("halving"));
        assertEquals(Command.USAGE, cmd.execute(zero));
        assertTrue(zero.errText().contains("--epochs") && zero.errText().contains("[1, 100000]"), zero.errText());
        Call text = new Call(Map.of("--batch", "many"), List.of("halving"));
        assertEquals(Command.USAGE, cmd.execute(text));
        assertTrue(text.errText().contains("--batch") && text.errText().contains("whole number"), text.errText());
        Call none = new Call(Map.of(), List.of());
        assertEquals(Command.USAGE, cmd.execute(none));
        assertTrue(none.errText().contains("halving"), none.errText());
        Call cuda = new Call(Map.of("--backend", "cuda"), List.of("halving"));
        assertEquals(Command.USAGE, cmd.execute(cuda));
        assertTrue(cuda.errText().contains("--backend") && cuda.errText().contains("auto or cpu"), cuda.errText());
    }

    @Test
    void theBundlesTasksAreFoundAndListedInHelp() {
        String help = new TrainCommand().spec().description();
        assertTrue(help.contains("force-sines") && help.contains("esn-mackey-glass"), help);
        assertEquals("train", new TrainCommand().name());
    }
}
