package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.brainj.api.core.DynamicalSystem;
import org.brainj.api.core.Population;
import org.brainj.api.core.StateVariable;
import org.brainj.api.run.MonitorSpec;

/**
 * Turns {@code --monitor} requests into {@link MonitorSpec}s, checked against the built model's populations and
 * their state variables ({@code VAR}: every population that has it; {@code POP.VAR}: one population;
 * {@code [a:b]}: members a to b-1). Populations larger than {@value #DEFAULT_MEMBERS} record their first
 * {@value #DEFAULT_MEMBERS} members unless a range is given, so a trace stays a readable, plottable file.
 *
 * @param monitors every monitor to request: spikes of each population of the spec, then the traces
 * @param notes    things to tell the user once (members left out)
 */
record MonitorPlan(List<MonitorSpec> monitors, List<String> notes) {

    /** Members recorded by default in a population larger than this. */
    static final int DEFAULT_MEMBERS = 100;
    /** The variable name of spike monitors. */
    static final String SPIKE = "spike";

    private static final Pattern REQUEST = Pattern.compile(
            "(?:([^.\\[\\]\\s]+)\\.)?([^.\\[\\]\\s]+)(?:\\[(\\d+):(\\d+)\\])?");

    /** Copies the lists. */
    MonitorPlan {
        monitors = List.copyOf(monitors);
        notes = List.copyOf(notes);
    }

    /**
     * @param requests        the {@code --monitor} values
     * @param fromSpec        monitors a JSON spec asks for (taken as they are)
     * @param spikePopulations the populations whose spikes to record (the spec's)
     * @param root            the built model
     * @return the monitors
     * @throws UsageError for a population or variable that does not exist, listing what does
     */
    static MonitorPlan resolve(List<String> requests, List<MonitorSpec> fromSpec, List<String> spikePopulations,
                               DynamicalSystem root) {
        Map<String, Population> pops = populations(root);
        Map<String, MonitorSpec> out = new LinkedHashMap<>();
        for (String p : spikePopulations) {
            out.put(p + "." + SPIKE, MonitorSpec.of(p + "." + SPIKE));
        }
        for (MonitorSpec m : fromSpec) {
            out.putIfAbsent(m.target(), m);
        }
        List<String> truncated = new ArrayList<>();
        for (String r : requests) {
            Matcher m = REQUEST.matcher(r.trim());
            if (!m.matches()) {
                throw UsageError.of("--monitor", r,
                        "must be VAR, POP.VAR, VAR[a:b] or POP.VAR[a:b], e.g. V or E.V[0:10]");
            }
            String pop = m.group(1);
            String var = m.group(2);
            if (var.equals(SPIKE)) {
                continue; // spikes of every population are always recorded
            }
            List<Population> targets = new ArrayList<>();
            if (pop != null) {
                Population p = pops.get(pop);
                if (p == null) {
                    throw UsageError.of("--monitor", r, "no population '" + pop + "'; populations: "
                            + String.join(", ", pops.keySet()));
                }
                if (variable(p, var) == null) {
                    throw UsageError.of("--monitor", r, "population " + pop + " has no variable '" + var
                            + "'; its variables: " + String.join(", ", names(p)));
                }
                targets.add(p);
            } else {
                for (Population p : pops.values()) {
                    if (variable(p, var) != null) {
                        targets.add(p);
                    }
                }
                if (targets.isEmpty()) {
                    throw UsageError.of("--monitor", r, "no population has a variable '" + var + "'; variables: "
                            + variables(pops));
                }
            }
            for (Population p : targets) {
                int[] indices = null;
                if (m.group(3) != null) {
                    int a = Integer.parseInt(m.group(3));
                    int b = Integer.parseInt(m.group(4));
                    if (a >= b || b > p.size()) {
                        throw UsageError.of("--monitor", r, "the range [a:b] must satisfy 0 <= a < b <= "
                                + p.size() + " (the size of " + p.name() + ")");
                    }
                    indices = range(a, b);
                } else if (p.size() > DEFAULT_MEMBERS) {
                    indices = range(0, DEFAULT_MEMBERS);
                    truncated.add(p.name() + " (" + p.size() + ")");
                }
                String target = p.name() + "." + var;
                out.put(target, new MonitorSpec(target, 1, indices));
            }
        }
        List<String> notes = new ArrayList<>();
        if (!truncated.isEmpty()) {
            notes.add("recording the first " + DEFAULT_MEMBERS + " members of " + String.join(", ",
                    new java.util.LinkedHashSet<>(truncated)) + "; write VAR[a:b] for other members");
        }
        return new MonitorPlan(new ArrayList<>(out.values()), notes);
    }

    /**
     * @param root a built model
     * @return its populations by name, in tree order (depth first), the first of a name kept
     */
    static Map<String, Population> populations(DynamicalSystem root) {
        Map<String, Population> out = new LinkedHashMap<>();
        collect(root, out, new IdentityHashMap<>());
        return out;
    }

    private static void collect(DynamicalSystem s, Map<String, Population> out,
                                IdentityHashMap<DynamicalSystem, Boolean> seen) {
        if (s == null || seen.put(s, Boolean.TRUE) != null) {
            return;
        }
        if (s instanceof Population) {
            out.putIfAbsent(((Population) s).name(), (Population) s);
        }
        for (DynamicalSystem c : s.children()) {
            collect(c, out, seen);
        }
    }

    private static StateVariable variable(Population p, String name) {
        for (StateVariable v : p.state()) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }

    private static List<String> names(Population p) {
        List<String> n = new ArrayList<>();
        for (StateVariable v : p.state()) {
            n.add(v.name());
        }
        return n;
    }

    private static String variables(Map<String, Population> pops) {
        StringBuilder sb = new StringBuilder();
        for (Population p : pops.values()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(p.name()).append(": ").append(String.join(", ",
                    names(p)));
        }
        return sb.length() == 0 ? "the model has no populations" : sb.toString();
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
