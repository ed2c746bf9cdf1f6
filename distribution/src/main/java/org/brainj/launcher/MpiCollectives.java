package org.brainj.launcher;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.BiFunction;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The launcher's MPI session offered to the bundles as a service of a JDK type, so that no class crosses between the
 * launcher's class loader and the bundles' (the CLI bundle adapts it to the {@code SpikeExchange} SPI). Called with
 * {@code (int[] send, int[] meta)}, {@code meta[0]} being the count, it returns the gathered ints back to back and
 * writes each rank's count into {@code meta[1..size]}; with {@code (byte[] send, null)} it returns a {@code byte[][]}.
 */
final class MpiCollectives implements BiFunction<Object, Object, Object> {

    /** Service property marking it; the CLI bundle looks for {@code (brainj.mpi=exchange)}. */
    static final String KEY = "brainj.mpi";

    private final MpiSession mpi;
    private final int[] counts;
    private int[] buffer = new int[0];

    MpiCollectives(MpiSession mpi) {
        this.mpi = mpi;
        this.counts = new int[mpi.size()];
    }

    /**
     * @param ctx the framework's context
     * @return the registration
     */
    ServiceRegistration<?> register(BundleContext ctx) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(KEY, "exchange");
        props.put(KEY + ".rank", mpi.rank());
        props.put(KEY + ".size", mpi.size());
        props.put(KEY + ".describe", mpi.describe());
        return ctx.registerService(BiFunction.class.getName(), this, props);
    }

    @Override
    public Object apply(Object send, Object meta) {
        if (send instanceof byte[]) {
            return mpi.allGatherBytes((byte[]) send);
        }
        int[] m = (int[]) meta;
        synchronized (this) {
            buffer = mpi.allGather((int[]) send, m[0], counts, buffer);
            System.arraycopy(counts, 0, m, 1, counts.length);
            return buffer;
        }
    }
}
