package org.brainj.models.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.brainj.api.model.Parameters;
import org.brainj.models.internal.NeuronModels;
import org.brainj.models.kit.NeuronGroup;
import org.brainj.models.testing.FixedStepContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WangBuzsakiHH, MorrisLecar, HindmarshRose and FHN: parallel slices of the native loop give the serial result. */
class ReducedNeuronSlicesTest {

    @ParameterizedTest
    @CsvSource({"WangBuzsakiHH, 20.0, 0.02, 0.05", "MorrisLecar, 2000.0, 0.1, 0.1", "HindmarshRose, 6.0, 0.01, 0.05",
        "FHN, 1.5, 0.05, 0.05"})
    void parallelSlicesGiveTheSerialResult(String model, double current, double dt, double jump) {
        // A tenth of the neurons get a current in [0, 2 current) each step, so the mean drive is current / 5.
        int n = 5003;
        NeuronGroup serial = (NeuronGroup) new NeuronModels().create(model, "s", n, Parameters.empty());
        NeuronGroup sliced = (NeuronGroup) new NeuronModels().create(model, "s", n, Parameters.empty());
        sliced.bindLoop(new SlicedLoop(3));
        FixedStepContext c0 = new FixedStepContext(dt);
        FixedStepContext c1 = new FixedStepContext(dt);
        SplittableRandom rnd = new SplittableRandom(5);
        int spikes = 0;
        for (int s = 0; s < 1000; s++) {
            for (int k = 0; k < 500; k++) {
                int i = rnd.nextInt(n);
                double x = current * rnd.nextDouble() * 2.0;
                serial.input()[i] += x;
                sliced.input()[i] += x;
                serial.deltaInput()[i] += jump;
                sliced.deltaInput()[i] += jump;
            }
            serial.update(c0);
            sliced.update(c1);
            assertArrayEquals(serial.potential(), sliced.potential(), "step " + s);
            assertEquals(serial.firedCount(), sliced.firedCount());
            for (int k = 0; k < serial.firedCount(); k++) {
                assertEquals(serial.fired()[k], sliced.fired()[k]);
                assertTrue(serial.spikes()[serial.fired()[k]]);
            }
            spikes += serial.firedCount();
            c0.advance();
            c1.advance();
        }
        assertTrue(spikes > 100, model + ": the drive makes neurons fire: " + spikes);
    }
}
