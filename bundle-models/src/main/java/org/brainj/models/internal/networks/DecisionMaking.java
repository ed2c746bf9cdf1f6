package org.brainj.models.internal.networks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;

/**
 * Wang (2002)'s spiking decision-making network (Neuron 36:955), as in Brian2's {@code Wang_2002.py} (the timing
 * anchor of BENCHMARKS.md) with FEATURES §9.4's parameters: 2000 LIF neurons, 1600 excitatory in two selective pools
 * A and B of 240 (f = 0.15) and a non-selective pool N of 1120, 400 inhibitory; all-to-all AMPA (τ 2 ms), NMDA
 * (BrainPy's two-state NMDA, τ_rise 2, τ_decay 100 ms, a = 0.5/ms, with Mg²⁺ block, cc_Mg 1 mM) and GABA_A (τ 5 ms)
 * with 0.5 ms delays; structured E→E weights w+ = 1.7 inside a selective pool, w− = 1 − f(w+ − 1)/(1 − f) into a
 * selective pool from elsewhere; 1000 background Poisson inputs of 2.4 Hz per neuron; Poisson stimuli to A and B at
 * μ0(1 ± c/100), redrawn every 50 ms from N(μ, σ), between stim_on and stim_off.
 *
 * <p>All-to-all projections with one weight are applied in O(N) per step (a sum over the presynaptic spikes or NMDA
 * values, broadcast), and the NMDA state is presynaptic (align-pre), shared by every projection leaving a pool.
 * Scaling with {@code neurons} keeps the proportions and divides the recurrent weights by N/2000.
 */
final class DecisionMaking {

    static final String NAME = "decision-making";

    static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.positive("neurons", "1", 2000, "total neurons (80 % E: pools A, B = 15 % of E each)"),
            new ParameterSpec("coherence", "%", 25.6, -100, 100, false, "stimulus coherence c"),
            ParameterSpec.nonNegative("mu0", "Hz", 40.0, "mean stimulus rate; A gets mu0 (1 + c/100)"),
            ParameterSpec.nonNegative("sigma", "Hz", 4.0, "standard deviation of the stimulus rates"),
            ParameterSpec.nonNegative("stim_on", "ms", 1000.0, "stimulus onset"),
            ParameterSpec.nonNegative("stim_off", "ms", 3000.0, "stimulus offset"),
            ParameterSpec.positive("w_plus", "1", 1.7, "weight factor inside a selective pool"));

    static final ModelDescriptor DESCRIPTOR = new ModelDescriptor(NAME, ModelKind.NETWORK,
            "Wang (2002) spiking decision-making network: pools A/B/N + I, AMPA/NMDA/GABA_A, Poisson background "
                    + "and coherent stimulus", PARAMETERS);

    private static final double DELAY = 0.5;
    private static final double G_EXT_E = 2.1;
    private static final double G_EXT_I = 1.62;
    private static final double G_EE_AMPA = 0.05;
    private static final double G_EI_AMPA = 0.04;
    private static final double G_EE_NMDA = 0.165;
    private static final double G_EI_NMDA = 0.13;
    private static final double G_IE = 1.3;
    private static final double G_II = 1.0;
    private static final double F = 0.15;

    private DecisionMaking() {
    }

    static NetworkSpec spec(Parameters params, Map<String, Initializer> init) {
        NetworkParameters p = new NetworkParameters(NAME, PARAMETERS, List.of(), params);
        int n = p.neurons(20);
        double scale = n / 2000.0;
        int ne = (int) Math.round(0.8 * n);
        int ni = n - ne;
        int sub = (int) Math.round(F * ne);
        int nonSelective = ne - 2 * sub;
        double c = p.get("coherence");
        double mu0 = p.get("mu0");
        double sigma = p.get("sigma");
        double on = p.get("stim_on");
        double off = p.get("stim_off");
        double wPlus = p.get("w_plus");
        double wMinus = 1.0 - F * (wPlus - 1.0) / (1.0 - F);

        Parameters exc = Parameters.of(lif(20.0, 0.04, 2.0));
        Parameters inh = Parameters.of(lif(10.0, 0.05, 1.0));
        List<PopulationSpec> pops = new ArrayList<>();
        pops.add(new PopulationSpec("A", "LifRef", sub, exc, init));
        pops.add(new PopulationSpec("B", "LifRef", sub, exc, init));
        pops.add(new PopulationSpec("N", "LifRef", nonSelective, exc, init));
        pops.add(new PopulationSpec("I", "LifRef", ni, inh, init));
        pops.add(new PopulationSpec("IA", "PoissonStim", sub, stim(mu0 * (1 + c / 100), sigma, on, off)));
        pops.add(new PopulationSpec("IB", "PoissonStim", sub, stim(mu0 * (1 - c / 100), sigma, on, off)));

        Parameters all = Parameters.empty();
        Parameters ampa = Parameters.of(Map.of("tau", 2.0));
        Parameters gaba = Parameters.of(Map.of("tau", 5.0));
        Parameters eExc = Parameters.of(Map.of("E", 0.0));
        Parameters eInh = Parameters.of(Map.of("E", -70.0));
        Parameters mg = Parameters.of(Map.of("E", 0.0, "cc_Mg", 1.0, "alpha", 0.062, "beta", 3.57));
        List<ProjectionSpec> projs = new ArrayList<>();
        List<String> excPools = List.of("A", "B", "N");
        for (String pre : excPools) {
            for (String post : excPools) {
                double w = structured(pre, post, wPlus, wMinus);
                projs.add(ProjectionSpec.alignPost(pre + "2" + post + "_AMPA", pre, post, "All2All", all, "Expon",
                        ampa, "COBA", eExc, G_EE_AMPA * w / scale, DELAY));
                projs.add(new ProjectionSpec(pre + "2" + post + "_NMDA", ProjectionKind.ALIGN_PRE, pre, post,
                        "All2All", all, "auto", "NMDA", Parameters.empty(), "MgBlock", mg,
                        Initializer.constant(G_EE_NMDA * w / scale), Initializer.constant(DELAY)));
            }
            projs.add(ProjectionSpec.alignPost(pre + "2I_AMPA", pre, "I", "All2All", all, "Expon", ampa, "COBA",
                    eExc, G_EI_AMPA / scale, DELAY));
            projs.add(new ProjectionSpec(pre + "2I_NMDA", ProjectionKind.ALIGN_PRE, pre, "I", "All2All", all, "auto",
                    "NMDA", Parameters.empty(), "MgBlock", mg, Initializer.constant(G_EI_NMDA / scale),
                    Initializer.constant(DELAY)));
            projs.add(ProjectionSpec.alignPost("I2" + pre, "I", pre, "All2All", all, "Expon", gaba, "COBA", eInh,
                    G_IE / scale, DELAY));
        }
        projs.add(ProjectionSpec.alignPost("I2I", "I", "I", "All2All", all, "Expon", gaba, "COBA", eInh,
                G_II / scale, DELAY));
        projs.add(ProjectionSpec.alignPost("IA2A", "IA", "A", "One2One", all, "Expon", ampa, "COBA", eExc, G_EXT_E,
                0.0));
        projs.add(ProjectionSpec.alignPost("IB2B", "IB", "B", "One2One", all, "Expon", ampa, "COBA", eExc, G_EXT_E,
                0.0));

        List<InputSpec> inputs = new ArrayList<>();
        for (String pop : List.of("A", "B", "N", "I")) {
            double w = pop.equals("I") ? G_EXT_I : G_EXT_E;
            inputs.add(new InputSpec(pop, "PoissonInput", Parameters.of(Map.of("num_input", 1000.0, "freq", 2.4,
                    "weight", w, "tau", 2.0, "E", 0.0))));
        }
        return new NetworkSpec(NAME, pops, projs, inputs);
    }

    private static double structured(String pre, String post, double wPlus, double wMinus) {
        if (post.equals("N")) {
            return 1.0;
        }
        return pre.equals(post) ? wPlus : wMinus;
    }

    private static Map<String, Double> lif(double tau, double r, double tauRef) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("V_rest", -70.0);
        m.put("V_reset", -55.0);
        m.put("V_th", -50.0);
        m.put("tau", tau);
        m.put("R", r);
        m.put("tau_ref", tauRef);
        // Brian2's Wang_2002 example starts every neuron 2 mV below threshold.
        m.put("V0", -52.0);
        return m;
    }

    private static Parameters stim(double mean, double sigma, double on, double off) {
        return Parameters.of(Map.of("freq_mean", mean, "freq_var", sigma, "t_interval", 50.0, "t_start", on,
                "t_end", off));
    }
}
