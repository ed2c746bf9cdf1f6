package org.brainj.analysis.internal.command;

import java.util.List;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.StateVariable;
import org.brainj.api.core.StepContext;
import org.brainj.api.model.ModelDescriptor;
import org.brainj.api.model.ModelFactory;
import org.brainj.api.model.ModelKind;
import org.brainj.api.model.Parameters;
import org.brainj.models.kit.OdeNeuronGroup;

/** A test model factory with one non-autonomous neuron, dV/dt = −V + sin(t), which analysis must refuse. */
public final class TimeDrivenFactory implements ModelFactory {

    static final String MODEL = "TimeDriven";

    /** For ServiceLoader. */
    public TimeDrivenFactory() {
    }

    @Override
    public String name() {
        return "time-driven-test";
    }

    @Override
    public List<ModelDescriptor> models() {
        return List.of(new ModelDescriptor(MODEL, ModelKind.NEURON, "dV/dt = -V + sin(t)", List.of()));
    }

    @Override
    public DynamicalSystem create(String model, String name, int size, Parameters params) {
        return new Group(name, size);
    }

    private static final class Group extends OdeNeuronGroup {
        private final double[] v;

        Group(String name, int size) {
            super(name, size);
            v = new double[size];
        }

        @Override
        public List<StateVariable> state() {
            return List.of(new StateVariable("V", "1", v));
        }

        @Override
        public double[] potential() {
            return v;
        }

        @Override
        public String inputUnit() {
            return "1";
        }

        @Override
        protected double[][] odeState() {
            return new double[][] {v};
        }

        @Override
        protected void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < size; i++) {
                dydt[i] = -y[i] + Math.sin(t) + input[i];
            }
        }

        @Override
        protected int stepNative(StepContext ctx, int from, int to) {
            return 0;
        }

        @Override
        protected int afterGenericStep(StepContext ctx, double[] previousPotential) {
            return 0;
        }

        @Override
        protected void resetState() {
            java.util.Arrays.fill(v, 0.0);
        }
    }
}
