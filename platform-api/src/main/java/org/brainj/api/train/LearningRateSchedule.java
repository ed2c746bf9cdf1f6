package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** The learning rate as a function of progress. */
@ConsumerType
public interface LearningRateSchedule {

    /**
     * @param step  optimizer updates so far, from 0
     * @param epoch epochs completed, from 0
     * @return the learning rate to use
     */
    double rate(long step, int epoch);
}
