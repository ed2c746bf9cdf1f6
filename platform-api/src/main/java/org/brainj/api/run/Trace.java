package org.brainj.api.run;

/**
 * A sampled state variable: one row of {@code width} values per sample time.
 *
 * @param target  {@code population.variable}
 * @param unit    the variable's unit
 * @param indices the recorded members, one per column
 * @param times   sample times [ms]
 * @param values  samples, row-major: sample s, column c at {@code s * indices.length + c}
 */
public record Trace(String target, String unit, int[] indices, double[] times, double[] values) {

    /** Checks the sample matrix matches its row and column counts. */
    public Trace {
        if ((long) times.length * indices.length != values.length) {
            throw new IllegalArgumentException("values must have times × indices = "
                    + ((long) times.length * indices.length) + " entries, got " + values.length);
        }
    }

    /** @return the number of recorded members */
    public int width() {
        return indices.length;
    }

    /**
     * @param sample a sample number
     * @param column a column (recorded member)
     * @return that value
     */
    public double value(int sample, int column) {
        return values[sample * indices.length + column];
    }
}
