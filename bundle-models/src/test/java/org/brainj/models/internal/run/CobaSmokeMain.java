package org.brainj.models.internal.run;

import java.util.Map;

import org.brainj.api.model.Parameters;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.Simulation;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.SpikeRecord;
import org.brainj.models.internal.networks.CanonicalNetworks;

/** Quick manual check: java ... CobaSmokeMain [network] [neurons] [threads] [duration]. */
public final class CobaSmokeMain {
    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "coba";
        double n = args.length > 1 ? Double.parseDouble(args[1]) : 4000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        double dur = args.length > 3 ? Double.parseDouble(args[3]) : 1000;
        String extra = args.length > 4 ? args[4] : "";
        Parameters p = Parameters.of(Map.of("neurons", n));
        if (!extra.isEmpty()) {
            p = p.with(extra.split("=")[0], Double.parseDouble(extra.split("=")[1]));
        }
        NetworkSpec spec = new CanonicalNetworks().network(name, p, Map.of());
        for (int rep = 0; rep < 3; rep++) {
            Simulation sim = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS.withThreads(threads));
            RunResult r = sim.run(RunRequest.of(dur));
            StringBuilder sb = new StringBuilder();
            for (String pop : r.spikePopulations()) {
                SpikeRecord s = r.spikes(pop);
                sb.append(String.format(" %s=%.2fHz", pop, s.meanRate(r.duration())));
            }
            System.out.printf("%s N=%d syn=%d build=%.3fs run=%.3fs (%.4f s/bio-s) events=%d%s %s%n", name,
                    sim.neurons(), sim.synapses(), r.timings().buildSeconds(), r.timings().runSeconds(),
                    r.timings().runSeconds() / (r.duration() / 1000), r.timings().synapticEvents(), sb,
                    r.failure().map(Throwable::getMessage).orElse(""));
        }
    }
}
