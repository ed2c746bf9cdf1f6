package org.brainj.cli.internal.run;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code summary.json} and the printed summary say about one run.
 *
 * @param model          the model as named on the command line (network name, {@code neuron:HH}, JSON network)
 * @param neurons        neurons of the built simulation
 * @param synapses       synapses of the built simulation
 * @param durationMs     the simulated time asked for [ms]
 * @param simulatedMs    the simulated time covered (less when cancelled or diverged) [ms]
 * @param dtMs           the step [ms]
 * @param steps          steps taken
 * @param seed           the seed
 * @param method         default integration method
 * @param backend        the backend used, as the run reports it
 * @param threads        worker threads
 * @param buildSeconds   wall time of building [s]
 * @param runSeconds     wall time of the step loop [s]
 * @param totalSeconds   wall time since the JVM started [s]
 * @param synapticEvents spikes delivered to synapses
 * @param populations    per-population firing statistics
 * @param bundles        symbolic name → version of every installed bundle (empty on a plain class path)
 * @param failure        why the run stopped early, or null
 * @param cancelled      whether the user stopped it
 * @param files          the files written, relative to the output folder
 */
record RunReport(String model, int neurons, long synapses, double durationMs, double simulatedMs, double dtMs,
                 long steps, long seed, String method, String backend, int threads, double buildSeconds,
                 double runSeconds, double totalSeconds, long synapticEvents, List<SpikeStatistics> populations,
                 Map<String, String> bundles, String failure, boolean cancelled, List<String> files) {

    /** Copies the collections. */
    RunReport {
        populations = List.copyOf(populations);
        bundles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bundles));
        files = List.copyOf(files);
    }

    /** @return spikes of every population */
    long spikesTotal() {
        long n = 0;
        for (SpikeStatistics p : populations) {
            n += p.spikes();
        }
        return n;
    }

    /** @return the mean rate over every member of every population with spike records [Hz] */
    double rateHz() {
        long members = 0;
        for (SpikeStatistics p : populations) {
            members += p.size();
        }
        return SpikeStatistics.rate(spikesTotal(), members, simulatedMs);
    }

    /** @return wall seconds of the step loop per simulated second; NaN when no time was simulated */
    double secondsPerBioSecond() {
        return simulatedMs > 0 ? runSeconds / (simulatedMs * 1e-3) : Double.NaN;
    }
}
