package org.brainj.api;

import java.util.List;

import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.Measure;
import org.brainj.api.command.Command;
import org.brainj.api.integrate.IntegratorProvider;
import org.brainj.api.model.ConnectorFactory;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.ops.CustomOperator;
import org.brainj.api.ops.OperatorBackend;
import org.brainj.api.platform.Provider;
import org.brainj.api.run.NetworkCatalog;
import org.brainj.api.run.Simulator;
import org.brainj.api.train.Loss;
import org.brainj.api.train.Optimizer;
import org.brainj.api.train.Surrogate;
import org.brainj.api.train.Trainer;

/** The catalogue of the platform's service provider interfaces, in floor order, for listings and checks. */
public final class Spis {

    /** Every SPI a bundle can provide. */
    public static final List<Class<? extends Provider>> ALL = List.of(
            IntegratorProvider.class,
            OperatorBackend.class,
            CustomOperator.class,
            ModelFactory.class,
            ConnectorFactory.class,
            Simulator.class,
            NetworkCatalog.class,
            Trainer.class,
            Loss.class,
            Optimizer.class,
            Surrogate.class,
            Analyzer.class,
            Measure.class,
            Command.class);

    private Spis() {
    }
}
