package org.brainj.models.zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.model.Parameters;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.testing.FixedStepContext;

/** Helpers for the zoo's neuron tests: build by name, drive one neuron, collect spike times. */
final class SpikeTrains {

    private SpikeTrains() {
    }

    static NeuronGroup create(String model, int size, Map<String, Double> params) {
        return (NeuronGroup) new NeuronModels().create(model, "E", size, Parameters.of(params));
    }

    /** Spike times [ms] (the start of the step in which neuron 0 fired) under a constant current. */
    static List<Double> spikeTimes(NeuronGroup pop, double current, double dt, double duration) {
        FixedStepContext ctx = new FixedStepContext(dt);
        List<Double> out = new ArrayList<>();
        long steps = Math.round(duration / dt);
        for (long s = 0; s < steps; s++) {
            pop.input()[0] += current;
            pop.update(ctx);
            if (pop.spikes()[0]) {
                out.add(ctx.t());
            }
            ctx.advance();
        }
        return out;
    }

    static double[] isis(List<Double> spikes) {
        double[] isi = new double[Math.max(0, spikes.size() - 1)];
        for (int k = 0; k < isi.length; k++) {
            isi[k] = spikes.get(k + 1) - spikes.get(k);
        }
        return isi;
    }

    /** Number of bursts: maximal groups of ≥ 2 spikes whose consecutive ISIs are all below {@code within} ms. */
    static int bursts(List<Double> spikes, double within) {
        double[] isi = isis(spikes);
        int bursts = 0;
        boolean in = false;
        for (double x : isi) {
            if (x < within) {
                if (!in) {
                    bursts++;
                }
                in = true;
            } else {
                in = false;
            }
        }
        return bursts;
    }
}
