package org.brainj.trainers.internal.task;

/** The normalised root-mean-square error used by the reservoir and FORCE tasks. */
final class Nrmse {

    private Nrmse() {
    }

    /**
     * NRMSE = √(mean (ŷ − y)²) / std(y), std the population standard deviation of the targets over the same window:
     * 0 is perfect, 1 is no better than predicting the mean.
     *
     * @param predicted ŷ
     * @param target    y
     * @return the NRMSE
     */
    static double of(double[] predicted, double[] target) {
        if (predicted.length != target.length || target.length == 0) {
            throw new IllegalArgumentException("nrmse: " + predicted.length + " predictions for " + target.length
                    + " targets");
        }
        double mean = 0.0;
        for (double v : target) {
            mean += v;
        }
        mean /= target.length;
        double var = 0.0;
        double se = 0.0;
        for (int k = 0; k < target.length; k++) {
            double c = target[k] - mean;
            var += c * c;
            double e = predicted[k] - target[k];
            se += e * e;
        }
        return Math.sqrt(se / var);
    }
}
