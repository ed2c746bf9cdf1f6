package org.brainj.trainers.internal.readout;

import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code ForceTrainer(alpha=1)}: FORCE learning (Sussillo &amp; Abbott 2009), recursive least squares on
 * the readout of a model that feeds its output back, so the error is kept small from the first step while the
 * weights converge. The rule is {@link RlsTrainer}'s; FORCE is what the model does with the output.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class ForceTrainer extends OnlineReadoutTrainer {

    private final RlsTrainer rls = new RlsTrainer();

    /** Creates the trainer; it holds no state. */
    public ForceTrainer() {
        super("force", "FORCE learning: RLS on the readout of a network with output feedback (alpha 1)",
                java.util.List.of(RlsTrainer.ALPHA));
    }

    @Override
    Rule rule(int size, org.brainj.api.model.Parameters hyper) {
        return rls.rule(size, hyper);
    }
}
