package org.brainj.models.zoo;

import org.brainj.api.ops.RangeLoop;

/** A {@link RangeLoop} that runs its slices one after another on the caller's thread, in reverse order. */
final class SlicedLoop implements RangeLoop {

    private final int threads;

    SlicedLoop(int threads) {
        this.threads = threads;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void forEach(int n, Body body) {
        // Reverse order: a model that wrongly carries state from one slice to the next shows it.
        for (int t = threads - 1; t >= 0; t--) {
            int from = (int) ((long) t * n / threads);
            int to = (int) ((long) (t + 1) * n / threads);
            if (to > from) {
                body.run(from, to);
            }
        }
    }
}
