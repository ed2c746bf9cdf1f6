package org.brainj.api.run;

import java.util.Objects;

import org.brainj.api.core.ParameterException;

/**
 * A contiguous range of a population's members, written {@code P[from:to]} (BrainPy's {@code pop[from:to]} view), or
 * the whole population, written {@code P}. Projections may start or end on a range: {@code P[0:3200]} for the
 * excitatory part of one population of 4000.
 *
 * @param population the population's name
 * @param from       first member, inclusive, ≥ 0
 * @param to         last member, exclusive, &gt; from; {@link #END} for the population's end
 */
public record PopulationRange(String population, int from, int to) {

    /** {@link #to()} of a range that runs to the end of its population. */
    public static final int END = -1;

    /** Validates the bounds. */
    public PopulationRange {
        Objects.requireNonNull(population, "population");
        if (from < 0) {
            throw new ParameterException(population + " range start", String.valueOf(from), "must be >= 0");
        }
        if (to != END && to <= from) {
            throw new ParameterException(population + " range end", String.valueOf(to),
                    "must be > the start " + from);
        }
    }

    /**
     * @param text {@code P} or {@code P[from:to]} ({@code from} or {@code to} may be left out: {@code P[:100]},
     *             {@code P[3200:]})
     * @return the range
     * @throws ParameterException naming the text when it is not of that form
     */
    public static PopulationRange parse(String text) {
        Objects.requireNonNull(text, "text");
        int open = text.indexOf('[');
        if (open < 0) {
            return new PopulationRange(text, 0, END);
        }
        int colon = text.indexOf(':', open);
        if (open == 0 || !text.endsWith("]") || colon < 0) {
            throw new ParameterException("population range", text, "must be NAME or NAME[from:to]");
        }
        String a = text.substring(open + 1, colon).trim();
        String b = text.substring(colon + 1, text.length() - 1).trim();
        try {
            int from = a.isEmpty() ? 0 : Integer.parseInt(a);
            int to = b.isEmpty() ? END : Integer.parseInt(b);
            return new PopulationRange(text.substring(0, open), from, to);
        } catch (NumberFormatException e) {
            throw new ParameterException("population range", text, "bounds must be whole numbers: NAME[from:to]");
        }
    }

    /** @return true when the range is the whole population */
    public boolean whole() {
        return from == 0 && to == END;
    }

    /**
     * @param size the population's size
     * @return the exclusive end for that size
     * @throws ParameterException when the range does not fit the population
     */
    public int end(int size) {
        int end = to == END ? size : to;
        if (end > size || from >= end) {
            throw new ParameterException("population range", toString(), "must lie within [0, " + size + ") of "
                    + population);
        }
        return end;
    }

    @Override
    public String toString() {
        return whole() ? population : population + "[" + from + ":" + (to == END ? "" : String.valueOf(to)) + "]";
    }
}
