/**
 * The CUDA operator backend (through JCuda). Private to this bundle; other bundles reach it only as an
 * {@link org.brainj.api.ops.OperatorBackend} service named {@code cuda}. The {@code jcuda.*} imports are optional,
 * so the bundle resolves without the JCuda wrapper bundle and then reports itself unavailable.
 */
package org.brainj.operators.gpu.internal;
