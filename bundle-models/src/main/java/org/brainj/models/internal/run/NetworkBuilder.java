package org.brainj.models.internal.run;

import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.api.ops.CsrMatrix;
import org.brainj.api.ops.JitConnSpec;
import org.brainj.api.ops.WeightLaw;
import org.brainj.api.platform.Providers;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.CouplingSpec;
import org.brainj.api.run.InputSpec;
import org.brainj.api.run.NetworkSpec;
import org.brainj.api.run.PopulationRange;
import org.brainj.api.run.PopulationSpec;
import org.brainj.api.run.ProjectionKind;
import org.brainj.api.run.ProjectionSpec;
import org.brainj.api.run.SimulationOptions;
import org.brainj.models.internal.Connectors;
import org.brainj.models.internal.Flags;
import org.brainj.models.internal.InitializerModels;
import org.brainj.models.internal.PlasticityModels;
import org.brainj.models.kit.AlignPostProjection;
import org.brainj.models.kit.AllToAll;
import org.brainj.models.kit.Communication;
import org.brainj.models.kit.CsrConnectivity;
import org.brainj.models.kit.DenseConnectivity;
import org.brainj.models.kit.GroupRange;
import org.brainj.models.kit.InputDrive;
import org.brainj.models.kit.JitConnectivity;
import org.brainj.models.kit.MatrixInitializer;
import org.brainj.models.kit.Network;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.kit.OdeNeuronGroup;
import org.brainj.models.kit.OneToOne;
import org.brainj.models.kit.Operators;
import org.brainj.models.kit.PerSynapseDelays;
import org.brainj.models.kit.PlasticConnectivity;
import org.brainj.models.kit.Projection;
import org.brainj.models.kit.SynapseDynamics;
import org.brainj.models.kit.SynapticOutput;
import org.brainj.models.zoo.RSTDP;

/**
 * Builds a {@link Network} from a {@link NetworkSpec}: creates every model through the model factories, generates or
 * binds connectivity, rounds delays to steps and applies initial values.
 *
 * <p>Connectivity storage ({@code comm}): {@code auto} takes the scalar O(N) forms for {@code All2All} and
 * {@code One2One} with one weight, and CSR otherwise; {@code jit} regenerates {@code FixedProb} rows on the fly.
 * Delays that are not a multiple of dt are rounded to the nearest step with a warning (BrainPy rounds up silently;
 * nearest keeps the mean delay unbiased). Per-synapse delays (a law, not a constant) need stored (CSR) connectivity.
 *
 * <p>A projection with a {@link ProjectionSpec#plasticity() plasticity} rule gets that rule as its connectivity
 * (built on the CSR matrix and initial weights); one with {@link ProjectionSpec#connectorData() connector data} is
 * built by {@link DataConnectors}; the spec's couplings become {@link Couplings} drives.
 *
 * <p>Seeds: the connectivity of projection k is generated with seed mix(seed, k), so the same seed gives the same
 * network, and initial values, weights and delays are drawn from the run's counter-based generator keyed by
 * (stream, index). A projection with a {@link ProjectionSpec#weightInit() weight initializer} draws the initializer's
 * whole pre × post matrix from stream {@code PROJECTION_STREAM + k} (the kit's {@link MatrixInitializer#matrix} with
 * that stream and the run's seed) and gives each synapse (i, j) the constant weight times W[i, j] (BrainPy's masked
 * weight matrix); the just-in-time connectivity, which stores no weights, refuses it.
 */
final class NetworkBuilder {

    private static final System.Logger LOG = System.getLogger(NetworkBuilder.class.getName());
    /** Stream ids of projections' per-synapse draws start here, clear of populations' and drives' ids. */
    static final int PROJECTION_STREAM = 0x5052_0000;

    private final ModelLookup models = new ModelLookup();
    private final SimulationOptions options;
    private final Operators ops;
    private final CounterRandom random;
    /** Whether the network is one rank's part of a partitioned run. */
    private final boolean partitioned;

    NetworkBuilder(SimulationOptions options, Operators ops, CounterRandom random) {
        this(options, ops, random, false);
    }

    /**
     * @param options     the run's options
     * @param ops         the operator backend
     * @param random      the run's generator
     * @param partitioned true for one rank of a partitioned run: stored connectivity whose connector can draw a
     *                    column range is drawn when the partition says which columns the rank keeps
     *                    ({@link CsrConnectivity.ColumnDraw}), so the rank never holds the whole matrix
     */
    NetworkBuilder(SimulationOptions options, Operators ops, CounterRandom random, boolean partitioned) {
        this.options = options;
        this.ops = ops;
        this.random = random;
        this.partitioned = partitioned;
    }

    Network build(NetworkSpec spec) {
        Network net = new Network(spec.name());
        for (PopulationSpec p : spec.populations()) {
            NeuronGroup g = models.create("population " + p.name(), p.model(), ModelLookup.neurons(),
                    NeuronGroup.class, p.name(), p.size(), p.params());
            if (g instanceof OdeNeuronGroup) {
                try {
                    ((OdeNeuronGroup) g).useMethod(options.method());
                } catch (IllegalArgumentException e) {
                    throw new ParameterException("method", options.method(), e.getMessage());
                }
            }
            net.add(g);
        }
        List<ProjectionSpec> projections = spec.projections();
        for (int k = 0; k < projections.size(); k++) {
            addProjection(net, projections.get(k), k);
        }
        for (InputSpec in : spec.inputs()) {
            NeuronGroup target = net.population(in.target());
            InputDrive d = models.create("input " + in.model() + " -> " + in.target(), in.model(),
                    EnumSet.of(ModelKind.INPUT), InputDrive.class, in.model(), target.size(), in.params());
            net.input(d, target);
        }
        for (CouplingSpec c : spec.couplings()) {
            Couplings.add(net, c, options.dt());
        }
        for (PopulationSpec p : spec.populations()) {
            applyInit(net, p);
        }
        return net;
    }

    private void applyInit(Network net, PopulationSpec p) {
        NeuronGroup g = net.population(p.name());
        for (Map.Entry<String, Initializer> e : p.init().entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            if (dot < 0) {
                g.initialize(key, e.getValue());
                continue;
            }
            // "PROJECTION.VAR": a state variable of the synapse that projection feeds on this population.
            String proj = key.substring(0, dot);
            Projection found = null;
            for (Projection q : net.projections()) {
                if (q.name().equals(proj)) {
                    found = q;
                }
            }
            if (!(found instanceof AlignPostProjection) || found.post() != g) {
                throw new ModelException("population " + p.name() + ".init: '" + key + "' must name an align-post "
                        + "projection onto " + p.name() + " and a variable of its synapse");
            }
            ((AlignPostProjection) found).synapse().initialize(key.substring(dot + 1), e.getValue());
        }
    }

    private void addProjection(Network net, ProjectionSpec p, int index) {
        GroupRange pre = range(net, p.pre());
        GroupRange post = range(net, p.post());
        String where = "projection " + p.name();
        double dt = options.dt();
        boolean perSynapseDelay = !p.delay().isConstant();
        int delaySteps = perSynapseDelay ? 0 : steps(where, p.delay().a(), dt);
        Communication comm = p.plasticity() != null ? plastic(net, p, pre.size(), post, index, perSynapseDelay)
                : communication(p, pre.size(), post.size(), index, perSynapseDelay);
        switch (p.kind()) {
            case ALIGN_POST: {
                SynapseDynamics syn = models.create(where + ".synapse", p.synapse(), EnumSet.of(ModelKind.SYNAPSE),
                        SynapseDynamics.class, p.name(), post.group().size(), p.synapseParams());
                SynapticOutput out = output(where, p);
                net.alignPost(p.name(), pre, post, comm, syn, out, delaySteps);
                break;
            }
            case ALIGN_PRE: {
                if (perSynapseDelay) {
                    throw new ModelException(where + ": per-synapse delays need an align-post or delta projection; "
                            + "align-pre synapses are delayed as a whole");
                }
                SynapseDynamics syn = models.create(where + ".synapse", p.synapse(), EnumSet.of(ModelKind.SYNAPSE),
                        SynapseDynamics.class, p.name(), pre.size(), p.synapseParams());
                net.alignPre(p.name(), pre, post, comm, syn, output(where, p), delaySteps);
                break;
            }
            case GAP_JUNCTION:
                if (perSynapseDelay || delaySteps != 0 || !pre.whole() || !post.whole()) {
                    throw new ModelException(where + ": a gap junction couples whole populations without delay");
                }
                net.gapJunction(p.name(), pre.group(), post.group(), comm);
                break;
            default:
                net.delta(p.name(), pre, post, comm, delaySteps);
        }
    }

    /** "P" or "P[from:to]" resolved against the network's populations. */
    private static GroupRange range(Network net, String text) {
        PopulationRange r = PopulationRange.parse(text);
        NeuronGroup g = net.population(r.population());
        return g.range(r.from(), r.end(g.size()));
    }

    private SynapticOutput output(String where, ProjectionSpec p) {
        return models.create(where + ".output", p.output(), EnumSet.of(ModelKind.OUTPUT), SynapticOutput.class,
                p.name(), 1, p.outputParams());
    }

    /**
     * A learning projection: its CSR connectivity and initial weights handed to the rule, which owns them. Only
     * stored (CSR) connectivity with one delay can learn: the rule updates one weight per synapse in place.
     */
    private Communication plastic(Network net, ProjectionSpec p, int rows, GroupRange post, int index,
                                  boolean perSynapseDelay) {
        String where = "projection " + p.name() + ".plasticity";
        if (p.kind() != ProjectionKind.ALIGN_POST && p.kind() != ProjectionKind.DELTA) {
            throw new ModelException(where + ": a " + p.kind().label() + " projection cannot learn; plasticity "
                    + "needs an align_post or delta projection");
        }
        if (!p.comm().equals("auto") && !p.comm().equals("csr")) {
            throw new ParameterException(where.replace(".plasticity", ".comm"), p.comm(),
                    "auto or csr for a plastic projection: its rule stores one weight per synapse");
        }
        if (perSynapseDelay) {
            throw new ModelException(where + ": a plastic projection has one delay; per-synapse delays are not "
                    + "supported with plasticity");
        }
        CsrMatrix m = ((CsrConnectivity) csr(p, rows, post.size(), index, false)).matrix();
        PlasticConnectivity rule;
        try {
            rule = PlasticityModels.connect(p.plasticity().rule(), m, post, options.dt(), p.plasticity().params());
        } catch (BrainjException e) {
            throw new ModelException(where + ": " + e.getMessage(), e);
        }
        String modulator = p.plasticity().modulator();
        if (!modulator.isEmpty()) {
            if (!(rule instanceof RSTDP)) {
                throw new ModelException(where + ".modulator: rule " + p.plasticity().rule() + " is not "
                        + "reward-modulated; only " + RSTDP.MODEL + " takes a modulator population");
            }
            ((RSTDP) rule).modulatedBy(net.population(modulator));
        }
        return rule;
    }

    private Communication communication(ProjectionSpec p, int rows, int cols, int index, boolean perSynapseDelay) {
        String where = "projection " + p.name();
        String comm = p.comm();
        if (p.connectorData() != null && !comm.equals("auto") && !comm.equals("csr") && !comm.equals("dense")) {
            throw new ParameterException(where + ".comm", comm, "auto, csr or dense for data connector "
                    + p.connector());
        }
        boolean scalar = p.weight().isConstant() && p.weightInit() == null && !perSynapseDelay;
        double w = p.weight().a();
        switch (comm) {
            case "auto":
                if (scalar && p.connector().equals("All2All")) {
                    return new AllToAll(rows, cols, w, flag(p.connectorParams(), "include_self", true));
                }
                if (scalar && p.connector().equals("One2One")) {
                    return oneToOne(where, rows, cols, w);
                }
                return csr(p, rows, cols, index, perSynapseDelay);
            case "all2all":
                requireScalar(where, scalar, comm);
                return new AllToAll(rows, cols, w, flag(p.connectorParams(), "include_self", true));
            case "one2one":
                requireScalar(where, scalar, comm);
                return oneToOne(where, rows, cols, w);
            case "csr":
                return csr(p, rows, cols, index, perSynapseDelay);
            case "dense":
                if (perSynapseDelay) {
                    throw new ModelException(where + ": per-synapse delays need csr connectivity, not dense");
                }
                return new DenseConnectivity(((CsrConnectivity) csr(p, rows, cols, index, false)).matrix(),
                        ops.dense());
            case "jit":
                return jit(p, rows, cols, index, perSynapseDelay);
            default:
                throw new ParameterException(where + ".comm", comm, "one of auto, csr, jit, dense, all2all, one2one");
        }
    }

    private static void requireScalar(String where, boolean scalar, String comm) {
        if (!scalar) {
            throw new ParameterException(where + ".comm", comm,
                    "needs one constant weight and one delay; use csr for per-synapse weights or delays");
        }
    }

    private static Communication oneToOne(String where, int rows, int cols, double w) {
        if (rows != cols) {
            throw new ModelException(where + ": One2One needs equal sizes, got " + rows + " -> " + cols);
        }
        return new OneToOne(rows, w);
    }

    private Communication jit(ProjectionSpec p, int rows, int cols, int index, boolean perSynapseDelay) {
        String where = "projection " + p.name();
        if (perSynapseDelay) {
            throw new ModelException(where + ": just-in-time connectivity has no per-synapse delays; use csr");
        }
        if (!p.connector().equals("FixedProb")) {
            throw new ParameterException(where + ".comm", "jit", "needs connector FixedProb, got " + p.connector());
        }
        Map<String, Double> cp = p.connectorParams().asMap();
        for (String key : cp.keySet()) {
            if (!key.equals("prob") && !key.equals("include_self")) {
                throw new ParameterException(where + ".connector." + key, String.valueOf(cp.get(key)),
                        "just-in-time FixedProb takes prob only (independent Bernoulli draws, self-connections kept)");
            }
        }
        Double prob = cp.get("prob");
        if (prob == null) {
            throw new ParameterException(where + ".connector.prob", "missing", "required by FixedProb: in (0, 1]");
        }
        if (p.weightInit() != null) {
            throw new ParameterException(where + ".weight", p.weightInit().initializer(), "comm csr or dense with a "
                    + "weight initializer: just-in-time connectivity regenerates rows and stores no weight matrix "
                    + "(constant, uniform or normal weights only)");
        }
        Initializer wl = p.weight();
        WeightLaw law;
        switch (wl.law()) {
            case UNIFORM:
                law = WeightLaw.UNIFORM;
                break;
            case NORMAL:
                law = WeightLaw.NORMAL;
                break;
            case CONSTANT:
                law = WeightLaw.HOMOGENEOUS;
                break;
            default:
                // A law added to Initializer later must not silently become a homogeneous weight.
                throw new ParameterException(where + ".weight", wl.toString(),
                        "just-in-time connectivity draws constant, uniform or normal weights; use csr");
        }
        JitConnSpec spec = new JitConnSpec(rows, cols, prob, law, wl.a(), wl.b(), seed(index));
        return new JitConnectivity(spec, ops.jit());
    }

    private Communication csr(ProjectionSpec p, int rows, int cols, int index, boolean perSynapseDelay) {
        String where = "projection " + p.name();
        boolean data = p.connectorData() != null || DataConnectors.isData(p.connector());
        if (partitioned && !data && p.weightInit() == null) {
            ConnectorFactory factory = connectorFactory(where, p.connector());
            Connectors.ColumnSource source = factory instanceof Connectors
                    ? Connectors.columns(p.connector(), rows, cols, p.connectorParams(), seed(index)) : null;
            if (source != null) {
                int stream = PROJECTION_STREAM + index;
                Initializer weight = p.weight();
                if (!perSynapseDelay) {
                    return new CsrConnectivity(rows, cols, (from, to, rowEntries) -> {
                        int[] before = new int[rows];
                        CsrMatrix kept = source.draw(from, to, rowEntries, before);
                        return new CsrMatrix(rows, cols, kept.indptr(), kept.indices(),
                                keptWeights(weight, kept, rowEntries, before, stream));
                    }, ops.events(), ops.sparse());
                }
                return new PerSynapseDelays(rows, cols, (from, to, rowEntries) -> {
                    int[] before = new int[rows];
                    CsrMatrix kept = source.draw(from, to, rowEntries, before);
                    CsrMatrix m = new CsrMatrix(rows, cols, kept.indptr(), kept.indices(),
                            keptWeights(weight, kept, rowEntries, before, stream));
                    return new PerSynapseDelays.Part(m, delaySteps(where, p.delay(), m, rowEntries, before, stream));
                });
            }
        }
        CsrMatrix m = data ? DataConnectors.matrix(where, p.connector(), p.connectorParams(), p.connectorData(),
                rows, cols, p.weight().isConstant() && p.weightInit() == null)
                : connectorFactory(where, p.connector()).connect(p.connector(), rows, cols, p.connectorParams(),
                seed(index));
        int stream = PROJECTION_STREAM + index;
        if (data && !m.homogeneous()) {
            // The data's weights, scaled by the projection's constant weight.
            double[] w = m.data().clone();
            for (int k = 0; k < w.length; k++) {
                w[k] *= p.weight().a();
            }
            m = new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), w);
        } else if (p.weightInit() != null) {
            m = new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), initialWeights(where, p, m, stream));
        } else if (!p.weight().isConstant()) {
            double[] w = new double[m.nnz()];
            p.weight().fill(random, stream, -2L, 0, w);
            m = new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), w);
        } else {
            m = new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), new double[] {p.weight().a()});
        }
        if (!perSynapseDelay) {
            return new CsrConnectivity(m, ops.events(), ops.sparse());
        }
        return new PerSynapseDelays(m, delaySteps(where, p.delay(), m, null, null, stream));
    }

    /**
     * The delays [steps] of the entries of {@code m}, each drawn keyed by its position in the whole matrix: its own
     * position, or, for a column range ({@code rowEntries} and {@code before} given), the rows before it, then the
     * entries of its row left of the range, then its place in the range.
     */
    private int[] delaySteps(String where, Initializer delay, CsrMatrix m, int[] rowEntries, int[] before,
                             int stream) {
        int[] d = new int[m.nnz()];
        int[] indptr = m.indptr();
        double dt = options.dt();
        int rounded = 0;
        long rowStart = 0;
        for (int i = 0; i < m.rows(); i++) {
            long first = before == null ? 0 : rowStart + before[i] - indptr[i];
            for (int k = indptr[i]; k < indptr[i + 1]; k++) {
                double ms = delay.sample(random, stream, (int) (first + k), -3L, 0);
                if (ms < 0) {
                    ms = 0;
                }
                double exact = ms / dt;
                d[k] = (int) Math.round(exact);
                if (Math.abs(exact - d[k]) > 1e-6) {
                    rounded++;
                }
            }
            if (rowEntries != null) {
                rowStart += rowEntries[i];
            }
        }
        if (rounded > 0) {
            LOG.log(Level.DEBUG, "{0}: {1} per-synapse delays rounded to whole steps of dt = {2} ms", where, rounded,
                    dt);
        }
        return d;
    }

    /**
     * The weights of a column range's entries, each drawn as in the whole matrix: keyed by the entry's position there
     * (the rows before it, then the entries of its row left of the range, then its place in the range).
     */
    private double[] keptWeights(Initializer weight, CsrMatrix kept, int[] rowEntries, int[] before, int stream) {
        if (weight.isConstant()) {
            return new double[] {weight.a()};
        }
        int[] indptr = kept.indptr();
        double[] w = new double[Math.max(1, kept.nnz())];
        long rowStart = 0;
        for (int i = 0; i < kept.rows(); i++) {
            long first = rowStart + before[i] - indptr[i];
            for (int e = indptr[i]; e < indptr[i + 1]; e++) {
                w[e] = weight.sample(random, stream, (int) (first + e), -2L, 0);
            }
            rowStart += rowEntries[i];
        }
        return w;
    }

    /**
     * The weights of the synapses of {@code m} read from the initializer's pre × post matrix, times the constant
     * weight (the gain).
     */
    private double[] initialWeights(String where, ProjectionSpec p, CsrMatrix m, int stream) {
        MatrixInitializer init;
        double[] full;
        try {
            init = InitializerModels.matrix(p.weightInit());
            full = init.matrix(m.rows(), m.cols(), random, stream);
        } catch (BrainjException e) {
            throw new ModelException(where + ".weight (" + p.weightInit().initializer() + "): " + e.getMessage(), e);
        }
        double gain = p.weight().a();
        int[] indptr = m.indptr();
        int[] indices = m.indices();
        double[] w = new double[m.nnz()];
        for (int i = 0; i < m.rows(); i++) {
            for (int k = indptr[i]; k < indptr[i + 1]; k++) {
                w[k] = gain * full[i * m.cols() + indices[k]];
            }
        }
        return w;
    }

    private static ConnectorFactory connectorFactory(String where, String connector) {
        List<String> known = new java.util.ArrayList<>();
        for (ConnectorFactory f : Providers.all(ConnectorFactory.class)) {
            for (ModelDescriptor d : f.connectors()) {
                if (d.name().equals(connector)) {
                    return f;
                }
                known.add(d.name());
            }
        }
        throw new ModelException(where + ".connector: unknown connector '" + connector + "'; known: " + known);
    }

    private int steps(String where, double delayMs, double dt) {
        double exact = delayMs / dt;
        long n = Math.round(exact);
        if (Math.abs(exact - n) > 1e-6) {
            LOG.log(Level.WARNING, "{0}: delay {1} ms is not a multiple of dt = {2} ms; rounded to {3} steps "
                    + "({4} ms)", where, delayMs, dt, n, n * dt);
        }
        if (n > 1_000_000) {
            throw new ParameterException(where + ".delay", delayMs + " ms", "must be at most 10^6 steps of dt");
        }
        return (int) n;
    }

    private long seed(int projection) {
        // SplitMix64 of (seed, projection): distinct, well-mixed seeds per projection.
        long z = options.seed() + 0x9E3779B97F4A7C15L * (projection + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean flag(Parameters params, String name, boolean dflt) {
        Double v = params.asMap().get(name);
        return v == null ? dflt : Flags.of(name, v);
    }
}
