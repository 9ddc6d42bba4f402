// The state cookie: bound to one state, expiring after 10 minutes by the injected clock, and not
// interchangeable with an access token signed from the same secret.
import { describe, expect, it } from "vitest";
import { createAccessTokenService } from "../access-token.ts";
import { createOAuthStateService, pkceChallenge } from "./oauth-state.ts";

const secret = "a-test-secret-that-is-long-enough-for-hs256";

function manualClock() {
  let now = new Date("2026-03-01T12:00:00.000Z").getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe("OAuth state cookie", () => {
  it("gives back the verifier and returnTo only for the state it was made for", async () => {
    const service = createOAuthStateService({ secret, clock: manualClock() });
    const flow = await service.start({ returnTo: "/dashboard" });
    const verified = await service.verify(flow.cookieValue, flow.state);
    expect(verified?.returnTo).toBe("/dashboard");
    expect(verified?.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(pkceChallenge(verified?.codeVerifier ?? "")).toBe(flow.codeChallenge);

    const other = await service.start({});
    expect(await service.verify(flow.cookieValue, other.state)).toBeUndefined();
    expect(await service.verify(undefined, flow.state)).toBeUndefined();
  });

  it("expires after 10 minutes of the injected clock", async () => {
    const clock = manualClock();
    const service = createOAuthStateService({ secret, clock });
    const flow = await service.start({});
    clock.advance(9 * 60 * 1000);
    expect(await service.verify(flow.cookieValue, flow.state)).toBeDefined();
    clock.advance(2 * 60 * 1000);
    expect(await service.verify(flow.cookieValue, flow.state)).toBeUndefined();
  });

  it("is not interchangeable with an access token or a cookie from another secret", async () => {
    const clock = manualClock();
    const service = createOAuthStateService({ secret, clock });
    const flow = await service.start({});
    const accessTokens = createAccessTokenService({
      secret,
      issuer: "http://localhost",
      audience: "interviewer-api",
      clock,
    });
    expect(await accessTokens.verify(flow.cookieValue)).toBeUndefined();
    const { token } = await accessTokens.sign({ userId: "u", sessionId: "s" });
    expect(await service.verify(token, flow.state)).toBeUndefined();
    const foreign = createOAuthStateService({ secret: `${secret}-other`, clock });
    expect(await foreign.verify(flow.cookieValue, flow.state)).toBeUndefined();
  });
});
