package org.brainj.models.internal.run;

import java.lang.System.Logger.Level;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.ModelException;
import org.brainj.api.distributed.PartitionedSimulator;
import org.brainj.api.distributed.SpikeExchange;
import org.brainj.api.platform.Provider;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.Simulator;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NetworkPartition;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.Operators;
import org.osgi.service.component.annotations.Component;

/**
 * The platform's simulator: builds a {@link Network} from a spec (or takes one assembled in Java), binds it to the
 * operator backend chosen by {@code options.backend()} with {@code options.threads()} workers, and runs it.
 */
@Component(service = {Simulator.class, PartitionedSimulator.class}, property = Provider.RANKING + "=0")
public final class NetworkSimulator implements Simulator, PartitionedSimulator {

    private static final System.Logger LOG = System.getLogger(NetworkSimulator.class.getName());

    /** Creates the simulator; it holds no state. */
    public NetworkSimulator() {
    }

    @Override
    public String name() {
        return "network";
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return "event-driven network simulator (populations, align-post/align-pre/delta projections, delays)";
    }

    @Override
    public Simulation build(NetworkSpec spec, SimulationOptions options) {
        long t0 = System.nanoTime();
        Operators ops = Operators.select(options.backend(), options.threads());
        CounterRandom random = new CounterRandom(options.seed());
        Network net = new NetworkBuilder(options, ops, random).build(spec);
        return bind(net, options, ops, random, t0);
    }

    @Override
    public Simulation wrap(DynamicalSystem root, SimulationOptions options) {
        if (!(root instanceof Network)) {
            throw new ModelException("the network simulator runs an org.brainj.models.kit.Network; got "
                    + root.getClass().getName());
        }
        long t0 = System.nanoTime();
        Operators ops = Operators.select(options.backend(), options.threads());
        return bind((Network) root, options, ops, new CounterRandom(options.seed()), t0);
    }

    /**
     * {@inheritDoc} Every rank builds the network from the same seed (so connectivity and initial values are the
     * one-process run's), drawing of a stored projection delivered by slice only the rank's columns, and integrates
     * its slice of every population with one thread.
     */
    @Override
    public Simulation build(NetworkSpec spec, SimulationOptions options, SpikeExchange exchange, int windowSteps) {
        long t0 = System.nanoTime();
        Operators ops = Operators.select(options.backend(), options.threads());
        CounterRandom random = new CounterRandom(options.seed());
        Network net = new NetworkBuilder(options, ops, random, true).build(spec);
        for (NeuronGroup g : net.populations()) {
            if (g instanceof org.brainj.models.zoo.Kuramoto) {
                throw new ModelException("population " + g.name() + " (Kuramoto) couples every oscillator to the mean "
                        + "phase each step, which a partitioned run does not exchange; run it in one process");
            }
        }
        net.bindRandom(random);
        NetworkPartition partition = new NetworkPartition(net, exchange, windowSteps);
        net.reset();
        double build = (System.nanoTime() - t0) * 1e-9;
        LOG.log(Level.DEBUG, "built rank {0} of {1} in {2} s, exchange every {3} steps", exchange.rank(),
                exchange.ranks(), build, partition.window());
        return new NetworkSimulation(net, options, build, ops.explanation(), partition);
    }

    private static Simulation bind(Network net, SimulationOptions options, Operators ops, CounterRandom random,
                                   long t0) {
        net.bindRandom(random);
        net.bindLoop(options.threads() > 1 ? ops.loop() : null);
        net.prepare();
        net.reset();
        double build = (System.nanoTime() - t0) * 1e-9;
        LOG.log(Level.DEBUG, "built {0} in {1} s on {2}", net, build, ops.explanation());
        return new NetworkSimulation(net, options, build, ops.explanation());
    }
}
