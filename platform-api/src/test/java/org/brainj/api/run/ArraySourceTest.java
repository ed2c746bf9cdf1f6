package org.brainj.api.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.brainj.api.core.ModelException;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Initializer;
import org.brainj.api.model.Parameters;
import org.junit.jupiter.api.Test;

/** Data sources compare by value and are immutable; the spec records keep their old constructors. */
class ArraySourceTest {

    @Test
    void arraysAreCopiedAndComparedByValue() {
        double[] i = {0, 1, 2};
        ArraySource a = ArraySource.of("i", i);
        i[0] = 9;
        assertArrayEquals(new double[] {0, 1, 2}, a.array("i"), "copied in");
        a.array("i")[1] = 7;
        a.arrays().get("i")[2] = 7;
        assertArrayEquals(new double[] {0, 1, 2}, a.array("i"), "copied out");
        assertEquals(a, ArraySource.of("i", new double[] {0, 1, 2}));
        assertEquals(a.hashCode(), ArraySource.of("i", new double[] {0, 1, 2}).hashCode());
        assertNotEquals(a, ArraySource.of("j", new double[] {0, 1, 2}));
        assertNotEquals(a, ArraySource.of("i", new double[] {0, 1, 3}));
        assertNull(a.array("j"));
        assertEquals(ArraySource.file("a.csv"), ArraySource.file("a.csv"));
        assertTrue(ArraySource.file("a.csv").isFile());
    }

    @Test
    void exactlyOneFormAndFiniteValues() {
        assertThrows(ParameterException.class, () -> new ArraySource(null, Map.of()));
        assertThrows(ParameterException.class, () -> new ArraySource("a.csv", Map.of("i", new double[1])));
        assertThrows(ParameterException.class, () -> ArraySource.file(" "));
        ParameterException e = assertThrows(ParameterException.class,
                () -> ArraySource.of("w", new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().contains("w[1]"), e.getMessage());
    }

    @Test
    void oldConstructorsStillBuildStaticUncoupledSpecs() {
        ProjectionSpec p = new ProjectionSpec("p", ProjectionKind.DELTA, "A", "A", "FixedProb", Parameters.empty(),
                "auto", "", Parameters.empty(), "", Parameters.empty(), Initializer.constant(1),
                Initializer.constant(0));
        assertNull(p.connectorData());
        assertNull(p.plasticity());
        PlasticitySpec rule = new PlasticitySpec("STDP_Song2000", Parameters.empty());
        assertEquals(rule, p.withPlasticity(rule).withComm("csr").withWeight(Initializer.constant(2)).plasticity(),
                "the with* copies keep the new fields");
        NetworkSpec n = new NetworkSpec("n", List.of(new PopulationSpec("A", "LifRef", 2, Parameters.empty())),
                List.of(p), List.of());
        assertTrue(n.couplings().isEmpty());
        ModelException m = assertThrows(ModelException.class, () -> new NetworkSpec("n", n.populations(),
                List.of(p.withPlasticity(new PlasticitySpec("RSTDP", Parameters.empty(), "DA"))), List.of()));
        assertTrue(m.getMessage().contains("plasticity.modulator") && m.getMessage().contains("'DA'"),
                m.getMessage());
        ModelException c = assertThrows(ModelException.class, () -> new NetworkSpec("n", n.populations(),
                List.of(), List.of(), List.of(new CouplingSpec(CouplingSpec.Kind.ADDITIVE, "A", "B", "x", "",
                ArraySource.of("weights", new double[4]), null, 1, 0))));
        assertTrue(c.getMessage().contains("'B'"), c.getMessage());
        assertThrows(ParameterException.class, () -> new CouplingSpec(CouplingSpec.Kind.DIFFUSIVE, "A", "A", "x",
                "", ArraySource.of("weights", new double[4]), null, 1, 0));
        assertEquals(CouplingSpec.Kind.ADDITIVE, CouplingSpec.Kind.of("Additive"));
    }
}
