// Pre-spike STDP depression, the CUDA C twin of PreSpikeDepression.compute (Java):
//   for each presynaptic row i that fired: w[k] = max(w_min, w[k] - A_minus * trace_post[indices[k]])
// One thread per presynaptic row; rows are independent (each synapse k belongs to exactly one row), so no atomics.
// Argument order follows the KernelSpec: inputs, outputs, then the parameters in declared order, then the row count.
extern "C" __global__ void stdp_pre_depression(const bool* spikes, const int* indptr, const int* indices,
                                               const double* trace_post, double* weights,
                                               double A_minus, double w_min, int rows) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= rows || !spikes[i]) {
        return;
    }
    for (int k = indptr[i]; k < indptr[i + 1]; k++) {
        weights[k] = fmax(w_min, weights[k] - A_minus * trace_post[indices[k]]);
    }
}
