package org.brainj.api.ops;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.brainj.api.core.ParameterException;
import org.junit.jupiter.api.Test;

class CsrMatrixTest {

    @Test
    void shapesAreChecked() {
        new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 2}, new double[] {1.0}).validate();
        assertThrows(IllegalArgumentException.class,
                () -> new CsrMatrix(2, 3, new int[] {0, 1}, new int[] {0}, new double[] {1.0}));
        assertThrows(IllegalArgumentException.class,
                () -> new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 2}, new double[] {1, 2, 3}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CsrMatrix(2, 3, new int[] {0, 1, 2}, new int[] {0, 3}, new double[] {1}).validate());
        assertTrue(e.getMessage().contains("indices[1] = 3"), e.getMessage());
    }

    @Test
    void jitSpecValidatesProbability() {
        assertThrows(ParameterException.class, () -> new JitConnSpec(10, 10, 0.0, WeightLaw.HOMOGENEOUS, 1, 0, 1));
        assertThrows(ParameterException.class, () -> new JitConnSpec(10, 10, 0.5, WeightLaw.UNIFORM, 2, 1, 1));
    }
}
