package org.brainj.cli.internal.run;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.brainj.api.command.Command;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.cli.internal.CliHarness;

/** Builds the run and bench commands over the fakes and runs them through the real dispatcher. */
final class RunFixture {

    private RunFixture() {
    }

    /** A JSON spec reader that ignores the file: one population P (FakeLif, 20 members), dt 0.2, seed 7. */
    static final JsonSpec.Reader JSON = file -> new JsonSpec(new NetworkSpec("fromjson",
            List.of(new PopulationSpec("P", "FakeLif", 20, Parameters.empty())), List.of(), List.of()),
            OptionalDouble.empty(), OptionalDouble.of(0.2), OptionalLong.of(7L),
            List.of(MonitorSpec.of("P.g")));

    static ModelResolver resolver() {
        return new ModelResolver(List.of(new FakeCatalog()), List.of(new FakeModels()), JSON);
    }

    static RunCommand run(RunCancellation cancellation) {
        return new RunCommand(RunFixture::resolver, () -> Optional.of(new FakeSimulator()), err -> cancellation);
    }

    static CliHarness.Result run(String... args) {
        return run(RunCancellation.manual(), args);
    }

    static CliHarness.Result run(RunCancellation cancellation, String... args) {
        return CliHarness.run(List.<Command>of(run(cancellation)), prepend("run", args));
    }

    static CliHarness.Result bench(String... args) {
        BenchCommand b = new BenchCommand(RunFixture::resolver, () -> Optional.of(new FakeSimulator()));
        return CliHarness.run(List.<Command>of(b), prepend("bench", args));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
