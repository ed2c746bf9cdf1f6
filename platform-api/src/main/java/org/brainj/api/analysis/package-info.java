/**
 * Dynamics analysis and measures: the analyzer SPI and its result records (fixed points, nullclines, bifurcations, slow points).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.analysis;
