package org.brainj.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * What Slurm's {@code srun} tells each task of a job step, and the one launch that BrainJ refuses: several tasks
 * started without an MPI plugin ({@code srun --mpi=none}, the default where {@code slurm.conf} sets no
 * {@code MpiDefault}). Such tasks carry no PMI/PMIx rank, so they cannot tell that they are one of several; each would
 * run the whole network (or the whole sweep) alone and write the same results folder. With {@code srun --mpi=pmix}
 * every task gets {@code PMIX_RANK} and {@link MpiSession} opens MPI (docs/distributed.md, "Running under Slurm").
 */
final class SlurmStep {

    private SlurmStep() {
    }

    /**
     * @param env  the process's environment
     * @param args the command line ({@code COMMAND [ARGS...]})
     * @return why this command cannot run here, or empty when it can (outside srun, under an MPI plugin, one task,
     *         or a command that does not use MPI)
     */
    static Optional<String> refusal(Map<String, String> env, String[] args) {
        if (MpiSession.launched(env) || args.length == 0 || !usesMpi(args)) {
            return Optional.empty();
        }
        String tasks = env.get("SLURM_STEP_NUM_TASKS");
        int n;
        try {
            n = tasks == null ? 1 : Integer.parseInt(tasks.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (n <= 1) {
            return Optional.empty();
        }
        String plugin = env.getOrDefault("SLURM_MPI_TYPE", "none");
        return Optional.of("srun started " + n + " tasks without an MPI rank (MPI plugin: " + plugin + "): each would "
                + "run the whole " + ("run".equals(args[0]) ? "network" : "sweep") + " alone and write the same "
                + "results; launch with srun --mpi=pmix (srun --mpi=list shows the plugins; MpiDefault=pmix in "
                + "slurm.conf makes it the default)");
    }

    /**
     * @param args the command line
     * @return true for the commands that divide their work over MPI ranks: {@code run --distributed}, and
     *         {@code sweep} unless it runs one {@code --sweep-index} point or merges point files
     */
    static boolean usesMpi(String[] args) {
        if ("run".equals(args[0])) {
            return has(args, "--distributed");
        }
        return "sweep".equals(args[0]) && !has(args, "--sweep-index") && !has(args, "--merge");
    }

    private static boolean has(String[] args, String option) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(option) || args[i].startsWith(option + "=")) {
                return true;
            }
        }
        return false;
    }
}
