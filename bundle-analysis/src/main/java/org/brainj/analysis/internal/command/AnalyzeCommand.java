package org.brainj.analysis.internal.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.brainj.analysis.internal.dynamics.Bifurcation1D;
import org.brainj.analysis.internal.dynamics.Bifurcation2D;
import org.brainj.analysis.internal.dynamics.FastSlow1D;
import org.brainj.analysis.internal.dynamics.FastSlow2D;
import org.brainj.analysis.internal.dynamics.FixedPointsND;
import org.brainj.analysis.internal.dynamics.PhasePlane1D;
import org.brainj.analysis.internal.dynamics.PhasePlane2D;
import org.brainj.analysis.internal.slowpoints.SlowPointFinder;
import org.brainj.analysis.plot.AnalysisPlots;
import org.brainj.api.analysis.AnalysisRequest;
import org.brainj.api.analysis.AnalysisResult;
import org.brainj.api.analysis.Analyzer;
import org.brainj.api.analysis.BifurcationPoint;
import org.brainj.api.analysis.FixedPoint;
import org.brainj.api.analysis.Interval;
import org.brainj.api.command.Command;
import org.brainj.api.command.CommandInvocation;
import org.brainj.api.command.CommandSpec;
import org.brainj.api.command.OptionSpec;
import org.brainj.api.command.PositionalSpec;
import org.brainj.api.core.ParameterException;
import org.brainj.api.model.Parameters;
import org.brainj.api.platform.Provider;
import org.brainj.api.platform.Providers;
import org.osgi.service.component.annotations.Component;

/**
 * {@code brainj analyze ACTION MODEL ...}: phase planes, bifurcation diagrams, fast–slow analysis and slow points of a
 * model, each written as {@code DIR/summary.json} (fixed points with stability and eigenvalues, located bifurcations,
 * limit cycles) and PNG plots; see docs/analysis.md.
 */
@Component(service = Command.class, property = Provider.RANKING + "=0")
public final class AnalyzeCommand implements Command {

    static final String PHASE_PLANE = "phase-plane";
    static final String BIFURCATION = "bifurcation";
    static final String FAST_SLOW = "fast-slow";
    static final String SLOW_POINTS = "slow-points";
    static final String WITH = "with";

    private static final CommandSpec SPEC = new CommandSpec("analyze",
            "Phase plane, bifurcations, fast-slow analysis or slow points of a model; writes summary.json and PNGs.",
            "Actions:\n"
                    + "  phase-plane MODEL --vars NAME=LO:HI[,NAME=LO:HI] [--param NAME=VALUE]... [--resolution R]\n"
                    + "  bifurcation MODEL --par NAME=LO:HI[,NAME=LO:HI] --vars NAME=LO:HI[,...] [--param ...]\n"
                    + "  fast-slow MODEL --fast NAME=LO:HI[,...] --slow NAME=LO:HI[,...] [--param ...]\n"
                    + "  slow-points SPEC.json\n"
                    + "  with ANALYZER MODEL --vars NAME=LO:HI[,...] [--par ...] [--param ...] [--option NAME=VALUE]...\n"
                    + "     any deployed Analyzer by name (see 'brainj services --spi Analyzer'), e.g. a third party's\n"
                    + "MODEL is neuron:NAME or rate:NAME (see 'brainj models'); its parameters are the model's plus I, "
                    + "the injected current. Variables that are not analysed need --param NAME=VALUE. "
                    + "Each action writes DIR/summary.json and PNG plots (docs/analysis.md).",
            List.of(OptionSpec.value("--vars", "NAME=LO:HI[,...]", "analysed variables and their ranges", ""),
                    OptionSpec.value("--par", "NAME=LO:HI[,...]", "swept parameters (one or two) and their ranges",
                            ""),
                    OptionSpec.value("--fast", "NAME=LO:HI[,...]", "fast variables (one or two) of fast-slow", ""),
                    OptionSpec.value("--slow", "NAME=LO:HI[,...]", "slow variables (one or two) of fast-slow", ""),
                    OptionSpec.repeatable("--param", "NAME=VALUE",
                            "a parameter's value, or the value of a variable that is not analysed"),
                    OptionSpec.repeatable("--init", "NAME=VALUE",
                            "a trajectory's start (phase-plane, fast-slow); unnamed variables start mid-range"),
                    OptionSpec.value("--resolution", "R", "grid points per range (default: phase-plane 200, "
                            + "bifurcation 100, two-parameter bifurcation 30, fast-slow 100)", ""),
                    OptionSpec.flag("--streamlines", "phase-plane: draw the vector field as streamlines, not arrows"),
                    OptionSpec.flag("--svg", "also write every plot as SVG (vector graphics) beside its PNG"),
                    OptionSpec.value("--duration", "MS", "length of trajectories [ms]", "200"),
                    OptionSpec.value("--cycles", "N",
                            "bifurcation, fast-slow: parameter (slow-variable) values at which limit cycles are searched by "
                                    + "simulation", "40"),
                    OptionSpec.repeatable("--option", "NAME=VALUE", "with: an option of the named analyzer"),
                    OptionSpec.value("--out", "DIR", "output directory", "analysis")),
            new PositionalSpec("ACTION [ANALYZER] MODEL", "phase-plane | bifurcation | fast-slow | slow-points | "
                    + "with ANALYZER, then the model (or the slow-point spec)", 1, 3));

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Public no-arg constructor, for Declarative Services and {@link java.util.ServiceLoader}. */
    public AnalyzeCommand() {
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int ranking() {
        return 0;
    }

    @Override
    public String description() {
        return SPEC.summary();
    }

    @Override
    public int execute(CommandInvocation inv) throws IOException {
        List<String> pos = inv.positionals();
        String action = pos.isEmpty() ? "" : pos.get(0);
        if (!List.of(PHASE_PLANE, BIFURCATION, FAST_SLOW, SLOW_POINTS, WITH).contains(action)) {
            inv.err().println("brainj analyze: ACTION = '" + action + "' is not an action; allowed: " + PHASE_PLANE
                    + ", " + BIFURCATION + ", " + FAST_SLOW + ", " + SLOW_POINTS + ", " + WITH);
            return USAGE;
        }
        if (action.equals(WITH) && pos.size() < 3) {
            inv.err().println("brainj analyze with: give the analyzer's name and the model, e.g. 'with "
                    + "phase-plane-2d neuron:FHN'; analyzers: " + String.join(", ", Providers.names(Analyzer.class)));
            return USAGE;
        }
        if (pos.size() < 2) {
            inv.err().println("brainj analyze " + action + ": the " + (action.equals(SLOW_POINTS) ? "spec file"
                    : "model (e.g. neuron:FHN)") + " is missing");
            return USAGE;
        }
        Path out = Path.of(inv.option("--out").orElse("analysis"));
        try {
            Files.createDirectories(out);
            if (action.equals(SLOW_POINTS)) {
                return slowPoints(inv, Path.of(pos.get(1)), out);
            }
            String modelName = pos.get(action.equals(WITH) ? 2 : 1);
            FactoryModel model = FactoryModel.resolve(modelName);
            ObjectNode summary = JSON.createObjectNode();
            summary.put("action", action);
            summary.put("model", modelName);
            List<String> plots = new ArrayList<>();
            AnalysisResult r = switch (action) {
                case PHASE_PLANE -> phasePlane(inv, model, out, plots);
                case BIFURCATION -> bifurcation(inv, model, out, plots, summary);
                case WITH -> withAnalyzer(inv, pos.get(1), model, summary);
                default -> fastSlow(inv, model, out, plots, summary);
            };
            write(summary, model, r, plots, out);
            inv.out().printf(Locale.ROOT, "%s of %s: %d fixed points, %d bifurcations -> %s%n",
                    action.equals(WITH) ? pos.get(1) : action,
                    model.name(), r.fixedPoints().size(), r.bifurcations().size(), out.resolve("summary.json"));
            return OK;
        } catch (ParameterException | IllegalArgumentException e) {
            inv.err().println("brainj analyze " + action + ": " + e.getMessage());
            return USAGE;
        }
    }

    private static AnalysisResult phasePlane(CommandInvocation inv, FactoryModel model, Path out, List<String> plots)
            throws IOException {
        Map<String, Interval> vars = ranges("--vars", required(inv, "--vars"));
        int res = resolution(inv, 200);
        Map<String, Double> options = new LinkedHashMap<>();
        AnalysisResult r;
        List<String> names = new ArrayList<>(vars.keySet());
        if (vars.size() == 2) {
            options.put("duration", duration(inv));
            inits(inv, options);
            r = new PhasePlane2D().analyze(model, request(vars, Map.of(), inv, res, options));
            // the analyzer's axes are in the model's variable order
            names.sort((a, b) -> model.variables().indexOf(a) - model.variables().indexOf(b));
            AnalysisResult result = r;
            plot(inv, out, "phase_plane.png", plots, f -> AnalysisPlots.phasePlane(f, "Phase plane of " + model.name(),
                    result, model.variables(), names.get(0), names.get(1), inv.flag("--streamlines")));
        } else if (vars.size() == 1) {
            r = new PhasePlane1D().analyze(model, request(vars, Map.of(), inv, res, options));
            AnalysisResult result = r;
            plot(inv, out, "phase_line.png", plots, f -> AnalysisPlots.phaseLine(f, "Phase line of " + model.name(),
                    result, model.variables(), names.get(0)));
        } else {
            r = new FixedPointsND().analyze(model, request(vars, Map.of(), inv, res, options));
        }
        AnalysisResult result = r;
        plot(inv, out, "eigenvalues.png", plots, f -> AnalysisPlots.eigenvalues(f, "Eigenvalues at the fixed points of "
                + model.name(), result.fixedPoints()));
        return r;
    }

    /**
     * Runs a deployed {@link Analyzer} by name (a third party's included) on the model: {@code --vars} and
     * {@code --par} give its ranges, {@code --param} fixed values, {@code --option} its own options; its series go to
     * {@code series} in summary.json, its fixed points and bifurcations where every action puts them.
     */
    private static AnalysisResult withAnalyzer(CommandInvocation inv, String name, FactoryModel model,
                                               ObjectNode summary) {
        Analyzer analyzer = Providers.named(Analyzer.class, name).orElseThrow(() -> new ParameterException(
                "ANALYZER", name, "a deployed analyzer: " + String.join(", ", Providers.names(Analyzer.class))));
        Map<String, Interval> vars = ranges("--vars", required(inv, "--vars"));
        String par = inv.option("--par").orElse("").trim();
        Map<String, Interval> sweep = par.isEmpty() ? Map.of() : ranges("--par", par);
        Map<String, Double> options = new LinkedHashMap<>();
        for (String kv : inv.options("--option")) {
            String[] nv = pair("--option", kv);
            options.put(nv[0], number("--option " + nv[0], nv[1]));
        }
        AnalysisResult r = analyzer.analyze(model, request(vars, sweep, inv, resolution(inv, 100), options));
        summary.put("analyzer", name);
        ObjectNode series = summary.putObject("series");
        for (Map.Entry<String, double[]> e : new java.util.TreeMap<>(r.series()).entrySet()) {
            ArrayNode values = series.putArray(e.getKey());
            for (double v : e.getValue()) {
                values.add(v);
            }
        }
        return r;
    }

    /** Draws one plot to a file. */
    @FunctionalInterface
    private interface Plot {
        void to(Path file) throws IOException;
    }

    /** Writes {@code png} into {@code out} and, with {@code --svg}, the same plot as SVG beside it; lists both. */
    private static void plot(CommandInvocation inv, Path out, String png, List<String> plots, Plot plot)
            throws IOException {
        plot.to(out.resolve(png));
        plots.add(png);
        if (inv.flag("--svg")) {
            String svg = png.substring(0, png.length() - ".png".length()) + ".svg";
            plot.to(out.resolve(svg));
            plots.add(svg);
        }
    }

    private static AnalysisResult bifurcation(CommandInvocation inv, FactoryModel model, Path out, List<String> plots,
                                              ObjectNode summary) throws IOException {
        Map<String, Interval> pars = ranges("--par", required(inv, "--par"));
        Map<String, Interval> vars = ranges("--vars", required(inv, "--vars"));
        if (pars.size() > 2) {
            throw new ParameterException("--par", pars.keySet().toString(), "one or two parameters");
        }
        Map<String, Double> options = new LinkedHashMap<>();
        options.put("cycle_samples", (double) intOption(inv, "--cycles", 40, 0));
        List<String> p = new ArrayList<>(pars.keySet());
        AnalysisResult r;
        if (pars.size() == 1) {
            r = new Bifurcation1D().analyze(model, request(vars, pars, inv, resolution(inv, 100), options));
            for (String v : vars.keySet()) {
                AnalysisResult result = r;
                plot(inv, out, "bifurcation_" + safe(v) + ".png", plots, f -> AnalysisPlots.bifurcation(f,
                        "Bifurcation diagram of " + model.name(), result, model.variables(), model.parameters(),
                        p.get(0), v));
            }
        } else {
            r = new Bifurcation2D().analyze(model, request(vars, pars, inv, resolution(inv, 30), options), p.get(0));
            AnalysisResult result = r;
            plot(inv, out, "bifurcation_2d.png", plots, f -> AnalysisPlots.bifurcation2D(f, "Bifurcations of "
                    + model.name(), result, model.parameters(), p.get(0), p.get(1)));
        }
        limitCycles(summary, r, p, vars.keySet());
        return r;
    }

    private static AnalysisResult fastSlow(CommandInvocation inv, FactoryModel model, Path out, List<String> plots,
                                           ObjectNode summary) throws IOException {
        Map<String, Interval> fast = ranges("--fast", required(inv, "--fast"));
        Map<String, Interval> slow = ranges("--slow", required(inv, "--slow"));
        Map<String, Double> options = new LinkedHashMap<>();
        options.put("duration", duration(inv));
        options.put("cycle_samples", (double) intOption(inv, "--cycles", 40, 0));
        inits(inv, options);
        AnalysisRequest req = request(fast, slow, inv, resolution(inv, 100), options);
        AnalysisResult r = fast.size() == 1 ? new FastSlow1D().analyze(model, req)
                : new FastSlow2D().analyze(model, req);
        if (slow.size() == 1) {
            String s = slow.keySet().iterator().next();
            for (String f : fast.keySet()) {
                plot(inv, out, "fast_slow_" + safe(f) + ".png", plots, file -> AnalysisPlots.fastSlow(file,
                        "Fast-slow analysis of " + model.name(), r, model.variables(), s, f));
            }
        }
        limitCycles(summary, r, new ArrayList<>(slow.keySet()), fast.keySet());
        return r;
    }

    private static int slowPoints(CommandInvocation inv, Path spec, Path out) throws IOException {
        if (!Files.isRegularFile(spec)) {
            inv.err().println("brainj analyze slow-points: SPEC = '" + spec + "' is not a readable file");
            return USAGE;
        }
        SlowPointFinder.SpecRun run = SlowPointFinder.runSpec(spec);
        Files.writeString(out.resolve("summary.json"), run.summaryJson());
        inv.out().printf(Locale.ROOT, "slow points of %s -> %s%n", spec, out.resolve("summary.json"));
        return OK;
    }

    // ---- summary.json

    private static void write(ObjectNode summary, FactoryModel model, AnalysisResult r, List<String> plots, Path out)
            throws IOException {
        List<String> pars = model.parameters();
        List<String> vars = model.variables();
        ArrayNode fps = summary.putArray("fixed_points");
        for (FixedPoint fp : r.fixedPoints()) {
            ObjectNode o = fps.addObject();
            named(o.putObject("params"), pars, fp.parameters());
            named(o.putObject("state"), vars, fp.state());
            o.put("stability", fp.stability().label());
            ArrayNode eig = o.putArray("eigenvalues");
            for (int i = 0; i < fp.eigenReal().length; i++) {
                eig.addArray().add(fp.eigenReal()[i]).add(fp.eigenImag()[i]);
            }
        }
        ArrayNode bifs = summary.putArray("bifurcations");
        for (BifurcationPoint b : r.bifurcations()) {
            ObjectNode o = bifs.addObject();
            o.put("type", switch (b.type()) {
                case SADDLE_NODE -> "saddle-node";
                case HOPF -> "hopf";
                case BRANCH_POINT -> "branch-point";
            });
            named(o.putObject("params"), pars, b.parameters());
            named(o.putObject("state"), vars, b.state());
        }
        double[] periods = r.series().get("cycle.period");
        if (periods != null && summary.get("action").asText().equals(PHASE_PLANE)) {
            // phase plane: the cycles are the last trajectories
            ArrayNode cycles = summary.putArray("limit_cycles");
            int first = r.trajectories().size() - periods.length;
            for (int k = 0; k < periods.length; k++) {
                ObjectNode o = cycles.addObject();
                o.put("period_ms", periods[k]);
                double[] st = r.trajectories().get(first + k).states();
                int w = r.trajectories().get(first + k).width();
                ObjectNode max = o.putObject("max");
                ObjectNode min = o.putObject("min");
                for (int v = 0; v < w; v++) {
                    double hi = Double.NEGATIVE_INFINITY;
                    double lo = Double.POSITIVE_INFINITY;
                    for (int s = v; s < st.length; s += w) {
                        hi = Math.max(hi, st[s]);
                        lo = Math.min(lo, st[s]);
                    }
                    max.put(vars.get(v), hi);
                    min.put(vars.get(v), lo);
                }
            }
        }
        ArrayNode p = summary.putArray("plots");
        plots.forEach(p::add);
        JSON.writeValue(out.resolve("summary.json").toFile(), summary);
    }

    /** The cycle.* series of a bifurcation or fast-slow result: one entry per cycle found. */
    private static void limitCycles(ObjectNode summary, AnalysisResult r, List<String> params,
                                    Iterable<String> analysed) {
        double[] period = r.series().get("cycle.period");
        if (period == null) {
            return;
        }
        ArrayNode cycles = summary.putArray("limit_cycles");
        for (int k = 0; k < period.length; k++) {
            ObjectNode o = cycles.addObject();
            ObjectNode ps = o.putObject("params");
            for (String p : params) {
                ps.put(p, r.series().get("cycle." + p)[k]);
            }
            o.put("period_ms", period[k]);
            ObjectNode max = o.putObject("max");
            ObjectNode min = o.putObject("min");
            for (String v : analysed) {
                max.put(v, r.series().get("cycle." + v + ".max")[k]);
                min.put(v, r.series().get("cycle." + v + ".min")[k]);
            }
        }
    }

    private static void named(ObjectNode o, List<String> names, double[] values) {
        for (int i = 0; i < names.size() && i < values.length; i++) {
            o.put(names.get(i), values[i]);
        }
    }

    // ---- arguments

    private static AnalysisRequest request(Map<String, Interval> vars, Map<String, Interval> sweep,
                                           CommandInvocation inv, int res, Map<String, Double> options) {
        Map<String, Double> fixed = new LinkedHashMap<>();
        for (String kv : inv.options("--param")) {
            String[] nv = pair("--param", kv);
            fixed.put(nv[0], number("--param " + nv[0], nv[1]));
        }
        return new AnalysisRequest(vars, sweep, Parameters.of(fixed), res, Parameters.of(options));
    }

    private static void inits(CommandInvocation inv, Map<String, Double> options) {
        for (String kv : inv.options("--init")) {
            String[] nv = pair("--init", kv);
            options.put("init.0." + nv[0], number("--init " + nv[0], nv[1]));
        }
    }

    /**
     * Parses {@code NAME=LO:HI[,NAME=LO:HI]...}.
     *
     * @throws ParameterException naming the option and the piece for malformed text or lo &gt;= hi
     */
    static Map<String, Interval> ranges(String option, String text) {
        Map<String, Interval> out = new LinkedHashMap<>();
        for (String piece : text.split(",")) {
            String[] nv = pair(option, piece.trim());
            int colon = nv[1].indexOf(':');
            if (colon < 0) {
                throw new ParameterException(option, piece, "a range is NAME=LO:HI");
            }
            double lo = number(option + " " + nv[0], nv[1].substring(0, colon));
            double hi = number(option + " " + nv[0], nv[1].substring(colon + 1));
            if (!(lo < hi)) {
                throw new ParameterException(nv[0], nv[1], "range of " + option + " needs LO < HI");
            }
            if (out.put(nv[0], new Interval(lo, hi)) != null) {
                throw new ParameterException(option, nv[0], "each name once");
            }
        }
        return out;
    }

    private static String[] pair(String option, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new ParameterException(option, text, "expected NAME=VALUE");
        }
        return new String[] {text.substring(0, eq).trim(), text.substring(eq + 1).trim()};
    }

    private static double number(String what, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(what, text, "a finite number");
    }

    private static String required(CommandInvocation inv, String option) {
        String v = inv.option(option).orElse("").trim();
        if (v.isEmpty()) {
            throw new ParameterException(option, "missing", "required by this action, e.g. " + option
                    + " V=-3:3");
        }
        return v;
    }

    private static int resolution(CommandInvocation inv, int fallback) {
        return intOption(inv, "--resolution", fallback, 3);
    }

    private static int intOption(CommandInvocation inv, String option, int fallback, int min) {
        String v = inv.option(option).orElse("").trim();
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(option, v, "an integer from " + min + " to 100000");
    }

    private static double duration(CommandInvocation inv) {
        double d = number("--duration", inv.option("--duration").orElse("200"));
        if (!(d > 0)) {
            throw new ParameterException("--duration", String.valueOf(d), "must be > 0 ms");
        }
        return d;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
