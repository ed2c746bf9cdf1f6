package org.brainj.cli.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsing of option values, each failure naming the option, the value and what is allowed. */
final class Args {

    private Args() {
    }

    /**
     * @param option the option's name, for the message
     * @param text   the value given
     * @param unit   its unit, for the message
     * @return the value, when it is a finite number &gt; 0
     */
    static double positive(String option, String text, String unit) {
        double v = number(option, text, "must be a number > 0 " + unit);
        if (!(v > 0) || !Double.isFinite(v)) {
            throw UsageError.of(option, text, "must be > 0 " + unit + " and finite");
        }
        return v;
    }

    /**
     * @param option the option's name
     * @param text   the value given
     * @param min    the smallest value allowed
     * @return the value, when it is a whole number &gt;= {@code min}
     */
    static int atLeast(String option, String text, int min) {
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw UsageError.of(option, text, "must be a whole number >= " + min);
        }
        if (v < min) {
            throw UsageError.of(option, text, "must be >= " + min);
        }
        return v;
    }

    /**
     * @param option the option's name
     * @param text   the value given
     * @return the value, any whole number (seeds)
     */
    static long integer(String option, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw UsageError.of(option, text, "must be a whole number");
        }
    }

    /**
     * @param option  the option's name
     * @param text    the value given
     * @param allowed what is allowed, for the message
     * @return the value, a finite number
     */
    static double number(String option, String text, String allowed) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw UsageError.of(option, text, allowed);
        }
        if (!Double.isFinite(v)) {
            throw UsageError.of(option, text, allowed);
        }
        return v;
    }

    /**
     * Reads repeated {@code NAME=VALUE} assignments; a name given twice keeps its last value.
     *
     * @param option  the option's name, e.g. {@code --param}
     * @param example an example for the message, e.g. {@code V_th=-50}
     * @param values  the values given, in order
     * @return name → value, in the order first given
     */
    static Map<String, Double> assignments(String option, String example, List<String> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String a : values) {
            int eq = a.indexOf('=');
            String name = eq < 0 ? "" : a.substring(0, eq).trim();
            if (eq < 0 || name.isEmpty() || !name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                throw UsageError.of(option, a, "must be NAME=VALUE with a number, e.g. " + option + " " + example);
            }
            String value = a.substring(eq + 1).trim();
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                throw UsageError.of(option, a, "the value of " + name + " must be a finite number, e.g. " + option
                        + " " + example);
            }
            out.put(name, v);
        }
        return out;
    }

    /**
     * @param option the option's name, e.g. {@code --neurons}
     * @param text   a comma-separated list of whole numbers, e.g. {@code 4000,8000}
     * @return the numbers, each &gt;= 1, in the order given
     */
    static List<Integer> sizes(String option, String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            if (part.isBlank()) {
                throw UsageError.of(option, text, "must be whole numbers >= 1 separated by commas, e.g. 4000,8000");
            }
            out.add(atLeast(option, part.trim(), 1));
        }
        return out;
    }
}
