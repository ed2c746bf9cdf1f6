package org.brainj.models.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.MonitorSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionSpec;
import org.brainj.api.run.RunRequest;
import org.brainj.api.run.RunResult;
import org.brainj.api.run.SimulationOptions;
import org.brainj.api.run.Simulator;

/** The README's Java example: the COBA network (Brette et al. 2007, benchmark 1), built and run through the API. */
public final class CobaExample {

    public static RunResult run(int n, double durationMs) {
        // ref_inclusive 0 and pre_decay 1: Brian2's discretisation, as the built-in coba (docs/benchmarks.md)
        Parameters lif = Parameters.of(Map.of("V_rest", -60.0, "V_reset", -60.0, "V_th", -50.0, "tau", 20.0,
                "tau_ref", 5.0, "ref_inclusive", 0.0));
        Map<String, Initializer> v0 = Map.of("V", Initializer.normal(-65.0, 5.0));
        int ne = n * 4 / 5;
        List<PopulationSpec> pops = List.of(new PopulationSpec("E", "LifRef", ne, lif, v0),
                new PopulationSpec("I", "LifRef", n - ne, lif, v0));
        Parameters p = Parameters.of(Map.of("prob", 80.0 / n));
        List<ProjectionSpec> projections = new ArrayList<>();
        for (String post : List.of("E", "I")) {
            projections.add(ProjectionSpec.alignPost("E2" + post, "E", post, "FixedProb", p,
                    "Expon", Parameters.of(Map.of("tau", 5.0, "pre_decay", 1.0)), "COBA",
            Parameters.of(Map.of("E", 0.0)), 0.6, 0.0));
            projections.add(ProjectionSpec.alignPost("I2" + post, "I", post, "FixedProb", p,
                    "Expon", Parameters.of(Map.of("tau", 10.0, "pre_decay", 1.0)), "COBA",
            Parameters.of(Map.of("E", -80.0)), 6.7, 0.0));
        }
        NetworkSpec coba = new NetworkSpec("coba", pops, projections, List.of());
        Simulator simulator = Providers.best(Simulator.class).orElseThrow();
        return simulator.build(coba, SimulationOptions.DEFAULTS.withSeed(1))
                .run(RunRequest.of(durationMs, MonitorSpec.of("E.V")));
    }

    public static void main(String[] args) {
        RunResult r = run(4000, 1000);
        System.out.printf("E fires at %.1f Hz, I at %.1f Hz; %.3f s of wall time%n",
                r.spikes("E").meanRate(r.duration()), r.spikes("I").meanRate(r.duration()), r.timings().runSeconds());
    }
}
