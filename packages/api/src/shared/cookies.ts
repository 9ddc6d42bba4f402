// The API reads and writes cookies through this interface; the HTTP host implements it
// (@fastify/cookie), so procedures stay independent of Fastify.
export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  sameSite: "lax" | "strict";
  path: string;
  expires?: Date;
}

export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: CookieOptions): void;
  clear(name: string, options: Pick<CookieOptions, "path">): void;
}
