package org.brainj.api.integrate;

/** How the Wiener increments enter an SDE, which fixes the layout of the diffusion buffer. */
public enum NoiseForm {
    /** One Wiener process shared by every component; diffusion length n. */
    SCALAR,
    /** One independent Wiener process per component; diffusion length n. */
    DIAGONAL,
    /** m Wiener processes mixed by an n×m matrix; diffusion length n·m, row-major (component i, process k at i·m + k). */
    GENERAL
}
