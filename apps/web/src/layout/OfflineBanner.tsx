// Tells the user when the browser is offline, so failures that follow make sense.
import { useSyncExternalStore } from "react";

function subscribe(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <p className="banner banner-offline" role="status">
      You are offline. Your drafts are kept on this device; we will reconnect when you are back.
    </p>
  );
}
