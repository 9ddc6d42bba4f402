// After deleting the account the browser lands on the home page with ?deleted=1: say plainly that it
// happened and what went with it, so the person is not left wondering whether it worked.
import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";

export function AccountDeletedNotice() {
  const [params] = useSearchParams();
  const deleted = params.get("deleted") === "1";
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus, not only a live region: the page under it changed completely, and this is what matters.
    if (deleted) notice.current?.focus();
  }, [deleted]);
  if (!deleted) return null;
  return (
    <div className="notice-wrap">
      <div className="notice alert-success" role="status" tabIndex={-1} ref={notice} data-testid="account-deleted">
        <p>
          <strong>Your account was deleted.</strong>
        </p>
        <p>
          Your profile, interviews, reports and credits are gone, and you are signed out on every device. Thank you for
          practising with Interviewer.
        </p>
      </div>
    </div>
  );
}
