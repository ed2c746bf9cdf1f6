package org.brainj.api.train;

import org.osgi.annotation.versioning.ConsumerType;

/** Marker of the role interfaces a trainer checks at bind time, rejecting a model that lacks the one it needs. */
@ConsumerType
public interface Trainable {
}
