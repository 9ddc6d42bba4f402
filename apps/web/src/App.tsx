// The app's shell: query client, typed tRPC client, the session restored from the refresh cookie on
// load, and the routes. The entry chunk holds what a signed-out visitor needs (sign-in, sign-up and
// the other auth pages); every signed-in page, the landing page and the legal pages are their own
// chunks (React.lazy), so recharts and CodeMirror load only with the pages that draw them. Visitors
// who open "/" or a legal page directly get a prerendered copy without this app (landing/prerender.tsx).
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { type ComponentType, lazy, Suspense, useEffect, useState } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { createLinks } from "./api/create-links.ts";
import { getSessionState, restoreSession, subscribeToSession } from "./api/session-store.ts";
import { trpc } from "./api/trpc.ts";
import { ForgotPasswordPage } from "./auth/ForgotPasswordPage.tsx";
import { GithubCallbackPage } from "./auth/GithubCallbackPage.tsx";
import { RequireSignIn } from "./auth/RequireSignIn.tsx";
import { ResetPasswordPage } from "./auth/ResetPasswordPage.tsx";
import { SignInPage } from "./auth/SignInPage.tsx";
import { SignUpPage } from "./auth/SignUpPage.tsx";
import { VerifyEmailPage } from "./auth/VerifyEmailPage.tsx";
import { NotFoundPage } from "./errors/NotFoundPage.tsx";
import { RouteErrorPage } from "./errors/RouteErrorPage.tsx";
import { AppLayout } from "./layout/AppLayout.tsx";
import { Loading } from "./ui/Loading.tsx";

const LandingPage = lazy(() => import("./landing/LandingPage.tsx"));
const TermsPage = lazy(() => import("./legal/TermsPage.tsx"));
const PrivacyPage = lazy(() => import("./legal/PrivacyPage.tsx"));
const ContactPage = lazy(() => import("./legal/ContactPage.tsx"));
const DashboardPage = lazy(() => import("./dashboard/DashboardPage.tsx").then((m) => ({ default: m.DashboardPage })));
const NewInterviewPage = lazy(() =>
  import("./interview/NewInterviewPage.tsx").then((m) => ({ default: m.NewInterviewPage })),
);
const InterviewRoomPage = lazy(() => import("./interview/InterviewRoomPage.tsx"));
const ReportPage = lazy(() => import("./report/ReportPage.tsx"));
const BillingPage = lazy(() => import("./billing/BillingPage.tsx").then((m) => ({ default: m.BillingPage })));
const SharedReportPage = lazy(() => import("./sharing/SharedReportPage.tsx"));
const AccountPage = lazy(() => import("./account/AccountPage.tsx").then((m) => ({ default: m.AccountPage })));
const ResumePage = lazy(() => import("./resume/ResumePage.tsx").then((m) => ({ default: m.ResumePage })));
const DrillCardsPage = lazy(() => import("./drill/DrillCardsPage.tsx").then((m) => ({ default: m.DrillCardsPage })));

const lazyPage = (Page: ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Page />
  </Suspense>
);

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: "/", element: lazyPage(LandingPage) },
      { path: "/terms", element: lazyPage(TermsPage) },
      { path: "/privacy", element: lazyPage(PrivacyPage) },
      { path: "/contact", element: lazyPage(ContactPage) },
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sign-up", element: <SignUpPage /> },
      { path: "/verify-email", element: <VerifyEmailPage /> },
      { path: "/forgot-password", element: <ForgotPasswordPage /> },
      { path: "/reset-password", element: <ResetPasswordPage /> },
      { path: "/auth/github/callback", element: <GithubCallbackPage /> },
      { path: "/shared/:token", element: lazyPage(SharedReportPage) },
      {
        element: <RequireSignIn />,
        children: [
          { path: "/dashboard", element: lazyPage(DashboardPage) },
          { path: "/interviews/new", element: lazyPage(NewInterviewPage) },
          { path: "/interviews/:interviewId", element: lazyPage(InterviewRoomPage) },
          { path: "/interviews/:interviewId/report", element: lazyPage(ReportPage) },
          { path: "/billing", element: lazyPage(BillingPage) },
          { path: "/account", element: lazyPage(AccountPage) },
          { path: "/resume", element: lazyPage(ResumePage) },
          { path: "/drills", element: lazyPage(DrillCardsPage) },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

/** Client errors (4xx) will not change on a retry; network and server failures may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof TRPCClientError && error.data?.httpStatus && error.data.httpStatus < 500) return false;
  return failureCount < 2;
}

export function App() {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache(),
        defaultOptions: { queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: false } },
      }),
  );
  const [trpcClient] = useState(() => trpc.createClient({ links: createLinks() }));
  // On load the session lives only in the refresh cookie: trade it for an access token once.
  useEffect(() => {
    restoreSession();
  }, []);
  // Nothing of one account may show to the next person who signs in on this tab.
  useEffect(() => {
    let wasSignedIn = getSessionState().status === "signedIn";
    return subscribeToSession(() => {
      const signedIn = getSessionState().status === "signedIn";
      if (wasSignedIn && !signedIn) queryClient.clear();
      wasSignedIn = signedIn;
    });
  }, [queryClient]);
  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </trpc.Provider>
  );
}
