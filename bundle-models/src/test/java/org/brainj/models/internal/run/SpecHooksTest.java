package org.brainj.models.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.BrainjException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.run.ArraySource;
import org.brainj.api.run.CouplingSpec;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PlasticitySpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.kit.DataConnectivity;
import org.brainj.models.kit.DelayCoupling;
import org.brainj.models.kit.GroupRange;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.OdeNeuronGroup;
import org.brainj.models.kit.PlasticConnectivity;
import org.brainj.models.zoo.ConstantInput;
import org.brainj.models.zoo.Cuba;
import org.brainj.models.zoo.Expon;
import org.brainj.models.zoo.LifRef;
import org.brainj.models.zoo.PoissonGroup;
import org.brainj.models.zoo.RSTDP;
import org.brainj.models.zoo.STDP;
import org.brainj.models.zoo.StuartLandau;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec hooks of the network builder: a plastic projection, a data connector and a whole-brain coupling described
 * in a {@link NetworkSpec} build exactly the network written by hand with the kit (same seed, same steps: equal
 * bit for bit), and wrong input is refused with the place and the allowed values.
 */
class SpecHooksTest {

    private static final SimulationOptions OPTIONS = SimulationOptions.DEFAULTS.withBackend("cpu").withSeed(7);
    private static final int[] I = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 3, 7};
    private static final int[] J = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 1, 0};
    private static final Parameters RULE = Parameters.of(Map.of("A1", 0.05, "A2", 0.055, "W_min", 0.0,
            "W_max", 2.0));

    private static double[] dataWeights() {
        double[] w = new double[I.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = 0.5 + 0.01 * k;
        }
        return w;
    }

    private static double[] doubles(int[] v) {
        return Arrays.stream(v).asDoubleStream().toArray();
    }

    private static ProjectionSpec plasticProjection(PlasticitySpec rule) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("i", doubles(I));
        arrays.put("j", doubles(J));
        arrays.put("weights", dataWeights());
        return new ProjectionSpec("P2Q", ProjectionKind.ALIGN_POST, "P", "Q", "IJConn", Parameters.empty(), "auto",
                "Expon", Parameters.of(Map.of("tau", 5.0)), "CUBA", Parameters.empty(), Initializer.constant(2.0),
                Initializer.constant(1.0), ArraySource.of(arrays), rule);
    }

    private static NetworkSpec plasticSpec(ProjectionSpec projection) {
        return new NetworkSpec("hooks", List.of(
                new PopulationSpec("P", PoissonGroup.MODEL, 12, Parameters.of(Map.of("freqs", 40.0))),
                new PopulationSpec("Q", LifRef.MODEL, 4, Parameters.empty())),
                List.of(projection),
                List.of(new InputSpec("Q", ConstantInput.MODEL, Parameters.of(Map.of("amplitude", 21.0)))));
    }

    @Test
    void aPlasticIjConnSpecLearnsExactlyWhatTheJavaNetworkLearns() {
        NetworkSpec spec = plasticSpec(plasticProjection(new PlasticitySpec(STDP.MODEL, RULE)));
        Simulation fromSpec = new NetworkSimulator().build(spec, OPTIONS);

        // The same network written with the kit: IJConn with its data weights times the constant weight 2.
        Network net = new Network("hooks");
        PoissonGroup p = net.add(PoissonGroup.create("P", 12, Parameters.of(Map.of("freqs", 40.0))));
        LifRef q = net.add(LifRef.create("Q", 4, Parameters.empty()));
        ((OdeNeuronGroup) q).useMethod(OPTIONS.method());
        double[] w = dataWeights();
        for (int k = 0; k < w.length; k++) {
            w[k] *= 2.0;
        }
        CsrMatrix m = DataConnectivity.ijConn(12, 4, I, J, w);
        STDP stdp = STDP.create(m, GroupRange.all(q), OPTIONS.dt(), RULE);
        net.alignPost("P2Q", p, q, stdp, Expon.create("P2Q", 4, Parameters.of(Map.of("tau", 5.0))),
                Cuba.create(Parameters.empty()), 10);
        net.input(ConstantInput.create(Parameters.of(Map.of("amplitude", 21.0))), q);
        Simulation fromJava = new NetworkSimulator().wrap(net, OPTIONS);
        double[] initial = stdp.weights().clone();

        fromSpec.run(RunRequest.of(1000));
        fromJava.run(RunRequest.of(1000));
        PlasticConnectivity learned = (PlasticConnectivity) ((Network) fromSpec.root()).projections().get(0)
                .communication();
        assertFalse(Arrays.equals(initial, stdp.weights()), "the Java network learned");
        assertArrayEquals(stdp.weights(), learned.weights(), "spec-built weights equal the Java-built ones, bit "
                + "for bit");
    }

    @Test
    void anRstdpSpecLearnsOnlyFromItsModulatorsDopamine() {
        // Izhikevich 2007: dw/dt = c·d, so without dopamine (no modulator, no reward) no weight moves; with the
        // Poisson population P as modulator each of its spikes releases DA_release and the weights move.
        Parameters rule = Parameters.of(Map.of("W_max", 4.0, "tau_c", 100.0));
        double[] still = learnedWeights(new PlasticitySpec(RSTDP.MODEL, rule));
        double[] moved = learnedWeights(new PlasticitySpec(RSTDP.MODEL, rule, "P"));
        double[] initial = dataWeights();
        for (int k = 0; k < initial.length; k++) {
            initial[k] *= 2.0;
        }
        // The initial weights in CSR order: IJConn sorts the pairs by (i, j), which here is their order but for the
        // two added pairs (3, 1) and (7, 0).
        double[] sortedInitial = DataConnectivity.ijConn(12, 4, I, J, initial).data();
        assertArrayEquals(sortedInitial, still, "no dopamine, no change");
        assertFalse(Arrays.equals(sortedInitial, moved), "dopamine from P's spikes changes the weights");
    }

    private static double[] learnedWeights(PlasticitySpec rule) {
        Simulation sim = new NetworkSimulator().build(plasticSpec(plasticProjection(rule)), OPTIONS);
        sim.run(RunRequest.of(500));
        return ((PlasticConnectivity) ((Network) sim.root()).projections().get(0).communication()).weights();
    }

    @Test
    void aCouplingSpecMatchesTheJavaDelayCoupling(@TempDir Path dir) throws IOException {
        // conn_mat from a CSV file (rows = source), delays inline in ms, gain 0.5.
        double[] c = {0, 0.2, 0.1, 0.3, 0, 0.25, 0.05, 0.4, 0};
        Path csv = dir.resolve("sc.csv");
        Files.writeString(csv, "# structural connectivity\n0,0.2,0.1\n0.3,0,0.25\n0.05,0.4,0\n");
        double[] delays = {0, 1.0, 2.5, 0.7, 0, 3.0, 1.2, 0.3, 0};
        NetworkSpec spec = new NetworkSpec("brain", List.of(
                new PopulationSpec("N", StuartLandau.MODEL, 3, Parameters.empty(),
                        Map.of("x", Initializer.uniform(-1, 1), "y", Initializer.uniform(-1, 1)))),
                List.of(), List.of(),
                List.of(new CouplingSpec(CouplingSpec.Kind.DIFFUSIVE, "N", "N", "x", "x",
                        ArraySource.file(csv.toString()), ArraySource.of("delays", delays), 0.5, 0.1)));
        Simulation fromSpec = new NetworkSimulator().build(spec, OPTIONS);

        Network net = new Network("brain");
        StuartLandau n = net.add(StuartLandau.create("N", 3, Parameters.empty()));
        double[] scaled = c.clone();
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] *= 0.5;
        }
        net.input(DelayCoupling.diffusive(n, "x", "x", 3, scaled, DelayCoupling.steps(delays, OPTIONS.dt()), 0.1),
                n);
        n.initialize("x", Initializer.uniform(-1, 1));
        n.initialize("y", Initializer.uniform(-1, 1));
        Simulation fromJava = new NetworkSimulator().wrap(net, OPTIONS);

        NetworkSpec uncoupled = new NetworkSpec("brain", spec.populations(), List.of(), List.of());
        Simulation alone = new NetworkSimulator().build(uncoupled, OPTIONS);
        fromSpec.run(RunRequest.of(200));
        fromJava.run(RunRequest.of(200));
        alone.run(RunRequest.of(200));
        NeuronGroup built = ((Network) fromSpec.root()).population("N");
        assertArrayEquals(n.variable("x"), built.variable("x"));
        assertArrayEquals(n.variable("y"), built.variable("y"));
        assertFalse(Arrays.equals(n.variable("x"), ((Network) alone.root()).population("N").variable("x")),
                "the coupling changes the trajectory");
    }

    @Test
    void badHooksAreRefusedNamingWhereAndWhatIsAllowed(@TempDir Path dir) {
        BrainjException rule = assertThrows(BrainjException.class, () -> new NetworkSimulator().build(
                plasticSpec(plasticProjection(new PlasticitySpec("Hebb", Parameters.empty()))), OPTIONS));
        assertTrue(rule.getMessage().contains("projection P2Q.plasticity")
                && rule.getMessage().contains("'Hebb'") && rule.getMessage().contains("TripletSTDP")
                && rule.getMessage().contains("RSTDP"), rule.getMessage());

        Path missing = dir.resolve("nowhere.csv");
        ProjectionSpec fromFile = plasticProjection(null).withConnectorData(ArraySource.file(missing.toString()));
        BrainjException file = assertThrows(BrainjException.class,
                () -> new NetworkSimulator().build(plasticSpec(fromFile), OPTIONS));
        assertTrue(file.getMessage().contains("projection P2Q.connector")
                && file.getMessage().contains(missing.toString()), file.getMessage());

        ProjectionSpec law = plasticProjection(null).withWeight(Initializer.uniform(0, 1));
        BrainjException weights = assertThrows(BrainjException.class,
                () -> new NetworkSimulator().build(plasticSpec(law), OPTIONS));
        assertTrue(weights.getMessage().contains("constant 'weight'"), weights.getMessage());

        ProjectionSpec jit = plasticProjection(new PlasticitySpec(STDP.MODEL, RULE)).withComm("jit");
        BrainjException comm = assertThrows(BrainjException.class,
                () -> new NetworkSimulator().build(plasticSpec(jit), OPTIONS));
        assertTrue(comm.getMessage().contains("P2Q.comm") && comm.getMessage().contains("auto or csr"),
                comm.getMessage());

        ProjectionSpec withParams = new ProjectionSpec("P2Q", ProjectionKind.ALIGN_POST, "P", "Q", "IJConn",
                Parameters.of(Map.of("prob", 0.1)), "auto", "Expon", Parameters.empty(), "CUBA", Parameters.empty(),
                Initializer.constant(1.0), Initializer.constant(0.0), plasticProjection(null).connectorData(), null);
        BrainjException params = assertThrows(BrainjException.class,
                () -> new NetworkSimulator().build(plasticSpec(withParams), OPTIONS));
        assertTrue(params.getMessage().contains("IJConn takes no parameters"), params.getMessage());

        ProjectionSpec modulated = plasticProjection(new PlasticitySpec(STDP.MODEL, RULE, "P"));
        BrainjException mod = assertThrows(BrainjException.class,
                () -> new NetworkSimulator().build(plasticSpec(modulated), OPTIONS));
        assertTrue(mod.getMessage().contains("only RSTDP"), mod.getMessage());

        NetworkSpec wrongShape = new NetworkSpec("brain", List.of(
                new PopulationSpec("N", StuartLandau.MODEL, 3, Parameters.empty())), List.of(), List.of(),
                List.of(new CouplingSpec(CouplingSpec.Kind.ADDITIVE, "N", "N", "x", "", ArraySource.of("conn_mat",
                        new double[4]), null, 1.0, 0.0)));
        BrainjException shape = assertThrows(BrainjException.class,
                () -> new NetworkSimulator().build(wrongShape, OPTIONS));
        assertTrue(shape.getMessage().contains("coupling additive N.x -> N.weights")
                && shape.getMessage().contains("3 x 3"), shape.getMessage());
    }
}
