/**
 * Plots of analyses and of recorded activity, drawn with XChart and written as PNG: phase planes (vector field,
 * nullclines, fixed points by stability, trajectories and limit cycles), bifurcation diagrams (branches by
 * stability, located bifurcations, limit-cycle extrema), two-parameter bifurcation curves, fast–slow diagrams,
 * eigenvalue spectra, spike rasters, population-rate and state traces. {@code brainj analyze} and
 * {@code brainj run --plot} both draw with these.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.analysis.plot;
