#!/usr/bin/env bash
# Keeps the committed PTX of the CUDA kernels in step with their sources.
#
# The PTX ships inside the bundle (src/main/resources/.../brainj_kernels.ptx) so that a machine without nvcc builds a
# working GPU bundle; next to it, brainj_kernels.ptx.sha256 records the SHA-256 of the sources it was made from.
# Run by the build (generate-resources): where nvcc is present and the sources changed, the PTX is regenerated;
# without nvcc nothing is written, and KernelSourcesTest fails the build if the PTX is stale.
#
# Flags: compute_75 is the oldest virtual architecture CUDA 13 accepts (Turing); the driver JIT-compiles it for newer
# devices. --fmad=false because a contracted multiply-add changes low bits, and the JIT-connectivity generator must
# reproduce the CPU backend's matrices bit for bit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out_dir="$here/../resources/org/brainj/operators/gpu/internal"
ptx="$out_dir/brainj_kernels.ptx"
hash_file="$ptx.sha256"
sources_hash="$(cd "$here" && cat brainj_jit.cuh brainj_kernels.cu | sha256sum | cut -d' ' -f1)"
recorded=""
[[ -f "$hash_file" ]] && recorded="$(cut -d' ' -f1 < "$hash_file")"
if [[ "$recorded" == "$sources_hash" && -f "$ptx" ]]; then
    exit 0
fi
nvcc="${NVCC:-nvcc}"
if ! command -v "$nvcc" > /dev/null 2>&1; then
    echo "build-ptx: CUDA sources changed but nvcc is not on PATH; the shipped PTX is stale (KernelSourcesTest fails)" >&2
    exit 0
fi
mkdir -p "$out_dir"
"$nvcc" --ptx -arch=compute_75 --fmad=false -std=c++17 -o "$ptx.tmp" "$here/brainj_kernels.cu"
mv "$ptx.tmp" "$ptx"
echo "$sources_hash  brainj_jit.cuh+brainj_kernels.cu ($("$nvcc" --version | tail -1))" > "$hash_file"
echo "build-ptx: regenerated $(basename "$ptx") from sources $sources_hash"
