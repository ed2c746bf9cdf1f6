/**
 * Counter-based random numbers (Philox4x32-10) shared by every bundle, so that a result depends only on the seed and not on thread count, backend or partitioning.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.random;
