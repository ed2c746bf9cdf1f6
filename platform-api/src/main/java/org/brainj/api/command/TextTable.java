package org.brainj.api.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns sized to their contents, the one listing format of every command (so the output of
 * platform and third-party commands lines up the same way and stays easy to grep).
 */
public final class TextTable {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    /** @param header the column titles, upper case by convention */
    public TextTable(String... header) {
        this.header = header.clone();
    }

    /**
     * Adds a row; missing trailing cells are blank and {@code null} prints as blank.
     *
     * @param cells the cells, converted with {@code toString()}
     * @return this table
     */
    public TextTable row(Object... cells) {
        String[] r = new String[header.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        }
        rows.add(r);
        return this;
    }

    /** @return the number of rows, the header not counted */
    public int size() {
        return rows.size();
    }

    /**
     * Prints the header and the rows, two spaces between columns, no trailing blanks.
     *
     * @param out where to print
     */
    public void print(PrintStream out) {
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        line(out, header, width);
        for (String[] r : rows) {
            line(out, r, width);
        }
    }

    private static void line(PrintStream out, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
