package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.brainj.api.command.Command;
import org.brainj.cli.internal.CliHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is rejected with the option, the value and what is allowed, before anything is built. */
class RunCommandValidationTest {

    @TempDir
    Path tmp;

    private int builds;

    @BeforeEach
    void countBuilds() {
        builds = FakeSimulator.BUILDS.get();
    }

    private void assertUsage(CliHarness.Result r, String... fragments) {
        assertEquals(Command.USAGE, r.status(), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
        }
        assertEquals(builds, FakeSimulator.BUILDS.get(), "nothing may be built for bad input");
    }

    private String out() {
        return tmp.resolve("out").toString();
    }

    @Test
    void unknownModelListsNetworksNeuronsAndJson() {
        assertUsage(RunFixture.run("nosuch", "--out", out()), "unknown model 'nosuch'", "fakediv, fakenet",
                "neuron:FakeLif", "JSON");
        assertFalse(RunFixture.run("nosuch", "--out", out()).err().contains("FakeExpon"),
                "only neuron models are offered as neuron:");
    }

    @Test
    void unknownNeuronModelListsNeuronModels() {
        assertUsage(RunFixture.run("neuron:HH", "--out", out()), "unknown neuron model 'HH'",
                "neuron models: FakeLif");
    }

    @Test
    void missingJsonFileIsNamed() {
        assertUsage(RunFixture.run(tmp.resolve("absent.json").toString(), "--out", out()), "absent.json",
                "is not a readable file");
    }

    @Test
    void durationDtAndThreadsAreRange_checked() {
        assertUsage(RunFixture.run("fakenet", "--duration", "-5", "--out", out()), "--duration -5",
                "must be > 0 ms");
        assertUsage(RunFixture.run("fakenet", "--duration", "0", "--out", out()), "--duration 0", "> 0 ms");
        assertUsage(RunFixture.run("fakenet", "--dt", "0", "--out", out()), "--dt 0", "> 0 ms");
        assertUsage(RunFixture.run("fakenet", "--dt", "abc", "--out", out()), "--dt abc", "number");
        assertUsage(RunFixture.run("fakenet", "--threads", "0", "--out", out()), "--threads 0", ">= 1");
        assertUsage(RunFixture.run("fakenet", "--neurons", "0", "--out", out()), "--neurons 0", ">= 1");
        assertUsage(RunFixture.run("fakenet", "--seed", "x", "--out", out()), "--seed x", "whole number");
        assertUsage(RunFixture.run("fakenet", "--dt", "10", "--duration", "5", "--out", out()), "--dt 10.0 ms",
                "must not exceed the duration");
    }

    @Test
    void badAssignmentsAreNamed() {
        assertUsage(RunFixture.run("fakenet", "--param", "V_th", "--out", out()), "--param V_th",
                "NAME=VALUE");
        assertUsage(RunFixture.run("fakenet", "--param", "V_th=abc", "--out", out()), "--param V_th=abc",
                "finite number");
        assertUsage(RunFixture.run("fakenet", "--init", "=3", "--out", out()), "--init =3", "NAME=VALUE");
    }

    @Test
    void unknownParameterOfNeuronModelListsKnownOnes() {
        assertUsage(RunFixture.run("neuron:FakeLif", "--param", "bogus=1", "--out", out()), "'bogus'",
                "not a parameter of FakeLif", "V_th, tau");
        assertUsage(RunFixture.run("neuron:FakeLif", "--param", "tau=-1", "--out", out()), "'tau' = -1.0 ms",
                "must be > 0 ms");
    }

    @Test
    void unknownNetworkParameterIsReportedByTheCatalog() {
        assertUsage(RunFixture.run("fakenet", "--param", "bogus=1", "--out", out()), "bogus",
                "not a parameter of fakenet");
    }

    @Test
    void neuronsOptionIsRejectedForJsonSpecs() throws IOException {
        Path spec = Files.writeString(tmp.resolve("net.json"), "{}");
        assertUsage(RunFixture.run(spec.toString(), "--neurons", "10", "--out", out()), "--neurons 10",
                "JSON spec sets its population sizes");
    }

    @Test
    void unwritableOutputFolderIsRejectedBeforeTheRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        String bad = file.resolve("sub").toString();
        assertUsage(RunFixture.run("fakenet", "--out", bad), "--out " + bad, "cannot be created (not a directory)");
        assertFalse(Files.exists(file.resolve("sub")));
    }

    @Test
    void unknownMonitorVariableListsEachPopulationsVariables() {
        CliHarness.Result r = RunFixture.run("fakenet", "--monitor", "nosuch", "--out", out());
        assertEquals(Command.USAGE, r.status(), r.err());
        assertTrue(r.err().contains("no population has a variable 'nosuch'; variables: E: V, g; I: V, g"),
                r.err());
        r = RunFixture.run("fakenet", "--monitor", "X.V", "--out", out());
        assertTrue(r.err().contains("no population 'X'; populations: E, I"), r.err());
        r = RunFixture.run("fakenet", "--monitor", "I.V[0:31]", "--out", out());
        assertTrue(r.err().contains("0 <= a < b <= 30"), r.err());
    }
}
