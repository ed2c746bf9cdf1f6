package org.brainj.analysis.internal.dynamics;

import org.brainj.api.analysis.Analyzer;

/**
 * What every dynamics analyzer shares as a provider: its name, its service ranking and its one-line description.
 * Each concrete analyzer stays its own DS component and ServiceLoader entry and implements
 * {@link Analyzer#analyze}.
 */
abstract class AnalyzerProvider implements Analyzer {

    /** The service ranking of the dynamics analyzers, shared by each one's DS property and {@link #ranking()}. */
    static final int RANKING = 0;

    private final String name;

    private final String description;

    /**
     * @param name        the analyzer's name, as users select it
     * @param description what it computes, in one line
     */
    AnalyzerProvider(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int ranking() {
        return RANKING;
    }

    @Override
    public final String description() {
        return description;
    }
}
