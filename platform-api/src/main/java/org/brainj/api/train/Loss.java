package org.brainj.api.train;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a loss (MSE, cross-entropy, Huber, ...), creating a {@link LossFunction} bound to its settings
 * (e.g. Huber's {@code delta}) so that evaluation needs no lookups.
 */
@ConsumerType
public interface Loss extends Provider {

    /** @return its settings with defaults; empty for a loss without any */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /**
     * @param params setting values; unknown names and out-of-range values are rejected
     * @return the loss function
     * @throws org.brainj.api.core.ParameterException for a bad setting, naming it, its value and the range
     */
    LossFunction create(Parameters params);
}
