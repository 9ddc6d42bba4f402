// A clock the test moves by hand, shared by the server (token expiry) and the client (when to refresh),
// so expiry is tested without sleeping. (The server's own test clock is not among its exports.)
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createTestClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}

export const MINUTE = 60_000;
