package org.brainj.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Latency of one spike exchange through the launcher's MPI binding, as a partitioned run pays it once per window:
 * counts (MPI_Allgather) then spike ids (MPI_Allgatherv), including the copies into and out of native memory and
 * the service hop ({@link MpiCollectives}). Run under mpirun:
 * {@code mpirun -np 4 java --enable-native-access=ALL-UNNAMED -cp lib/brainj-launcher.jar
 * org.brainj.launcher.MpiExchangeBench [exchanges]}; rank 0 prints p50 and p90 per total spike count.
 */
public final class MpiExchangeBench {

    private MpiExchangeBench() {
    }

    /**
     * @param args optional: exchanges measured per size (default 2000, after 200 unmeasured)
     */
    public static void main(String[] args) {
        int exchanges = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Map<String, String> env = System.getenv();
        try (MpiSession mpi = MpiSession.openIfLaunched(env).orElseThrow(
                () -> new IllegalStateException("run me under mpirun"))) {
            MpiCollectives c = new MpiCollectives(mpi);
            int ranks = mpi.size();
            for (int total : new int[] {0, 128, 16384}) {
                // Each rank sends its share of the window's spikes plus the 3-int header of NetworkPartition.
                int mine = 3 + total / ranks + (mpi.rank() < total % ranks ? 1 : 0);
                int[] send = new int[mine];
                for (int k = 0; k < mine; k++) {
                    send[k] = k * ranks + mpi.rank();
                }
                int[] meta = new int[ranks + 1];
                long[] nanos = new long[exchanges];
                for (int k = -200; k < exchanges; k++) {
                    meta[0] = mine;
                    long t0 = System.nanoTime();
                    int[] got = (int[]) c.apply(send, meta);
                    long t = System.nanoTime() - t0;
                    if (k >= 0) {
                        nanos[k] = t;
                    }
                    if (got.length < total) {
                        throw new IllegalStateException("short exchange");
                    }
                }
                Arrays.sort(nanos);
                if (mpi.rank() == 0) {
                    System.out.printf(Locale.ROOT, "ranks %d, spikes %6d: p50 %8.1f us, p90 %8.1f us (%d exchanges)%n",
                            ranks, total, nanos[exchanges / 2] / 1e3, nanos[exchanges * 9 / 10] / 1e3, exchanges);
                }
            }
        }
    }
}
