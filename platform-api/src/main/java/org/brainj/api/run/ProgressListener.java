package org.brainj.api.run;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how a long computation (a run, an epoch, a sweep) advances; called from the computing thread. */
@ConsumerType
public interface ProgressListener {

    /** Ignores everything. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Called at most every few hundred milliseconds, and once at the end with {@code done == total}.
     *
     * @param done  units done (steps, samples)
     * @param total units in all
     */
    void progress(long done, long total);
}
