package org.brainj.analysis.internal.slowpoints;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.SlowPoint;
import org.brainj.api.analysis.StabilityType;

/**
 * What a slow-point search found.
 *
 * @param points           the points kept by the filters, by increasing loss
 * @param optLosses        q of every candidate after optimisation (BrainPy's {@code opt_losses})
 * @param iterations       optimiser iterations of every candidate
 * @param afterLoss        how many candidates passed the loss filter
 * @param afterUnique      how many of those remained after merging duplicates
 * @param optimiseMillis   wall time of the optimisation [ms]
 * @param jacobianMillis   wall time of the Jacobians and eigen-decompositions of the kept points [ms]
 */
public record SlowPointSearch(List<Point> points, double[] optLosses, int[] iterations, int afterLoss,
                              int afterUnique, double optimiseMillis, double jacobianMillis) {

    /**
     * One kept point.
     *
     * @param state     the point
     * @param loss      q there
     * @param stability {@code STABLE} (flow: all Re λ &lt; 0; map: all |λ| &lt; 1), {@code UNSTABLE} (some eigenvalue
     *                  beyond), or {@code CENTER_MANIFOLD} (the leading one on the boundary within tol_zero, as on a
     *                  line attractor); null when eigenvalues were not computed
     * @param eigenReal real parts of the eigenvalues of the Jacobian of F (flow or map), sorted by decreasing real
     *                  part (flow) or modulus (map); empty when not computed
     * @param eigenImag imaginary parts, same order
     * @param analytic  whether the Jacobian was the model's own rather than central differences
     */
    public record Point(double[] state, double loss, StabilityType stability, double[] eigenReal, double[] eigenImag,
                        boolean analytic) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the list. */
    public SlowPointSearch {
        points = List.copyOf(points);
    }

    /** @return the kept points as the API's records */
    public List<SlowPoint> slowPoints() {
        List<SlowPoint> out = new ArrayList<>();
        for (Point p : points) {
            out.add(new SlowPoint(p.state(), p.loss(), p.eigenReal(), p.eigenImag()));
        }
        return out;
    }

    /**
     * @param parameters the model's parameter values
     * @return the kept points as fixed points with their stability
     */
    public List<FixedPoint> fixedPoints(double[] parameters) {
        List<FixedPoint> out = new ArrayList<>();
        for (Point p : points) {
            out.add(new FixedPoint(p.state(), parameters.clone(), p.stability(), p.eigenReal(), p.eigenImag()));
        }
        return out;
    }

    /**
     * The search as the {@code summary.json} of {@code brainj analyze}: {@code fixed_points} = list of
     * {{@code params}, {@code state} {name: value}, {@code stability}, {@code eigenvalues} [[re, im], ...],
     * {@code loss}}, plus {@code opt_losses}, {@code iterations}, {@code candidates}, {@code after_loss},
     * {@code after_unique}, {@code kept}, {@code timing_ms} {optimise, jacobians}.
     *
     * @param variables      the state variables' names, in order
     * @param parameterNames the parameters' names
     * @param parameters     their values
     * @return a JSON object
     */
    public String summaryJson(List<String> variables, List<String> parameterNames, double[] parameters) {
        ObjectNode root = JSON.createObjectNode();
        root.put("analysis", "slow-points");
        root.put("candidates", optLosses.length);
        root.put("after_loss", afterLoss);
        root.put("after_unique", afterUnique);
        root.put("kept", points.size());
        ObjectNode timing = root.putObject("timing_ms");
        timing.put("optimise", optimiseMillis);
        timing.put("jacobians", jacobianMillis);
        ArrayNode losses = root.putArray("opt_losses");
        for (double q : optLosses) {
            // q is +inf for a candidate that diverged; JSON has no infinity.
            if (Double.isFinite(q)) {
                losses.add(q);
            } else {
                losses.addNull();
            }
        }
        ArrayNode its = root.putArray("iterations");
        for (int it : iterations) {
            its.add(it);
        }
        ArrayNode fps = root.putArray("fixed_points");
        for (Point p : points) {
            ObjectNode o = fps.addObject();
            ObjectNode params = o.putObject("params");
            for (int j = 0; j < parameterNames.size(); j++) {
                params.put(parameterNames.get(j), parameters[j]);
            }
            o.put("loss", p.loss());
            if (p.stability() == null) {
                o.putNull("stability");
            } else {
                o.put("stability", p.stability().label());
            }
            ObjectNode state = o.putObject("state");
            for (int j = 0; j < p.state().length; j++) {
                state.put(variables.get(j), p.state()[j]);
            }
            ArrayNode eig = o.putArray("eigenvalues");
            for (int j = 0; j < p.eigenReal().length; j++) {
                eig.addArray().add(p.eigenReal()[j]).add(p.eigenImag()[j]);
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of numbers and strings failed to serialise", e);
        }
    }
}
