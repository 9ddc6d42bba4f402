// The session as React state: re-renders when the user signs in, out, or the token is refreshed.
import { useSyncExternalStore } from "react";
import { getSessionState, subscribeToSession } from "../api/session-store.ts";

export function useSession() {
  return useSyncExternalStore(subscribeToSession, getSessionState);
}
