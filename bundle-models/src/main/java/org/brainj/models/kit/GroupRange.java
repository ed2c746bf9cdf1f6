package org.brainj.models.kit;

import org.brainj.api.core.ParameterException;

/**
 * A contiguous range [from, to) of a population's members, BrainPy's {@code pop[from:to]} view, as the end of a
 * projection: spikes of a presynaptic range are renumbered from 0, and a postsynaptic range receives at an offset.
 * The members' state stays in the population (a range holds no arrays).
 *
 * @param group the population
 * @param from  first member, inclusive
 * @param to    last member, exclusive
 */
public record GroupRange(NeuronGroup group, int from, int to) {

    /** Validates the bounds against the population. */
    public GroupRange {
        if (from < 0 || to > group.size() || from >= to) {
            throw new ParameterException(group.name() + "[" + from + ":" + to + "]", from + ":" + to,
                    "must satisfy 0 <= from < to <= " + group.size());
        }
    }

    /**
     * @param group a population
     * @return all of it
     */
    public static GroupRange all(NeuronGroup group) {
        return new GroupRange(group, 0, group.size());
    }

    /** @return the number of members in the range */
    public int size() {
        return to - from;
    }

    /** @return true when the range is the whole population */
    public boolean whole() {
        return from == 0 && to == group.size();
    }

    @Override
    public String toString() {
        return whole() ? group.name() : group.name() + "[" + from + ":" + to + "]";
    }
}
