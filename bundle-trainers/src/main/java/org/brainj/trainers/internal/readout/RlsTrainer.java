package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.brainj.trainers.internal.linear.RlsFilter;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code OnlineTrainer(fit_method='rls')}: recursive least squares on the readout, see {@link RlsFilter}
 * (α as in Sussillo &amp; Abbott: P(0) = I/α). One pass with α gives the ridge solution with penalty α on every
 * weight, bias included.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class RlsTrainer extends OnlineReadoutTrainer {

    static final ParameterSpec ALPHA = ParameterSpec.positive("alpha", "1", 1.0,
            "regulariser: P(0) = I/alpha (Sussillo & Abbott's alpha; BrainPy's RLS alpha is its inverse)");

    /** Creates the trainer; it holds no state. */
    public RlsTrainer() {
        super("rls", "online recursive least squares on the readout (P(0) = I/alpha)", List.of(ALPHA));
    }

    @Override
    final Rule rule(int size, Parameters hyper) {
        RlsFilter filter = new RlsFilter(size, hyper.get(ALPHA));
        return (r, readout, errors) -> {
            filter.update(r);
            for (int o = 0; o < errors.length; o++) {
                filter.correct(readout, o * size, errors[o]);
            }
        };
    }
}
