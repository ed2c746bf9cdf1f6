package org.brainj.trainers.internal.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Providers;
import org.brainj.api.random.CounterRandom;
import org.brainj.api.run.ProgressListener;
import org.brainj.api.train.Dataset;
import org.brainj.api.train.Differentiable;
import org.brainj.api.train.Trainer;
import org.brainj.api.train.TrainingKind;
import org.brainj.api.train.TrainingOptions;
import org.brainj.api.train.TrainingReport;
import org.brainj.trainers.internal.reservoir.EchoStateNetwork;
import org.brainj.trainers.internal.reservoir.EsnSettings;
import org.brainj.trainers.internal.reservoir.Nvar;
import org.junit.jupiter.api.Test;

/** The readout trainers through the Trainer SPI on the reservoir models. */
class ReadoutTrainersTest {

    /**
     * Sequences of uniform random inputs in [−1, 1] (seeded per sample), target the input 3 steps back (a memory
     * task). White inputs keep the lagged features well conditioned, so the weights are identifiable.
     */
    private static Dataset delayTask(int steps, int samples) {
        return new Dataset() {
            public int size() {
                return samples;
            }

            public int inputLength() {
                return steps;
            }

            public int targetLength() {
                return steps;
            }

            public void read(int index, double[] input, double[] target) {
                CounterRandom rnd = new CounterRandom(77);
                for (int k = 0; k < steps; k++) {
                    input[k] = 2 * rnd.uniform(0, index, k) - 1;
                    target[k] = k >= 3 ? input[k - 3] : 0;
                }
            }
        };
    }

    private static TrainingOptions options(int epochs, Map<String, Double> hyper) {
        return new TrainingOptions(epochs, 1, 1, 0, Parameters.of(hyper), ProgressListener.NONE);
    }

    @Test
    void trainersAreProvidersOfTheirKind() {
        List<String> names = Providers.names(Trainer.class);
        for (String n : List.of("ridge", "linear", "lasso", "elastic_net", "logistic", "rls", "force", "lms")) {
            assertTrue(names.contains(n), n + " missing from " + names);
        }
        assertEquals(TrainingKind.OFFLINE, Providers.require(Trainer.class, "ridge").trainingKind());
        assertEquals(TrainingKind.ONLINE, Providers.require(Trainer.class, "force").trainingKind());
    }

    @Test
    void ridgeReadoutOfAnEchoStateNetworkRemembersTheInput() {
        EchoStateNetwork esn = new EchoStateNetwork(new EsnSettings(1, 100, 1, 1.0, 0.9, 0.2, 1.0, 0.0, 1.0, 0.1,
                true, 0, 0, false, 8));
        TrainingReport r = new RidgeTrainer().fit(esn, delayTask(300, 2), delayTask(300, 1),
                options(1, Map.of("alpha", 1e-6, "washout", 30.0)));
        // The target's variance is 1/3: an MSE below 1 % of it means the readout recalls u(t − 3) (small inputs
        // keep the tanh units near-linear, where an ESN's short-term memory is best, Jaeger 2002).
        assertTrue(r.epochs().get(0).trainLoss() < 3e-3, "train mse " + r.epochs().get(0).trainLoss());
        assertTrue(r.epochs().get(0).testLoss() < 3e-3, "test mse " + r.epochs().get(0).testLoss());
    }

    @Test
    void rlsOnlineReachesTheRidgeSolutionsQuality() {
        Nvar nvar = new Nvar(1, 4, 1, 1, false, 1);
        // NVAR with 4 lags holds u(t − 3) exactly: RLS should make the error vanish.
        TrainingReport r = new RlsTrainer().fit(nvar, delayTask(400, 1), delayTask(400, 1),
                options(2, Map.of("alpha", 1e-3)));
        assertTrue(r.epochs().get(1).testLoss() < 1e-8, "rls test mse " + r.epochs().get(1).testLoss());
        assertEquals(1.0, nvar.readout()[3], 1e-3);
        Nvar lmsModel = new Nvar(1, 4, 1, 1, false, 1);
        TrainingReport l = new LmsTrainer().fit(lmsModel, delayTask(400, 1), null, options(30,
                Map.of("alpha", 0.2)));
        assertTrue(l.epochs().get(29).trainLoss() < l.epochs().get(0).trainLoss() * 1e-2,
                "lms learns: " + l.epochs());
    }

    @Test
    void offlineSolversFitALinearRule() {
        for (String name : List.of("linear", "lasso", "elastic_net")) {
            Nvar nvar = new Nvar(1, 4, 1, 1, false, 1);
            Map<String, Double> hyper = name.equals("linear") ? Map.of() : Map.of("alpha", 1e-6);
            TrainingReport r = Providers.require(Trainer.class, name).fit(nvar, delayTask(200, 1), null,
                    options(1, hyper));
            assertTrue(r.epochs().get(0).trainLoss() < 1e-8, name + " " + r.epochs().get(0).trainLoss());
            assertEquals(1.0, nvar.readout()[3], 1e-3, name);
        }
    }

    @Test
    void wrongRoleAndShapesAreNamed() {
        Differentiable notReadout = new Differentiable() {
            public String[] parameterNames() {
                return new String[0];
            }

            public double[][] parameters() {
                return new double[0][];
            }

            public double lossAndGradients(double[] i, double[] t, int b, org.brainj.api.train.LossFunction l,
                                           double[][] g, double[] p) {
                return 0;
            }
        };
        ModelException e = assertThrows(ModelException.class, () -> new RidgeTrainer().fit(notReadout,
                delayTask(10, 1), null, options(1, Map.of())));
        assertTrue(e.getMessage().contains("OfflineTrainable"), e.getMessage());
        ModelException online = assertThrows(ModelException.class, () -> new RlsTrainer().fit(notReadout,
                delayTask(10, 1), null, options(1, Map.of())));
        assertTrue(online.getMessage().contains("OnlineTrainable"), online.getMessage());
        Nvar two = new Nvar(1, 2, 1, 1, false, 2);
        ModelException shape = assertThrows(ModelException.class, () -> new RidgeTrainer().fit(two,
                delayTask(10, 1), null, options(1, Map.of())));
        assertTrue(shape.getMessage().contains("expected 2") && shape.getMessage().contains("10 values"),
                shape.getMessage());
        assertThrows(org.brainj.api.core.ParameterException.class, () -> new RidgeTrainer().fit(
                new Nvar(1, 2, 1, 1, false, 1), delayTask(10, 1), null, options(1, Map.of("beta", 1.0))));
    }
}
