// Where the browser goes when the session ends on purpose (sign out, sign out everywhere, account
// deleted). Ending the session re-renders the protected page first, and RequireSignIn would send it
// to sign-in with a returnTo; a navigate() called next to it races that redirect and loses, so the
// page that ends the session names its destination here and RequireSignIn follows it instead.
// AppLayout forgets the destination once the browser is there, or when someone signs in again.

let destination: string | null = null;

/** Call just before ending the session: RequireSignIn sends the browser here instead of sign-in. */
export function leaveSessionTo(path: string): void {
  destination = path;
}

/** The destination named for the session that just ended, if any. */
export function sessionExitDestination(): string | null {
  return destination;
}

export function clearSessionExit(): void {
  destination = null;
}
