// The public front page in the React app, with live data: the price table (billing.plans), the free
// first interview (billing.signupOffer) and GitHub sign-up when it is configured. A signed-in visitor
// goes to the dashboard. Visitors who open "/" directly get the same content prerendered as static
// HTML (prerender.tsx, static-page.ts); this route serves navigation inside the app.
import { Navigate } from "react-router";
import { trpc } from "../api/trpc.ts";
import { useSession } from "../auth/use-session.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { GithubSignUpButton } from "./GithubButton.tsx";
import { LandingContent } from "./LandingContent.tsx";
import { LANDING_TITLE } from "./landing-title.ts";
import { visitorLocales } from "./offer-format.ts";

export default function LandingPage() {
  usePageTitle(LANDING_TITLE);
  const session = useSession();
  const plans = trpc.billing.plans.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const offer = trpc.billing.signupOffer.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  if (session.status === "signedIn") return <Navigate to="/dashboard" replace />;
  return (
    <LandingContent
      plans={plans.data}
      pricesKnown
      freeCredits={offer.data?.freeCredits}
      locales={visitorLocales()}
      githubButton={<GithubSignUpButton />}
      plansProblem={plans.error ? <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} /> : null}
    />
  );
}
