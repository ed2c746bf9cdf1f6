package org.brainj.trainers.internal;

import java.util.List;

import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.UpdateRule;

/** What the optimizers of FEATURES §6.1 share: name, hyper-parameter list, and the checks before a rule is made. */
abstract class OptimizerBase implements Optimizer {

    private final String name;
    private final List<ParameterSpec> hyper;

    OptimizerBase(String name, List<ParameterSpec> hyper) {
        this.name = name;
        this.hyper = List.copyOf(hyper);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int ranking() {
        return 0;
    }

    @Override
    public final List<ParameterSpec> hyperParameters() {
        return hyper;
    }

    @Override
    public final UpdateRule create(int size, Parameters values) {
        UpdateArguments.checkSize(name, size);
        values.requireKnown(name, hyper);
        return rule(size, values);
    }

    /**
     * @param size   parameter count, ≥ 0
     * @param values hyper-parameter values, names already checked
     * @return the rule
     */
    abstract UpdateRule rule(int size, Parameters values);
}
