#!/usr/bin/env bash
# Keeps the committed PTX of the CUDA kernels in step with their sources.
#
# The PTX ships inside the bundle (src/main/resources/.../brainj_kernels.ptx and brainj_neurons.ptx) so that a
# machine without nvcc builds a working GPU bundle; next to each, NAME.ptx.sha256 records the SHA-256 of the sources
# it was made from.
# Run by the build (generate-resources): where nvcc is present and the sources changed, the PTX is regenerated;
# without nvcc nothing is written, and KernelSourcesTest fails the build if the PTX is stale.
#
# Flags: compute_75 is the oldest virtual architecture CUDA 13 accepts (Turing); the driver JIT-compiles it for newer
# devices. --fmad=false because a contracted multiply-add changes low bits, and the JIT-connectivity generator must
# reproduce the CPU backend's matrices bit for bit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out_dir="$here/../resources/org/brainj/operators/gpu/internal"
nvcc="${NVCC:-nvcc}"

# build_module NAME SOURCE...: regenerates NAME.ptx from NAME.cu when the SHA-256 of SOURCE... (in that order, the
# last one being NAME.cu) differs from the one recorded in NAME.ptx.sha256.
build_module() {
    local name="$1"
    shift
    local ptx="$out_dir/$name.ptx"
    local hash_file="$ptx.sha256"
    local sources_hash
    sources_hash="$(cd "$here" && cat "$@" | sha256sum | cut -d' ' -f1)"
    local recorded=""
    [[ -f "$hash_file" ]] && recorded="$(cut -d' ' -f1 < "$hash_file")"
    if [[ "$recorded" == "$sources_hash" && -f "$ptx" ]]; then
        return 0
    fi
    if ! command -v "$nvcc" > /dev/null 2>&1; then
        echo "build-ptx: CUDA sources of $name changed but nvcc is not on PATH; the shipped PTX is stale" \
            "(KernelSourcesTest fails)" >&2
        return 0
    fi
    mkdir -p "$out_dir"
    "$nvcc" --ptx -arch=compute_75 --fmad=false -std=c++17 -o "$ptx.tmp" "$here/$name.cu"
    mv "$ptx.tmp" "$ptx"
    echo "$sources_hash  $(IFS=+; echo "$*") ($("$nvcc" --version | tail -1))" > "$hash_file"
    echo "build-ptx: regenerated $(basename "$ptx") from sources $sources_hash"
}

# The operator kernels, and the update fragments of device-resident stepping (brainj_neurons.cu).
build_module brainj_kernels brainj_jit.cuh brainj_kernels.cu
build_module brainj_neurons brainj_jit.cuh brainj_neurons.cuh brainj_neurons.cu
