package org.brainj.api.run;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.brainj.api.core.ModelException;

/**
 * A network, described: immutable, checked for dangling names, built by a {@link Simulator}.
 *
 * @param name        the network's name
 * @param populations its populations
 * @param projections its projections
 * @param inputs      its inputs
 * @param couplings   its delayed couplings of rate populations (whole-brain models)
 */
public record NetworkSpec(String name, List<PopulationSpec> populations, List<ProjectionSpec> projections,
                          List<InputSpec> inputs, List<CouplingSpec> couplings) {

    /** Copies the lists and checks that names are unique and every reference resolves. */
    public NetworkSpec {
        Objects.requireNonNull(name, "name");
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        inputs = List.copyOf(inputs);
        couplings = List.copyOf(couplings);
        Set<String> pops = new HashSet<>();
        for (PopulationSpec p : populations) {
            if (!pops.add(p.name())) {
                throw new ModelException(name + ": population name '" + p.name() + "' is used twice");
            }
        }
        Set<String> projs = new HashSet<>();
        for (ProjectionSpec p : projections) {
            if (!projs.add(p.name())) {
                throw new ModelException(name + ": projection name '" + p.name() + "' is used twice");
            }
            requirePopulation(name, pops, PopulationRange.parse(p.pre()).population(), "projection " + p.name()
                    + ".pre");
            requirePopulation(name, pops, PopulationRange.parse(p.post()).population(), "projection " + p.name()
                    + ".post");
            if (p.plasticity() != null && !p.plasticity().modulator().isEmpty()) {
                requirePopulation(name, pops, p.plasticity().modulator(), "projection " + p.name()
                        + ".plasticity.modulator");
            }
        }
        for (InputSpec in : inputs) {
            requirePopulation(name, pops, in.target(), "input " + in.model() + ".target");
        }
        for (CouplingSpec c : couplings) {
            requirePopulation(name, pops, c.source(), "coupling " + c.describe() + " source");
            requirePopulation(name, pops, c.target(), "coupling " + c.describe() + " target");
        }
    }

    /**
     * A network without couplings (the form before {@code couplings} existed).
     *
     * @param name        the network's name
     * @param populations its populations
     * @param projections its projections
     * @param inputs      its inputs
     */
    public NetworkSpec(String name, List<PopulationSpec> populations, List<ProjectionSpec> projections,
                       List<InputSpec> inputs) {
        this(name, populations, projections, inputs, List.of());
    }

    private static void requirePopulation(String net, Set<String> pops, String ref, String where) {
        if (!pops.contains(ref)) {
            throw new ModelException(net + ": " + where + " names population '" + ref + "', which does not exist; "
                    + "populations: " + String.join(", ", new java.util.TreeSet<>(pops)));
        }
    }
}
