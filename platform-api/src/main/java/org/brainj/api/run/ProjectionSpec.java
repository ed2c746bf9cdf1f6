package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;

/**
 * A projection in a network spec: pre → delay → connectivity → synapse → output → post.
 *
 * @param name            unique name within the network
 * @param kind            align-post, align-pre or delta
 * @param pre             presynaptic population, or a range of it ({@code P[0:3200]}, see {@link PopulationRange})
 * @param post            postsynaptic population, or a range of it
 * @param connector       connectivity rule (e.g. {@code FixedProb}, {@code All2All}, {@code One2One})
 * @param connectorParams its parameters (e.g. {@code prob})
 * @param comm            how the connectivity is stored and applied: {@code auto}, {@code csr} (stored sparse),
 *                        {@code jit} (regenerated from the seed each time a neuron fires; memory O(N)),
 *                        {@code dense}, or the scalar forms {@code all2all} and {@code one2one} that {@code auto} picks
 *                        for those connectors
 * @param synapse         synapse model (e.g. {@code Expon}); ignored for {@link ProjectionKind#DELTA}
 * @param synapseParams   its parameters (e.g. {@code tau})
 * @param output          output model ({@code COBA}, {@code CUBA}, {@code MgBlock}); ignored for delta
 * @param outputParams    its parameters (e.g. {@code E})
 * @param weight          synaptic weight (conductance for COBA, current for CUBA, mV for delta): a constant, or a
 *                        law drawn once per synapse
 * @param delay           transmission delay [ms]: a constant (one delay for the projection), or a law drawn once per
 *                        synapse (heterogeneous delays); rounded to whole steps of dt
 * @param connectorData   the data of a data connector ({@code MatConn}: {@code conn_mat}; {@code IJConn}: {@code i},
 *                        {@code j}, optional {@code weights}; {@code CSRConn}: {@code indices}, {@code indptr},
 *                        optional {@code weights}; or a file), or null for a connector that generates connectivity
 * @param plasticity      the learning rule that owns this projection's weights, or null for fixed weights
 * @param weightInit      a weight-matrix initializer (e.g. {@code KaimingUniform}), or null: when given, the
 *                        initializer's pre × post matrix W is drawn from the run's seed and synapse (i, j) gets
 *                        {@code weight} · W[i, j], so {@code weight} must then be a constant (a gain, usually 1)
 */
public record ProjectionSpec(String name, ProjectionKind kind, String pre, String post, String connector,
                             Parameters connectorParams, String comm, String synapse, Parameters synapseParams,
                             String output, Parameters outputParams, Initializer weight, Initializer delay,
                             ArraySource connectorData, PlasticitySpec plasticity, InitializerSpec weightInit) {

    /** Validates the fields. */
    public ProjectionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pre, "pre");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(connector, "connector");
        Objects.requireNonNull(connectorParams, "connectorParams");
        Objects.requireNonNull(comm, "comm");
        Objects.requireNonNull(synapse, "synapse");
        Objects.requireNonNull(synapseParams, "synapseParams");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(outputParams, "outputParams");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(delay, "delay");
        if (!(delay.a() >= 0)) {
            throw new ParameterException(name + ".delay", delay + " ms", "must be >= 0 ms");
        }
        if (weightInit != null && weight.law() != Initializer.Law.CONSTANT) {
            throw new ParameterException(name + ".weight", weight.toString(), "a constant (the gain on the "
                    + weightInit.initializer() + " matrix) when a weight initializer is given");
        }
    }

    /**
     * A projection whose weights are drawn per synapse or constant (the form before {@code weightInit} existed).
     *
     * @param name            unique name within the network
     * @param kind            align-post, align-pre, delta or gap junction
     * @param pre             presynaptic population or range
     * @param post            postsynaptic population or range
     * @param connector       connectivity rule
     * @param connectorParams its parameters
     * @param comm            connectivity storage
     * @param synapse         synapse model
     * @param synapseParams   its parameters
     * @param output          output model
     * @param outputParams    its parameters
     * @param weight          synaptic weight law
     * @param delay           delay law [ms]
     * @param connectorData   the data of a data connector, or null
     * @param plasticity      the learning rule, or null
     */
    public ProjectionSpec(String name, ProjectionKind kind, String pre, String post, String connector,
                          Parameters connectorParams, String comm, String synapse, Parameters synapseParams,
                          String output, Parameters outputParams, Initializer weight, Initializer delay,
                          ArraySource connectorData, PlasticitySpec plasticity) {
        this(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams, output, outputParams,
                weight, delay, connectorData, plasticity, null);
    }

    /**
     * A projection whose connector generates its connectivity and whose weights do not learn (the form before
     * {@code connectorData} and {@code plasticity} existed).
     *
     * @param name            unique name within the network
     * @param kind            align-post, align-pre, delta or gap junction
     * @param pre             presynaptic population or range
     * @param post            postsynaptic population or range
     * @param connector       connectivity rule
     * @param connectorParams its parameters
     * @param comm            connectivity storage
     * @param synapse         synapse model
     * @param synapseParams   its parameters
     * @param output          output model
     * @param outputParams    its parameters
     * @param weight          synaptic weight law
     * @param delay           delay law [ms]
     */
    public ProjectionSpec(String name, ProjectionKind kind, String pre, String post, String connector,
                          Parameters connectorParams, String comm, String synapse, Parameters synapseParams,
                          String output, Parameters outputParams, Initializer weight, Initializer delay) {
        this(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams, output, outputParams,
                weight, delay, null, null, null);
    }

    /**
     * An align-post projection with one delay and one weight, the common case.
     *
     * @param name            unique name
     * @param pre             presynaptic population
     * @param post            postsynaptic population
     * @param connector       connectivity rule
     * @param connectorParams its parameters
     * @param synapse         synapse model
     * @param synapseParams   its parameters
     * @param output          output model
     * @param outputParams    its parameters
     * @param weight          the weight of every synapse
     * @param delay           the delay [ms]
     * @return the spec, connectivity {@code auto}
     */
    public static ProjectionSpec alignPost(String name, String pre, String post, String connector,
                                           Parameters connectorParams, String synapse, Parameters synapseParams,
                                           String output, Parameters outputParams, double weight, double delay) {
        return new ProjectionSpec(name, ProjectionKind.ALIGN_POST, pre, post, connector, connectorParams, "auto",
                synapse, synapseParams, output, outputParams, Initializer.constant(weight),
                Initializer.constant(delay));
    }

    /**
     * @param how {@code auto}, {@code csr}, {@code jit}, {@code dense}, {@code all2all}, {@code one2one}
     * @return a copy with that connectivity storage
     */
    public ProjectionSpec withComm(String how) {
        return new ProjectionSpec(name, kind, pre, post, connector, connectorParams, how, synapse, synapseParams,
                output, outputParams, weight, delay, connectorData, plasticity, weightInit);
    }

    /**
     * @param w the weight law
     * @return a copy with it
     */
    public ProjectionSpec withWeight(Initializer w) {
        return new ProjectionSpec(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams,
                output, outputParams, w, delay, connectorData, plasticity, weightInit);
    }

    /**
     * @param d the delay law [ms]
     * @return a copy with it
     */
    public ProjectionSpec withDelay(Initializer d) {
        return new ProjectionSpec(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams,
                output, outputParams, weight, d, connectorData, plasticity, weightInit);
    }

    /**
     * @param data the connector's data (for {@code MatConn}, {@code IJConn}, {@code CSRConn}), or null
     * @return a copy with it
     */
    public ProjectionSpec withConnectorData(ArraySource data) {
        return new ProjectionSpec(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams,
                output, outputParams, weight, delay, data, plasticity, weightInit);
    }

    /**
     * @param rule the learning rule, or null for fixed weights
     * @return a copy with it
     */
    public ProjectionSpec withPlasticity(PlasticitySpec rule) {
        return new ProjectionSpec(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams,
                output, outputParams, weight, delay, connectorData, rule, weightInit);
    }

    /**
     * @param init the weight-matrix initializer, or null for the {@code weight} law alone
     * @return a copy with it; {@code weight} (a constant) multiplies the initializer's values
     */
    public ProjectionSpec withWeightInit(InitializerSpec init) {
        return new ProjectionSpec(name, kind, pre, post, connector, connectorParams, comm, synapse, synapseParams,
                output, outputParams, weight, delay, connectorData, plasticity, init);
    }
}
