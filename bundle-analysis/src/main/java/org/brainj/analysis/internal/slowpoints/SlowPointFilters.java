package org.brainj.analysis.internal.slowpoints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * BrainPy's post-filters of optimised candidates, applied in its order: {@code filter_loss}, {@code keep_unique},
 * {@code exclude_outliers}. Each takes and returns candidate indices; distances are Euclidean.
 */
final class SlowPointFilters {

    private SlowPointFilters() {
    }

    /** @return the candidates with loss ≤ tolerance, in their order */
    static int[] byLoss(double[] losses, int[] ids, double tolerance) {
        return Arrays.stream(ids).filter(i -> losses[i] <= tolerance).toArray();
    }

    /**
     * Keeps one point per cluster: visiting candidates by increasing loss, a point is kept unless it lies within
     * {@code tolerance} of one already kept, so each cluster is represented by its best-converged member.
     *
     * @return the kept candidates, by increasing loss
     */
    static int[] unique(double[][] states, double[] losses, int[] ids, double tolerance) {
        Integer[] order = Arrays.stream(ids).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> losses[i]).thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>();
        double tol2 = tolerance * tolerance;
        for (int i : order) {
            boolean duplicate = false;
            for (int k : kept) {
                if (distanceSquared(states[i], states[k]) <= tol2) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Drops points whose nearest other point is farther than {@code tolerance} (isolated, likely spurious); fewer than
     * two points are returned as they are, since there is no neighbour to judge by.
     *
     * @return the remaining candidates, in their order
     */
    static int[] excludeOutliers(double[][] states, int[] ids, double tolerance) {
        if (ids.length < 2) {
            return ids.clone();
        }
        double tol2 = tolerance * tolerance;
        int[] keep = new int[ids.length];
        int m = 0;
        for (int a : ids) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int b : ids) {
                if (a != b) {
                    nearest = Math.min(nearest, distanceSquared(states[a], states[b]));
                }
            }
            if (nearest <= tol2) {
                keep[m++] = a;
            }
        }
        return Arrays.copyOf(keep, m);
    }

    static double distanceSquared(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
