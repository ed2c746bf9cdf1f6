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
    static double cv(SpikeRecord s) {
        java.util.List<java.util.List<Double>> per = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            per.add(new java.util.ArrayList<>());
        }
        for (int k = 0; k < s.count(); k++) {
            per.get(s.indices()[k]).add(s.times()[k]);
        }
        double sum = 0;
        int n = 0;
        for (java.util.List<Double> t : per) {
            if (t.size() < 3) {
                continue;
            }
            double m = 0, m2 = 0;
            int c = t.size() - 1;
            for (int k = 1; k < t.size(); k++) {
                double d = t.get(k) - t.get(k - 1);
                m += d;
                m2 += d * d;
            }
            m /= c;
            double var = Math.max(m2 / c - m * m, 0);
            sum += Math.sqrt(var) / m;
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "coba";
        double n = args.length > 1 ? Double.parseDouble(args[1]) : 4000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        double dur = args.length > 3 ? Double.parseDouble(args[3]) : 1000;
        String extra = args.length > 4 ? args[4] : "";
        Parameters p = Parameters.of(Map.of("neurons", n));
        if (!extra.isEmpty()) {
            for (String kv : extra.split(",")) {
                p = p.with(kv.split("=")[0], Double.parseDouble(kv.split("=")[1]));
            }
        }
        NetworkSpec spec = new CanonicalNetworks().network(name, p, Map.of());
        String method = System.getProperty("method", "exp_auto");
        int reps = Integer.getInteger("reps", 3);
        for (int rep = 0; rep < reps; rep++) {
            long seed = Long.getLong("seed", 42L) + (Boolean.getBoolean("seeds") ? rep : 0);
            Simulation sim = new NetworkSimulator().build(spec, SimulationOptions.DEFAULTS.withThreads(threads)
                    .withMethod(method).withSeed(seed));
            RunResult r = sim.run(RunRequest.of(dur));
            StringBuilder sb = new StringBuilder();
            for (String pop : r.spikePopulations()) {
                SpikeRecord s = r.spikes(pop);
                sb.append(String.format(" %s=%.2fHz cv=%.3f", pop, s.meanRate(r.duration()), cv(s)));
            }
            System.out.printf("%s N=%d syn=%d build=%.3fs run=%.3fs (%.4f s/bio-s) events=%d%s %s%n", name,
                    sim.neurons(), sim.synapses(), r.timings().buildSeconds(), r.timings().runSeconds(),
                    r.timings().runSeconds() / (r.duration() / 1000), r.timings().synapticEvents(), sb,
                    r.failure().map(Throwable::getMessage).orElse(""));
        }
    }
}
