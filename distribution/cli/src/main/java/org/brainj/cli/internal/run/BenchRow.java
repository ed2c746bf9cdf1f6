package org.brainj.cli.internal.run;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One size of {@code brainj bench}: the build, the median of the timed runs, and the rates derived from them.
 *
 * @param neurons        neurons of the built simulation
 * @param synapses       its synapses
 * @param buildSeconds   wall time of the build [s]
 * @param runSeconds     median wall time of the timed runs' step loops [s]
 * @param durationMs     simulated time of each timed run [ms]
 * @param steps          steps of one timed run
 * @param synapticEvents spikes delivered to synapses in one timed run
 * @param peakHeapMiB    peak heap use during this size (sum of the heap pools' peaks) [MiB]
 * @param rateHz         mean firing rate in the last timed run [Hz]
 */
record BenchRow(int neurons, long synapses, double buildSeconds, double runSeconds, double durationMs, long steps,
                long synapticEvents, double peakHeapMiB, double rateHz) {

    /** The table's titles. */
    static final List<String> TITLES = List.of("N", "SYNAPSES", "BUILD S", "RUN S", "S/BIO-S", "NS/NEURON-STEP",
            "SYN EVENTS/S", "PEAK HEAP MIB", "RATE HZ");
    /** The CSV header: the same columns, snake_case. */
    static final List<String> CSV_HEADER = List.of("neurons", "synapses", "build_s", "run_s", "s_per_bio_s",
            "ns_per_neuron_step", "syn_events_per_s", "peak_heap_mib", "rate_hz");

    /** @return wall seconds per simulated second */
    double secondsPerBioSecond() {
        return runSeconds / (durationMs * 1e-3);
    }

    /** @return wall nanoseconds per neuron and step: run_s / (steps × neurons) × 1e9 */
    double nsPerNeuronStep() {
        return steps > 0 && neurons > 0 ? runSeconds / ((double) steps * neurons) * 1e9 : Double.NaN;
    }

    /** @return synaptic events delivered per wall second */
    double synapticEventsPerSecond() {
        return runSeconds > 0 ? synapticEvents / runSeconds : Double.NaN;
    }

    /** @return the row's cells for the printed table */
    Object[] cells() {
        return new Object[] {neurons, synapses, f("%.3f", buildSeconds), f("%.3f", runSeconds),
            f("%.3f", secondsPerBioSecond()), f("%.2f", nsPerNeuronStep()), f("%.4g", synapticEventsPerSecond()),
            f("%.1f", peakHeapMiB), f("%.2f", rateHz)};
    }

    /** @return the row's CSV values, full precision */
    String csv() {
        return neurons + "," + synapses + "," + buildSeconds + "," + runSeconds + "," + secondsPerBioSecond() + ","
                + nsPerNeuronStep() + "," + synapticEventsPerSecond() + "," + peakHeapMiB + "," + rateHz;
    }

    private static String f(String format, double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "-";
    }

    /**
     * @param values samples, at least one
     * @return their median (the mean of the two middle ones for an even count)
     */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("median of no values");
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }
}
