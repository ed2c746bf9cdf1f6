package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.brainj.trainers.internal.linear.LmsFilter;
import org.osgi.service.component.annotations.Component;

/** BrainPy's {@code OnlineTrainer(fit_method='lms')}: the least-mean-squares rule on the readout, see {@link LmsFilter}. */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class LmsTrainer extends OnlineReadoutTrainer {

    static final ParameterSpec ALPHA = ParameterSpec.positive("alpha", "1", 0.1,
            "learning rate eta of W <- W - eta e r (stable below 2 / |r|^2)");

    /** Creates the trainer; it holds no state. */
    public LmsTrainer() {
        super("lms", "online least-mean-squares readout (alpha 0.1)", List.of(ALPHA));
    }

    @Override
    Rule rule(int size, Parameters hyper) {
        LmsFilter filter = new LmsFilter(hyper.get(ALPHA));
        return (r, readout, errors) -> {
            for (int o = 0; o < errors.length; o++) {
                filter.correct(readout, o * size, r, size, errors[o]);
            }
        };
    }
}
