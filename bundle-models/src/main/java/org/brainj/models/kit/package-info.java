/**
 * The model-building kit: populations with structure-of-arrays state and spike lists, synapse dynamics and outputs,
 * connectivity operators bound to a backend, projections (align-post, align-pre, delta) with homogeneous or per-synapse
 * delays, input drives, and the {@link org.brainj.models.kit.Network} container that updates them in BrainPy's order.
 * Third-party model bundles extend these classes; the runner drives a {@link org.brainj.models.kit.Network}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.brainj.models.kit;
