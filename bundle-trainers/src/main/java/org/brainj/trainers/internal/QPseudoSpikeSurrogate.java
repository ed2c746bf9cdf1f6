package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code QPseudoSpike(alpha=2)} (Herranz-Celotti &amp; Rouat 2022): a heavy-tailed bell whose tail fatness
 * α sets, the derivative of g(x) = ½(1 − 2x/(α−1))^{1−α} (x &lt; 0), 1 − ½(1 + 2x/(α−1))^{1−α} (x ≥ 0):
 * <pre>  g'(x) = (1 + 2|x|/(α − 1))^{−α}</pre>
 * as published and as BrainPy documents it, so α must be &gt; 1. (BrainPy's code divides by α + 1 instead, which is
 * not the derivative of its own g; the two agree nowhere but at x = 0.)
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class QPseudoSpikeSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 2. */
    public QPseudoSpikeSurrogate() {
        super("q_pseudo_spike", 2.0);
    }

    @Override
    boolean alphaAllowed(double alpha) {
        return alpha > 1.0 && alpha < Double.POSITIVE_INFINITY;
    }

    @Override
    String alphaRange() {
        return "must be > 1 and finite (the tail exponent)";
    }

    @Override
    double grad(double x, double alpha) {
        return Math.pow(1.0 + 2.0 * Math.abs(x) / (alpha - 1.0), -alpha);
    }
}
