package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Trainer;
import org.brainj.trainers.internal.linear.Design;
import org.brainj.trainers.internal.linear.LeastSquares;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code LinearRegression} ({@code 'linear'} / {@code 'lstsq'}): the ordinary least-squares readout, by a
 * column-pivoted QR in {@link LeastSquares}.
 */
@Component(service = Trainer.class, property = Provider.RANKING + "=0")
public final class LinearTrainer extends OfflineReadoutTrainer {

    /** Creates the trainer; it holds no state. */
    public LinearTrainer() {
        super("linear", "offline least-squares readout", List.of());
    }

    @Override
    double[] solve(Design data, Parameters hyper) {
        return LeastSquares.fit(data, 0.0);
    }
}
