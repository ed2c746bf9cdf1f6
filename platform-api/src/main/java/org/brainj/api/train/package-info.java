/**
 * Training contracts: trainers, losses, optimizers, learning-rate schedules, surrogate gradients and the role interfaces a trainable model implements.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.train;
