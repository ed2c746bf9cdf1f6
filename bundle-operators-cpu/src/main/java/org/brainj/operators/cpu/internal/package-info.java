/**
 * The CPU operator backend: dense, sparse, event-driven and segment operators in plain Java (EJML for dense
 * matrix products). Private to this bundle; other bundles reach it only as an
 * {@link org.brainj.api.ops.OperatorBackend} service named {@code cpu}.
 */
package org.brainj.operators.cpu.internal;
