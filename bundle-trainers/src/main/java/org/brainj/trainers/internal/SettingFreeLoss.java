package org.brainj.trainers.internal;

import org.brainj.api.model.Parameters;
import org.brainj.api.train.Loss;
import org.brainj.api.train.LossFunction;

/** A loss with no settings is its own, stateless, loss function. */
abstract class SettingFreeLoss implements Loss, LossFunction {

    @Override
    public final LossFunction create(Parameters params) {
        params.requireKnown(name(), parameters());
        return this;
    }
}
