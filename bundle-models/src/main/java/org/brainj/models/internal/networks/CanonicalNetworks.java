package org.brainj.models.internal.networks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.brainj.api.run.NetworkCatalog;
import org.brainj.api.run.NetworkSpec;
import org.osgi.service.component.annotations.Component;

/**
 * The canonical networks of BENCHMARKS.md: {@code coba}, {@code cuba}, {@code cobahh}, {@code coba-brainpy} (random
 * E/I networks, {@link EiNetwork}) and {@code decision-making} ({@link DecisionMaking}).
 */
@Component(service = NetworkCatalog.class, property = Provider.RANKING + "=0")
public final class CanonicalNetworks implements NetworkCatalog {

    private static final Map<String, EiNetwork> EI = new LinkedHashMap<>();

    static {
        Map<String, Double> lif = lif(-60.0);
        EI.put("coba", new EiNetwork("coba", "Brette et al. 2007 benchmark 1 (Vogels & Abbott 2005): LIF, "
                + "exponential conductances, self-sustained", "LifRef", lif, 5.0, 10.0, "COBA", 0.0, -80.0, 0.6, 6.7,
                0.0, Map.of("V", Initializer.normal(-65.0, 5.0), "ge", Initializer.normal(4.0, 1.5),
                "gi", Initializer.normal(20.0, 12.0))));
        EI.put("cuba", new EiNetwork("cuba", "Brette et al. 2007 benchmark 2: LIF (E_L -49 mV), exponential "
                + "currents", "LifRef", lif(-49.0), 5.0, 10.0, "CUBA", 0.0, 0.0, 1.62, -9.0, 0.0,
                Map.of("V", Initializer.uniform(-60.0, -50.0))));
        EI.put("cobahh", new EiNetwork("cobahh", "Brette et al. 2007 benchmark 3: Traub-Miles HH, exponential "
                + "conductances, self-sustained", "TraubMilesHH", Map.of(), 5.0, 10.0, "COBA", 0.0, -80.0, 6.0,
                67.0, 0.0, hhInit()));
        EI.put("coba-brainpy", new EiNetwork("coba-brainpy", "COBA as in BrainPy's papers: coba plus a constant "
                + "20 mV drive, V0 ~ N(-55, 5) mV, conductances start at 0", "LifRef", lif, 5.0, 10.0, "COBA", 0.0,
                -80.0, 0.6, 6.7, 20.0, Map.of("V", Initializer.normal(-55.0, 5.0))));
    }

    /** Creates the catalogue; it holds no state. */
    public CanonicalNetworks() {
    }

    private static Map<String, Double> lif(double vRest) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("V_rest", vRest);
        m.put("V_reset", -60.0);
        m.put("V_th", -50.0);
        m.put("tau", 20.0);
        m.put("tau_ref", 5.0);
        // The reference rates of these networks (BENCHMARKS.md) are Brian2's, whose refractory period ends once
        // t - t_last >= tau_ref (49 held steps at dt = 0.1 ms, BrainPy's rule holds 50); --param ref_inclusive=1
        // gives BrainPy's.
        m.put("ref_inclusive", 0.0);
        m.put("R", 1.0);
        return m;
    }

    private static Map<String, Initializer> hhInit() {
        Map<String, Initializer> m = new LinkedHashMap<>();
        m.put("V", Initializer.normal(-65.0, 5.0));
        m.put("m", Initializer.constant(0.0));
        m.put("h", Initializer.constant(0.0));
        m.put("n", Initializer.constant(0.0));
        m.put("ge", Initializer.normal(40.0, 15.0));
        m.put("gi", Initializer.normal(200.0, 120.0));
        return m;
    }

    @Override
    public String name() {
        return "canonical";
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return String.join(", ", EI.keySet()) + ", " + DecisionMaking.NAME;
    }

    @Override
    public List<ModelDescriptor> networks() {
        List<ModelDescriptor> out = new ArrayList<>();
        for (EiNetwork n : EI.values()) {
            out.add(n.descriptor(neuronParameters(n.neuronModel())));
        }
        out.add(DecisionMaking.DESCRIPTOR);
        return out;
    }

    @Override
    public NetworkSpec network(String name, Parameters params, Map<String, Initializer> init) {
        EiNetwork ei = EI.get(name);
        if (ei != null) {
            return ei.spec(params, init, neuronParameters(ei.neuronModel()));
        }
        if (DecisionMaking.NAME.equals(name)) {
            return DecisionMaking.spec(params, init);
        }
        throw new IllegalArgumentException("unknown network '" + name + "'; known: " + description());
    }

    @Override
    public double defaultDuration(String name) {
        if (DecisionMaking.NAME.equals(name)) {
            return 4000.0;
        }
        if (!EI.containsKey(name)) {
            throw new IllegalArgumentException("unknown network '" + name + "'; known: " + description());
        }
        return 1000.0;
    }

    /** The neuron model's parameters, from whichever factory lists it (empty when its bundle is not active). */
    private static List<ParameterSpec> neuronParameters(String model) {
        for (ModelFactory f : Providers.all(ModelFactory.class)) {
            for (ModelDescriptor d : f.models()) {
                if (d.name().equals(model)) {
                    return d.parameters();
                }
            }
        }
        return List.of();
    }
}
