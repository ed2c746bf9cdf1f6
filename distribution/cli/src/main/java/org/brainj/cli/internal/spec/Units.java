package org.brainj.cli.internal.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a network spec may write values in, and exact conversion between units of one dimension.
 *
 * <p>Every unit is a power of ten of its dimension's base unit, so a conversion only moves the decimal point of the
 * number as written ({@link BigDecimal#scaleByPowerOfTen}); "0.006 uS" becomes exactly 6 nS, never
 * 5.999999999999999. Symbols are case-sensitive: {@code mS} is millisiemens, {@code ms} milliseconds.
 */
final class Units {

    /** A physical dimension, with the words that name it in messages. */
    enum Dimension {
        TIME("a time"),
        VOLTAGE("a voltage"),
        CONDUCTANCE("a conductance"),
        CURRENT("a current"),
        CAPACITANCE("a capacitance"),
        FREQUENCY("a frequency"),
        RESISTANCE("a resistance");

        private final String words;

        Dimension(String words) {
            this.words = words;
        }

        /** @return e.g. {@code a time} */
        String words() {
            return words;
        }
    }

    /**
     * A unit symbol.
     *
     * @param symbol    as written
     * @param dimension what it measures
     * @param exp10     its size as a power of ten of the dimension's base unit (ms: -3)
     * @param listed    true for the spellings named in messages (false for aliases such as µs, kΩ)
     */
    record Unit(String symbol, Dimension dimension, int exp10, boolean listed) {
    }

    /** A number as written with its unit, or with an empty unit when none was written. */
    record Quantity(BigDecimal number, String unit) {
    }

    private static final Map<String, Unit> TABLE = new LinkedHashMap<>();

    // "<number> <unit>": the number in plain or scientific notation, the unit optional and any spacing allowed.
    private static final Pattern QUANTITY =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    static {
        add(Dimension.TIME, "s", 0, "ms", -3, "us", -6);
        alias(Dimension.TIME, -6, "\u00b5s", "\u03bcs");
        add(Dimension.VOLTAGE, "V", 0, "mV", -3, "uV", -6);
        alias(Dimension.VOLTAGE, -6, "\u00b5V", "\u03bcV");
        add(Dimension.CONDUCTANCE, "S", 0, "mS", -3, "uS", -6, "nS", -9, "pS", -12);
        alias(Dimension.CONDUCTANCE, -6, "\u00b5S", "\u03bcS");
        add(Dimension.CURRENT, "A", 0, "mA", -3, "uA", -6, "nA", -9, "pA", -12);
        alias(Dimension.CURRENT, -6, "\u00b5A", "\u03bcA");
        add(Dimension.CAPACITANCE, "F", 0, "uF", -6, "nF", -9, "pF", -12);
        alias(Dimension.CAPACITANCE, -6, "\u00b5F", "\u03bcF");
        add(Dimension.FREQUENCY, "Hz", 0, "kHz", 3, "1/s", 0, "1/ms", 3);
        add(Dimension.RESISTANCE, "Ohm", 0, "kOhm", 3, "MOhm", 6, "GOhm", 9);
        alias(Dimension.RESISTANCE, 0, "\u03a9", "\u2126");
        alias(Dimension.RESISTANCE, 3, "k\u03a9", "k\u2126");
        alias(Dimension.RESISTANCE, 6, "M\u03a9", "M\u2126");
        alias(Dimension.RESISTANCE, 9, "G\u03a9", "G\u2126");
    }

    private Units() {
    }

    private static void add(Dimension d, Object... symbolsAndExponents) {
        for (int i = 0; i < symbolsAndExponents.length; i += 2) {
            String s = (String) symbolsAndExponents[i];
            TABLE.put(s, new Unit(s, d, (Integer) symbolsAndExponents[i + 1], true));
        }
    }

    private static void alias(Dimension d, int exp10, String... symbols) {
        for (String s : symbols) {
            TABLE.put(s, new Unit(s, d, exp10, false));
        }
    }

    /**
     * @param symbol a unit symbol, case-sensitive
     * @return the unit, or null when the table does not know it (compound units such as {@code mS/cm^2})
     */
    static Unit lookup(String symbol) {
        return TABLE.get(symbol);
    }

    /**
     * @param d a dimension
     * @return the symbols of that dimension named in messages, e.g. {@code s, ms, us}
     */
    static String symbols(Dimension d) {
        List<String> out = new ArrayList<>();
        for (Unit u : TABLE.values()) {
            if (u.dimension() == d && u.listed()) {
                out.add(u.symbol());
            }
        }
        return String.join(", ", out);
    }

    /**
     * @param text e.g. {@code "-60 mV"}, {@code "5ms"}, {@code "0.02"}
     * @return the number and the unit as written (empty when none), or null when the text does not start with a number
     */
    static Quantity parse(String text) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new Quantity(new BigDecimal(m.group(1)), m.group(2));
    }

    /**
     * @param number a number written in {@code from}
     * @param from   its unit
     * @param to     the wanted unit, of the same dimension
     * @return the number in {@code to}, rounded once to the nearest double
     */
    static double convert(BigDecimal number, Unit from, Unit to) {
        return number.scaleByPowerOfTen(from.exp10() - to.exp10()).doubleValue();
    }
}
