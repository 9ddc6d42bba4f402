// @ts-check
// Caps on how far a WebAssembly memory may grow, for the interpreters of a sandbox worker. Emscripten
// grows its heap with Memory#grow inside a try/catch and reports a failed malloc when it throws:
// QuickJS then throws "out of memory", CPython raises MemoryError. QuickJS's own memory limit counts
// its allocations, yet its wasm heap was seen growing to 2 GB past it; this cap holds regardless.

const WASM_PAGE_BYTES = 65_536;

/** @type {WeakMap<WebAssembly.Memory, { bytes: number; refusals: number }>} */
const caps = new WeakMap();
const grow = WebAssembly.Memory.prototype.grow;
WebAssembly.Memory.prototype.grow = function cappedGrow(deltaPages) {
  const cap = caps.get(this);
  if (cap !== undefined && this.buffer.byteLength + deltaPages * WASM_PAGE_BYTES > cap.bytes) {
    cap.refusals += 1;
    throw new RangeError("the sandbox's memory limit is reached");
  }
  return grow.call(this, deltaPages);
};

/**
 * From now on `memory` may not grow past `bytes` (it never shrinks: a cap below its size only stops
 * further growth).
 * @param {WebAssembly.Memory} memory
 * @param {number} bytes
 */
export function capMemory(memory, bytes) {
  caps.set(memory, { bytes, refusals: caps.get(memory)?.refusals ?? 0 });
}

/**
 * How many times `memory` was refused growth so far: an interpreter out of memory may fail in ways
 * that do not say so (QuickJS throws null when it cannot even allocate the error).
 * @param {WebAssembly.Memory} memory
 * @returns {number}
 */
export function growthRefusals(memory) {
  return caps.get(memory)?.refusals ?? 0;
}
