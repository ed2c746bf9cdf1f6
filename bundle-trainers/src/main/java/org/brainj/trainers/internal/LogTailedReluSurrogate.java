package org.brainj.trainers.internal;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Surrogate;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code LogTailedRelu(alpha=0)} (Cai et al. 2017): the derivative of g(x) = αx (x ≤ 0), x (0 &lt; x ≤ 1),
 * ln x (x &gt; 1),
 * <pre>  g'(x) = α  for x ≤ 0,   1  for 0 &lt; x ≤ 1,   1/x  for x &gt; 1</pre>
 */
@Component(service = Surrogate.class, property = Provider.RANKING + "=0")
public final class LogTailedReluSurrogate extends SurrogateBase {

    /** Creates the surrogate with BrainPy's default α = 0. */
    public LogTailedReluSurrogate() {
        super("log_tailed_relu", 0.0);
    }

    @Override
    boolean alphaAllowed(double alpha) {
        return alpha >= 0.0 && alpha < Double.POSITIVE_INFINITY;
    }

    @Override
    String alphaRange() {
        return "must be >= 0 and finite";
    }

    @Override
    double grad(double x, double alpha) {
        if (x > 1.0) {
            return 1.0 / x;
        }
        return x > 0.0 ? 1.0 : alpha;
    }
}
