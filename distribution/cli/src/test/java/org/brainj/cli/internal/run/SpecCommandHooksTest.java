package org.brainj.cli.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.brainj.api.command.Command;
import org.brainj.cli.internal.CliHarness;
import org.brainj.cli.internal.spec.JsonNetworkSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brainj spec FILE} keeps what a spec file adds beyond populations, projections and inputs: a projection's
 * plasticity rule and connector data, and the network's couplings (the command rebuilds the spec to order its
 * maps, which must not drop them).
 */
class SpecCommandHooksTest {

    @TempDir
    Path tmp;

    @Test
    void plasticityDataAndCouplingsSurviveBrainjSpec() throws IOException {
        Files.writeString(tmp.resolve("sc.csv"), "0,1\n1,0\n");
        Path file = tmp.resolve("hooks.json");
        Files.writeString(file, """
                {"name": "hooks", "duration": 100,
                 "populations": [{"name": "P", "model": "LifRef", "size": 2}, {"name": "Q", "model": "LifRef", "size": 2}],
                 "projections": [{"name": "P2Q", "pre": "P", "post": "Q",
                   "connector": {"model": "IJConn", "i": [0, 1], "j": [1, 0], "weights": [0.5, 2]},
                   "synapse": "Expon", "output": "CUBA", "weight": 1,
                   "plasticity": {"model": "STDP_Song2000", "W_max": 3, "A1": 0.1}}],
                 "couplings": [{"kind": "additive", "source": "P", "target": "Q", "var1": "V", "weights": "sc.csv",
                   "delays": [[0, 1], [2, 0]]}]}
                """);
        CliHarness.Result r = CliHarness.run(List.<Command>of(new SpecCommand(() -> new ModelResolver(
                List.of(new FakeCatalog()), List.of(new FakeModels()), JsonSpec::read))), "spec",
                file.toString());
        assertEquals(Command.OK, r.status(), r.err());
        JsonNetworkSpecs.SpecFile printed = JsonNetworkSpecs.parse(r.out(), "printed.json");
        JsonNetworkSpecs.SpecFile read = JsonNetworkSpecs.read(file);
        // Parameters come back in the rule's declared order; the network is otherwise the file's.
        assertEquals(read.network().projections().get(0).connectorData(),
                printed.network().projections().get(0).connectorData());
        assertEquals(read.network().projections().get(0).plasticity(),
                printed.network().projections().get(0).plasticity());
        assertEquals(read.network().couplings(), printed.network().couplings());
        assertEquals(read.network(), printed.network());
    }
}
