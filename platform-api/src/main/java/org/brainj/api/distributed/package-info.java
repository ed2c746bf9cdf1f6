/**
 * Running one network or one sweep over several processes: the spike-exchange SPI that partitioned simulations talk
 * through (an MPI implementation lives in the launcher, outside OSGi; {@link org.brainj.api.distributed.InProcessExchange}
 * runs several partitions in one JVM), and the simulator role that builds a rank's part of a network.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.brainj.api.distributed;
