package org.brainj.api.ops;

/** The hardware an operator backend computes on. */
public enum BackendKind {
    /** Host processors, serial or multi-threaded. */
    CPU("cpu"),
    /** A GPU through CUDA. */
    GPU("gpu");

    private final String label;

    BackendKind(String label) {
        this.label = label;
    }

    /** @return the lower-case label used on the command line and in listings */
    public String label() {
        return label;
    }
}
