package org.brainj.trainers.internal.readout;

import java.util.List;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.ParameterSpec;
import org.brainj.api.model.Parameters;
import org.brainj.api.train.OfflineTrainable;
import org.brainj.api.train.OnlineTrainable;
import org.brainj.api.train.Trainable;
import org.brainj.api.train.Trainer;
import org.brainj.api.train.TrainingKind;

/** What the readout trainers share: name, kind, settings, and the check of the model's role. */
abstract class ReadoutTrainerBase implements Trainer {

    static final ParameterSpec WASHOUT = ParameterSpec.nonNegative("washout", "steps", 0,
            "steps at the start of every sequence left out of the fit (the network forgets its reset state)");

    private final String name;
    private final TrainingKind kind;
    private final List<ParameterSpec> settings;
    private final String description;

    ReadoutTrainerBase(String name, TrainingKind kind, String description, List<ParameterSpec> settings) {
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.settings = List.copyOf(settings);
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
    public final String description() {
        return description;
    }

    @Override
    public final TrainingKind trainingKind() {
        return kind;
    }

    /** @return the settings read from {@link org.brainj.api.train.TrainingOptions#hyper()} */
    public final List<ParameterSpec> settings() {
        return settings;
    }

    final Parameters checked(Parameters hyper) {
        return hyper.requireKnown(name, settings);
    }

    final OfflineTrainable offline(Trainable model) {
        if (!(model instanceof OfflineTrainable t)) {
            throw new ModelException("trainer '" + name + "' needs a model with the OfflineTrainable role (features "
                    + "and a linear readout); " + describe(model) + " lacks it");
        }
        return t;
    }

    final OnlineTrainable online(Trainable model) {
        if (!(model instanceof OnlineTrainable t)) {
            throw new ModelException("trainer '" + name + "' needs a model with the OnlineTrainable role (step by "
                    + "step features and a readout); " + describe(model) + " lacks it");
        }
        return t;
    }

    private static String describe(Trainable model) {
        return model == null ? "no model (null)" : "the model " + model.getClass().getSimpleName();
    }

    static int whole(ParameterSpec spec, double v) {
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new org.brainj.api.core.ParameterException(spec.name(), String.valueOf(v), "must be a whole number");
        }
        return (int) v;
    }
}
