package org.brainj.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Which srun launches the launcher refuses. The environments are those Slurm 22.05 gave the tasks of
 * {@code srun -n 2 --mpi=none|pmix|pmi2 env} and an {@code sbatch --ntasks=2} batch script on a one-node cluster
 * (docs/distributed.md, "Running under Slurm").
 */
class SlurmStepTest {

    /** srun -n 2 --mpi=none: a step of two tasks, no PMI variables, no SLURM_MPI_TYPE. */
    private static final Map<String, String> NO_PLUGIN = Map.of("SLURM_STEP_NUM_TASKS", "2", "SLURM_NTASKS", "2",
            "SLURM_PROCID", "1", "SLURM_STEPID", "0");
    /** srun -n 2 --mpi=pmix: PMIX_RANK is set. */
    private static final Map<String, String> PMIX = Map.of("SLURM_STEP_NUM_TASKS", "2", "SLURM_PROCID", "0",
            "SLURM_MPI_TYPE", "pmix", "PMIX_RANK", "0", "PMIX_NAMESPACE", "slurm.pmix.1.0");
    /** srun -n 2 --mpi=pmi2: PMI_RANK is set. */
    private static final Map<String, String> PMI2 = Map.of("SLURM_STEP_NUM_TASKS", "2", "SLURM_PROCID", "1",
            "SLURM_MPI_TYPE", "pmi2", "PMI_RANK", "1", "PMI_SIZE", "2", "PMI_FD", "13");
    /** The batch script itself of sbatch --ntasks=2: SLURM_NTASKS but no step variables; one process. */
    private static final Map<String, String> BATCH = Map.of("SLURM_NTASKS", "2", "SLURM_PROCID", "0");

    @Test
    void aDistributedRunOfSeveralTasksWithoutMpiPluginIsRefusedNamingTheFix() {
        Optional<String> why = SlurmStep.refusal(NO_PLUGIN, new String[] {"run", "coba", "--distributed"});
        assertTrue(why.isPresent());
        assertEquals("srun started 2 tasks without an MPI rank (MPI plugin: none): each would run the whole network "
                + "alone and write the same results; launch with srun --mpi=pmix (srun --mpi=list shows the plugins; "
                + "MpiDefault=pmix in slurm.conf makes it the default)", why.get());
        assertTrue(SlurmStep.refusal(NO_PLUGIN, new String[] {"run", "--distributed=true", "coba"}).isPresent());
    }

    @Test
    void aSweepOverTasksWithoutMpiPluginIsRefusedButOnePointOrAMergeIsNot() {
        String[] sweep = {"sweep", "coba", "--grid", "we=0.5:0.7:2", "--seeds", "2"};
        assertTrue(SlurmStep.refusal(NO_PLUGIN, sweep).orElse("").contains("run the whole sweep alone"));
        assertFalse(SlurmStep.refusal(NO_PLUGIN, new String[] {"sweep", "coba", "--grid", "we=0.5:0.7:2",
                "--sweep-index", "3"}).isPresent());
        assertFalse(SlurmStep.refusal(NO_PLUGIN, new String[] {"sweep", "coba", "--grid", "we=0.5:0.7:2",
                "--sweep-index=3"}).isPresent());
        assertFalse(SlurmStep.refusal(NO_PLUGIN, new String[] {"sweep", "coba", "--grid", "we=0.5:0.7:2",
                "--merge"}).isPresent());
    }

    @Test
    void underAnMpiPluginOrOneTaskOrWithoutMpiNothingIsRefused() {
        String[] run = {"run", "coba", "--distributed"};
        assertFalse(SlurmStep.refusal(PMIX, run).isPresent());
        // PMI-2 carries a rank; whether this Open MPI can use it is MPI_Init's to say.
        assertFalse(SlurmStep.refusal(PMI2, run).isPresent());
        assertFalse(SlurmStep.refusal(BATCH, run).isPresent());
        assertFalse(SlurmStep.refusal(Map.of(), run).isPresent());
        assertFalse(SlurmStep.refusal(Map.of("SLURM_STEP_NUM_TASKS", "1"), run).isPresent());
        // several tasks each running its own whole model is the user's choice (e.g. one seed per task)
        assertFalse(SlurmStep.refusal(NO_PLUGIN, new String[] {"run", "coba"}).isPresent());
        assertFalse(SlurmStep.refusal(NO_PLUGIN, new String[] {"models"}).isPresent());
        assertFalse(SlurmStep.refusal(NO_PLUGIN, new String[0]).isPresent());
    }

    @Test
    void mpirunIsRecognisedByOpenMpisVariableAndSrunByPmixOrPmi() {
        assertTrue(MpiSession.launched(Map.of("OMPI_COMM_WORLD_SIZE", "2")));
        assertTrue(MpiSession.launched(PMIX));
        assertTrue(MpiSession.launched(PMI2));
        assertFalse(MpiSession.launched(NO_PLUGIN));
        assertFalse(MpiSession.launched(BATCH));
    }
}
