package org.brainj.trainers.internal.bptt;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.brainj.api.core.ModelException;
import org.brainj.api.train.Differentiable;

/**
 * Saves and loads the trained weights of a {@link Differentiable} in a small binary format (Java's
 * {@code DataOutputStream}, big-endian):
 * <pre>
 *   UTF    "brainj-weights"
 *   int    1                       (format version)
 *   int    number of arrays
 *   per array: UTF name, int length, length × double (IEEE 754)
 * </pre>
 * Loading checks every name and length against the model before touching its weights, so a mismatched file
 * leaves the model unchanged.
 */
public final class WeightCheckpoint {

    /** The file's leading tag. */
    public static final String MAGIC = "brainj-weights";

    /** The format version written. */
    public static final int VERSION = 1;

    private WeightCheckpoint() {
    }

    /**
     * Writes the model's current weights; the file is replaced atomically where the file system allows.
     *
     * @param file  the checkpoint file
     * @param model the model
     */
    public static void save(Path file, Differentiable model) {
        String[] names = model.parameterNames();
        double[][] params = model.parameters();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(params.length);
                for (int p = 0; p < params.length; p++) {
                    out.writeUTF(names[p]);
                    out.writeInt(params[p].length);
                    for (double v : params[p]) {
                        out.writeDouble(v);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the weight checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads weights into the model's parameter arrays.
     *
     * @param file  the checkpoint file
     * @param model the model; its parameter names and sizes must match the file's
     * @throws ModelException naming the first parameter whose name or size differs, or a malformed file
     */
    public static void load(Path file, Differentiable model) {
        String[] names = model.parameterNames();
        double[][] params = model.parameters();
        double[][] read = new double[params.length][];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            String magic = in.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new ModelException("weight checkpoint " + file + ": not a BrainJ weight file (starts with '"
                        + magic + "', expected '" + MAGIC + "')");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new ModelException("weight checkpoint " + file + ": format version " + version
                        + " is not supported (expected " + VERSION + ")");
            }
            int count = in.readInt();
            if (count != params.length) {
                throw new ModelException("weight checkpoint " + file + ": holds " + count
                        + " parameter arrays, the model has " + params.length);
            }
            for (int p = 0; p < count; p++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (!name.equals(names[p])) {
                    throw new ModelException("weight checkpoint " + file + ": array " + p + " is '" + name
                            + "', the model expects '" + names[p] + "'");
                }
                if (length != params[p].length) {
                    throw new ModelException("weight checkpoint " + file + ": '" + name + "' has " + length
                            + " values, the model expects " + params[p].length);
                }
                read[p] = new double[length];
                for (int i = 0; i < length; i++) {
                    read[p][i] = in.readDouble();
                }
            }
            if (in.read() != -1) {
                throw new ModelException("weight checkpoint " + file + ": unexpected bytes after the last array");
            }
        } catch (EOFException e) {
            throw new ModelException("weight checkpoint " + file + ": file ends early (truncated?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the weight checkpoint " + file + ": " + e.getMessage(), e);
        }
        for (int p = 0; p < params.length; p++) {
            System.arraycopy(read[p], 0, params[p], 0, read[p].length);
        }
    }
}
