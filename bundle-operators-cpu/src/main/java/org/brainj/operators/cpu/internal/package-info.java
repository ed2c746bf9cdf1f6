/**
 * The CPU operator backend: dense, sparse, event-driven, just-in-time connectivity and segment operators, custom
 * operators and index-range loops in plain Java (EJML for dense matrix products), serial and, for the hot families,
 * multi-threaded on one pool owned by the backend. Private to this bundle; other bundles reach it only as an
 * {@link org.brainj.api.ops.OperatorBackend} service named {@code cpu}. {@link JitRowStream} is the canonical
 * definition of just-in-time connectivity that other backends reproduce.
 */
package org.brainj.operators.cpu.internal;
