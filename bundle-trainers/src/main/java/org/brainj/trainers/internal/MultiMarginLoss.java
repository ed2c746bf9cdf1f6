package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.train.Loss;
import org.brainj.api.train.LossFunction;
import org.osgi.service.component.annotations.Component;

/**
 * BrainPy's {@code multi_margin_loss} (PyTorch's {@code MultiMarginLoss}, p = 1, mean reduction): the multi-class
 * hinge loss. With the label y of a row (the column of its largest target, so one-hot targets work) and scores z,
 * <pre>  ℓ = (1/cols) Σ_{c ≠ y} max(0, margin − z_y + z_c)</pre>
 * averaged over rows; each active term adds +1/(cols·rows) to ∂L/∂z_c and −1/(cols·rows) to ∂L/∂z_y.
 */
@Component(service = Loss.class, property = Provider.RANKING + "=0")
public final class MultiMarginLoss implements Loss, LossFunction {

    static final ParameterSpec MARGIN = ParameterSpec.positive("margin", "1", 1.0,
            "the score gap the true class must keep over every other class");

    private final double margin;

    /** Creates the loss with the default margin 1. */
    public MultiMarginLoss() {
        this(MARGIN.defaultValue());
    }

    private MultiMarginLoss(double margin) {
        this.margin = margin;
    }

    @Override
    public String name() {
        return "multi_margin";
    }

    @Override
    public String description() {
        return "multi-class hinge loss, label = argmax of the target row";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(MARGIN);
    }

    @Override
    public LossFunction create(Parameters params) {
        params.requireKnown(name(), parameters());
        return new MultiMarginLoss(params.get(MARGIN));
    }

    @Override
    public double evaluate(double[] predicted, double[] target, int rows, int cols, double[] gradient) {
        LossShapes.check(name(), predicted, target, rows, cols, gradient);
        double w = 1.0 / ((double) rows * cols);
        double total = 0.0;
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0.0);
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            int y = base;
            for (int c = 1; c < cols; c++) {
                if (target[base + c] > target[y]) {
                    y = base + c;
                }
            }
            for (int c = base; c < base + cols; c++) {
                if (c == y) {
                    continue;
                }
                double h = margin - predicted[y] + predicted[c];
                if (h > 0.0) {
                    total += h;
                    if (gradient != null) {
                        gradient[c] += w;
                        gradient[y] -= w;
                    }
                }
            }
        }
        return total * w;
    }
}
