package org.brainj.cli.internal.run;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiFunction;

import org.brainj.api.distributed.ExchangeException;
import org.brainj.api.distributed.Gathered;
import org.brainj.api.distributed.SpikeExchange;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The {@link SpikeExchange} of an {@code mpirun}/{@code srun} process, over the MPI session that the launcher opened
 * outside OSGi. The launcher registers its collectives as a service of a JDK type (so that no class is shared between
 * the launcher's class loader and the bundles'): a {@code BiFunction} with the properties {@value #KEY}=exchange,
 * {@code brainj.mpi.rank}, {@code brainj.mpi.size} and {@code brainj.mpi.describe}. Called with
 * {@code (int[] send, int[] meta)}, {@code meta[0]} the count, it returns the gathered ints back to back and writes
 * each rank's count into {@code meta[1..size]}; called with {@code (byte[] send, null)} it returns a {@code byte[][]}.
 * Failures arrive as {@link RuntimeException}s whose message names the rank.
 */
final class MpiBridge implements SpikeExchange {

    /** Service property that marks the launcher's MPI collectives. */
    static final String KEY = "brainj.mpi";

    private final BiFunction<Object, Object, Object> collectives;
    private final int rank;
    private final int ranks;
    private final String description;
    private final int[] meta;
    private final int[] counts;

    private MpiBridge(BiFunction<Object, Object, Object> collectives, int rank, int ranks, String description) {
        this.collectives = collectives;
        this.rank = rank;
        this.ranks = ranks;
        this.description = description;
        this.meta = new int[ranks + 1];
        this.counts = new int[ranks];
    }

    /** @return the MPI session of this process, when the launcher opened one (running under mpirun or srun) */
    @SuppressWarnings("unchecked")
    static Optional<SpikeExchange> find() {
        Bundle self = FrameworkUtil.getBundle(MpiBridge.class);
        BundleContext ctx = self == null ? null : self.getBundleContext();
        if (ctx == null) {
            return Optional.empty();
        }
        try {
            Collection<ServiceReference<BiFunction>> refs = ctx.getServiceReferences(BiFunction.class,
                    "(" + KEY + "=exchange)");
            for (ServiceReference<BiFunction> ref : refs) {
                Object r = ref.getProperty(KEY + ".rank");
                Object n = ref.getProperty(KEY + ".size");
                Object d = ref.getProperty(KEY + ".describe");
                BiFunction<Object, Object, Object> f = ctx.getService(ref);
                if (f != null && r instanceof Integer && n instanceof Integer) {
                    return Optional.of(new MpiBridge(f, (Integer) r, (Integer) n, String.valueOf(d)));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public int ranks() {
        return ranks;
    }

    @Override
    public void allGather(int[] send, int count, Gathered into) {
        meta[0] = count;
        int[] data;
        try {
            data = (int[]) collectives.apply(send, meta);
        } catch (ExchangeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExchangeException(-1, e.getMessage(), e);
        }
        System.arraycopy(meta, 1, counts, 0, ranks);
        int[] dst = into.layout(counts);
        System.arraycopy(data, 0, dst, 0, into.total());
    }

    @Override
    public byte[][] allGatherBytes(byte[] send) {
        try {
            return (byte[][]) collectives.apply(send, null);
        } catch (RuntimeException e) {
            throw new ExchangeException(-1, e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
