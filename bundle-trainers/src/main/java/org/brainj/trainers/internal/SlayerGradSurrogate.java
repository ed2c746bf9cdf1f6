package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code SlayerGrad} (Shrestha &amp; Orchard 2018, SLAYER's spike-escape density),
 * <pre>  g'(x) = e^{−α|x|}</pre>
 * It is not normalised: its integral is 2/α, not 1.
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class SlayerGradSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 1.0. */
    public SlayerGradSurrogate() {
        super("slayer_grad", 1.0);
    }

    @Override
    double grad(double x, double alpha) {
        return Math.exp(-alpha * Math.abs(x));
    }
}
