package org.brainj.analysis.internal.slowpoints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SlowPointFiltersTest {

    // Five 2-D points: 0 and 1 are 0.01 apart, 2 is 0.5 from 1, 3 is 0.02 from 2, 4 is isolated (distance >= 5).
    private final double[][] states = {{0, 0}, {0.01, 0}, {0.51, 0}, {0.51, 0.02}, {5.51, 0.02}};
    private final double[] losses = {1e-12, 1e-14, 1e-9, 1e-13, 1e-15};
    private final int[] all = {0, 1, 2, 3, 4};

    @Test
    void lossFilterKeepsOrder() {
        assertArrayEquals(new int[] {0, 1, 3, 4}, SlowPointFilters.byLoss(losses, all, 1e-10));
        assertArrayEquals(new int[] {4}, SlowPointFilters.byLoss(losses, all, 1e-15));
    }

    @Test
    void uniqueKeepsTheBestOfEachCluster() {
        // By increasing loss: 4, 1, 3, 0, 2. Radius 0.025: 0 is within 0.01 of 1 (dropped), 2 within 0.02 of 3.
        assertArrayEquals(new int[] {4, 1, 3}, SlowPointFilters.unique(states, losses, all, 0.025));
        // Radius 0.005: nothing merges.
        assertArrayEquals(new int[] {4, 1, 3, 0, 2}, SlowPointFilters.unique(states, losses, all, 0.005));
        // Radius 1: 4 alone; 1 absorbs 0, 2, 3 (all within 0.51).
        assertArrayEquals(new int[] {4, 1}, SlowPointFilters.unique(states, losses, all, 1.0));
    }

    @Test
    void outliersAreThePointsWithoutANearNeighbour() {
        // Nearest-neighbour distances: 0.01, 0.01, 0.02, 0.02, 5.0 (4 to 3).
        assertArrayEquals(new int[] {0, 1, 2, 3}, SlowPointFilters.excludeOutliers(states, all, 1.0));
        assertArrayEquals(new int[] {0, 1}, SlowPointFilters.excludeOutliers(states, all, 0.015));
        assertArrayEquals(all, SlowPointFilters.excludeOutliers(states, all, 5.0));
        // A single point has no neighbour to judge by and stays.
        assertArrayEquals(new int[] {4}, SlowPointFilters.excludeOutliers(states, new int[] {4}, 0.1));
    }
}
