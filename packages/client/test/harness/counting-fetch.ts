// A fetch that counts what the client sends and what it gets back, so tests can say "exactly one
// auth.refresh" without looking inside the client.
export interface CountingFetch {
  fetch: typeof globalThis.fetch;
  calls(procedure: string): number;
  unauthorizedResponses(): number;
}

export function createCountingFetch(): CountingFetch {
  const counts = new Map<string, number>();
  let unauthorized = 0;
  return {
    async fetch(input, init) {
      const url = new URL(input instanceof Request ? input.url : String(input));
      for (const procedure of url.pathname.replace(/^.*\/trpc\//, "").split(",")) {
        counts.set(procedure, (counts.get(procedure) ?? 0) + 1);
      }
      const response = await globalThis.fetch(input, init);
      if (response.status === 401) unauthorized += 1;
      return response;
    },
    calls: (procedure) => counts.get(procedure) ?? 0,
    unauthorizedResponses: () => unauthorized,
  };
}
