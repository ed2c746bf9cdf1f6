package org.brainj.trainers.internal.task;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.brainj.api.core.BrainjException;
import org.brainj.api.core.ModelException;

/**
 * The 8 × 8 handwritten digits ({@code digits.csv.gz}: per row 64 pixel values 0..16, row-major, then the class
 * 0..9; UCI "Optical Recognition of Handwritten Digits", Alpaydin &amp; Kaynak 1998, CC BY 4.0, as shipped with
 * scikit-learn).
 *
 * @param pixels one array of 64 values in [0, 16] per sample
 * @param labels the class of each sample, 0..9
 */
public record DigitsData(double[][] pixels, int[] labels) {

    /** Pixels per image. */
    public static final int PIXELS = 64;

    /** Classes. */
    public static final int CLASSES = 10;

    /** Largest pixel value. */
    public static final double MAX_PIXEL = 16.0;

    /** The file name inside the data folder. */
    public static final String FILE = "digits.csv.gz";

    /** System property naming the data folder (or the file itself). */
    public static final String PROPERTY = "brainj.digits";

    /** Environment variable naming the data folder (or the file itself). */
    public static final String ENVIRONMENT = "BRAINJ_DIGITS";

    /** @return the number of samples */
    public int size() {
        return labels.length;
    }

    /**
     * Finds {@code digits.csv.gz}: the system property {@value #PROPERTY}, else the environment variable
     * {@value #ENVIRONMENT} (each a folder or the file), else {@code ../shared/data/digits} and then
     * {@code shared/data/digits} relative to the working directory.
     *
     * @return the file
     * @throws BrainjException listing the places looked at when none holds it
     */
    public static Path locate() {
        List<Path> tried = new ArrayList<>();
        String override = System.getProperty(PROPERTY);
        String origin = "-D" + PROPERTY;
        if (override == null || override.isBlank()) {
            override = System.getenv(ENVIRONMENT);
            origin = ENVIRONMENT;
        }
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            Path file = Files.isDirectory(p) ? p.resolve(FILE) : p;
            if (Files.isRegularFile(file)) {
                return file;
            }
            throw new BrainjException("digits data not found: " + origin + " = " + override + " does not hold "
                    + FILE);
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (String candidate : new String[] {"../shared/data/digits", "shared/data/digits"}) {
            Path file = cwd.resolve(candidate).resolve(FILE).normalize();
            tried.add(file);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new BrainjException("digits data not found: looked for " + tried + "; set -D" + PROPERTY
                + "=DIR or the environment variable " + ENVIRONMENT + "=DIR to the folder holding " + FILE);
    }

    /** The copy shipped in this bundle (57 KB; licence and source in {@code digits/README.md} beside it). */
    public static final String BUNDLED = "/digits/" + FILE;

    /**
     * The data set: {@link #locate()}'s file when {@value #PROPERTY} or {@value #ENVIRONMENT} names one or a shared
     * copy is found, else the copy shipped in this bundle, so {@code brainj train digits-snn} works from any folder.
     *
     * @return its samples
     * @throws BrainjException when an override names no data file
     */
    public static DigitsData load() {
        boolean overridden = !blank(System.getProperty(PROPERTY)) || !blank(System.getenv(ENVIRONMENT));
        try {
            return read(locate());
        } catch (BrainjException notFound) {
            if (overridden) {
                throw notFound;
            }
        }
        try (InputStream in = DigitsData.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new BrainjException("digits data not found on disk and " + BUNDLED + " is missing from the bundle");
            }
            return read(in, "bundled " + FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + FILE + ": " + e.getMessage(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * @param file a gzip-compressed CSV as described above
     * @return its samples
     * @throws ModelException naming the line of a malformed row
     */
    public static DigitsData read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param gzip   the compressed CSV
     * @param source its name, for messages
     * @return its samples
     * @throws IOException when reading fails
     */
    public static DigitsData read(InputStream gzip, String source) throws IOException {
        List<double[]> pixels = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip),
                StandardCharsets.US_ASCII))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (cells.length != PIXELS + 1) {
                    throw new ModelException(source + " line " + number + ": expected " + (PIXELS + 1)
                            + " values (64 pixels and the class), got " + cells.length);
                }
                double[] row = new double[PIXELS];
                for (int i = 0; i < PIXELS; i++) {
                    row[i] = parse(cells[i].trim(), source, number, "pixel " + i, MAX_PIXEL);
                }
                pixels.add(row);
                labels.add((int) parse(cells[PIXELS].trim(), source, number, "class", CLASSES - 1));
            }
        }
        return new DigitsData(pixels.toArray(new double[0][]), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static double parse(String cell, String source, int line, String what, double max) {
        int v;
        try {
            v = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new ModelException(source + " line " + line + ": " + what + " = '" + cell + "' is not an integer");
        }
        if (v < 0 || v > max) {
            throw new ModelException(source + " line " + line + ": " + what + " = " + v + " is outside [0, "
                    + (int) max + "]");
        }
        return v;
    }
}
