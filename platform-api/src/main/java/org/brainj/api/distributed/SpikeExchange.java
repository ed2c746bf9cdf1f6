package org.brainj.api.distributed;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: the collective operations that the ranks of a distributed run use, one instance per rank. Every rank calls the
 * same operations in the same order (MPI's rule for collectives); a rank that does not arrive within the
 * implementation's timeout makes the others fail with an {@link ExchangeException} naming it, never hang.
 *
 * <p>Implementations: MPI (the launcher, {@code mpirun -np K brainj ... --distributed}) and
 * {@link InProcessExchange} (several partitions in one JVM, for tests and threads).
 */
@ConsumerType
public interface SpikeExchange {

    /** @return this process's rank, in [0, {@link #ranks()}) */
    int rank();

    /** @return the number of ranks, ≥ 1 */
    int ranks();

    /**
     * All-gather of variable-length int blocks (MPI's allgather of counts, then allgatherv): every rank contributes
     * {@code count} ints of {@code send}; afterwards {@code into} holds every rank's block, in rank order.
     *
     * @param send  this rank's block (not modified; may be reused as soon as the call returns)
     * @param count how many ints of it, ≥ 0
     * @param into  receives the blocks; reused between calls, so a window's exchange allocates nothing once grown
     * @throws ExchangeException naming the rank that failed or did not arrive in time
     */
    void allGather(int[] send, int count, Gathered into);

    /**
     * All-gather of byte blocks, for rare, small messages (sweep rows, summaries).
     *
     * @param send this rank's block
     * @return every rank's block, in rank order
     * @throws ExchangeException naming the rank that failed or did not arrive in time
     */
    byte[][] allGatherBytes(byte[] send);

    /** @return a one-line description for run summaries, e.g. {@code "mpi (Open MPI 4.1.4), 4 ranks"} */
    default String describe() {
        return getClass().getSimpleName() + ", " + ranks() + " ranks";
    }
}
