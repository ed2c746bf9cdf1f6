/**
 * Core model contracts: dynamical systems, populations, the per-step context and the platform's exceptions. Times are in milliseconds [ms] throughout.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.core;
