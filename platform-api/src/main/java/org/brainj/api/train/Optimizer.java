package org.brainj.api.train;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.osgi.annotation.versioning.ConsumerType;

/** SPI: a gradient-descent optimizer (SGD, Adam, ...), creating one {@link UpdateRule} per parameter array. */
@ConsumerType
public interface Optimizer extends Provider {

    /** @return its hyper-parameters (beta1, eps, weight decay, ...) with defaults */
    List<ParameterSpec> hyperParameters();

    /**
     * @param size  length of the parameter array
     * @param hyper hyper-parameter values
     * @return a rule with its buffers allocated
     */
    UpdateRule create(int size, Parameters hyper);
}
