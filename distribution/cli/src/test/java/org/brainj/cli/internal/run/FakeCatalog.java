package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.run.NetworkCatalog;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionSpec;

/**
 * Networks for tests: {@code fakenet} (E = 80 % and I = 20 % of {@code neurons}, default 150), {@code fakediv}
 * (the same, but the fake simulation diverges half way).
 */
public final class FakeCatalog implements NetworkCatalog {

    static volatile Parameters lastParams;
    static volatile Map<String, Initializer> lastInit;

    private static final List<ParameterSpec> PARAMS;

    static {
        List<ParameterSpec> p = new ArrayList<>();
        p.add(new ParameterSpec(NEURONS, "1", 150, 2, 1e7, false, "total neurons"));
        p.addAll(FakeModels.LIF_PARAMS);
        PARAMS = List.copyOf(p);
    }

    @Override
    public String name() {
        return "fake-networks";
    }

    @Override
    public List<ModelDescriptor> networks() {
        return List.of(new ModelDescriptor("fakenet", ModelKind.NETWORK, "test network", PARAMS),
                new ModelDescriptor("fakediv", ModelKind.NETWORK, "diverging test network", PARAMS));
    }

    @Override
    public NetworkSpec network(String name, Parameters params, Map<String, Initializer> init) {
        if (!name.equals("fakenet") && !name.equals("fakediv")) {
            throw new IllegalArgumentException("unknown network " + name + "; known: fakediv, fakenet");
        }
        params.requireKnown(name, PARAMS);
        lastParams = params;
        lastInit = init;
        int n = (int) params.get(PARAMS.get(0));
        int e = (int) Math.round(0.8 * n);
        Parameters lif = Parameters.empty();
        for (ParameterSpec s : FakeModels.LIF_PARAMS) {
            if (params.asMap().containsKey(s.name())) {
                lif = lif.with(s.name(), params.get(s));
            }
        }
        if (e < 1 || n - e < 1) {
            throw new ParameterException(NEURONS, String.valueOf(n), "must be >= 2");
        }
        return new NetworkSpec(name,
                List.of(new PopulationSpec("E", "FakeLif", e, lif, init),
                        new PopulationSpec("I", "FakeLif", n - e, lif, init)),
                List.of(ProjectionSpec.alignPost("E2I", "E", "I", "FixedProb", Parameters.empty().with("prob", 0.1),
                        "FakeExpon", Parameters.empty(), "COBA", Parameters.empty(), 0.6, 0.0)),
                List.of());
    }

    @Override
    public double defaultDuration(String name) {
        return 50.0;
    }
}
