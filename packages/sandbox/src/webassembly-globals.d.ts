// Node provides WebAssembly at run time, but TypeScript declares it only in its DOM and WebWorker
// libraries, which this repository does not load. The sandbox worker (run-python.mjs) caps the growth
// of a wasm memory; this is the part of the API it uses.
declare namespace WebAssembly {
  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(deltaPages: number): number;
  }
  const Memory: {
    prototype: Memory;
    new (descriptor: { initial: number; maximum?: number }): Memory;
  };
}
