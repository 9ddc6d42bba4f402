// Candidates for api-under-code-load.ts, made the way users make them on a running server: sign up
// through the API, follow the verification link from the dev outbox (/dev/mail.json, so this works on
// PGlite inside the server's own process), start a coding interview, and keep it on a question whose
// code runs. The bank's executable spec of that question is found by its starter code (the API does
// not expose question ids), so the load can send the question's reference solution.
import type { AppRouter } from "@interviewer/api";
import {
  type ExecutableSpec,
  findExecutableSpec,
  QUESTION_BANK_BY_TOPIC,
  type RunnableLanguage,
} from "@interviewer/engine";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";

export interface CandidateSession {
  email: string;
  accessToken: string;
  interviewId: string;
  turnId: string;
  spec: ExecutableSpec;
  /** Sends the access token, each call from an address of its own (see clientFor). */
  client: TRPCClient<AppRouter>;
}

const PASSWORD = "code load passphrase 42";
/** Coding questions answered (with prose) before giving up on reaching one whose code runs. */
const MAX_QUESTIONS_TRIED = 4;

let callCount = 0;

/**
 * A client address per call (10.x.y.z, read through TRUST_PROXY=1 as one load balancer would pass it):
 * the per-address limits (20 sign-ups, 300 runs an hour) are for people behind one address, and this
 * load stands for many. Per-user limits still apply per account.
 */
function nextAddress(): string {
  callCount += 1;
  return `10.${(callCount >> 16) & 255}.${(callCount >> 8) & 255}.${callCount & 255}`;
}

export function clientFor(url: string, accessToken?: () => string | undefined): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        transformer: superjson,
        headers: () => {
          const headers: Record<string, string> = { "x-forwarded-for": nextAddress() };
          const token = accessToken?.();
          if (token) headers.authorization = `Bearer ${token}`;
          return headers;
        },
      }),
    ],
  });
}

interface OutboxMessage {
  to: string;
  template: string;
  links: string[];
}

function isOutbox(value: unknown): value is { messages: OutboxMessage[] } {
  return typeof value === "object" && value !== null && Array.isArray(Reflect.get(value, "messages"));
}

/** The verification token sent to `email`, read from the dev outbox (newest first). */
async function verificationToken(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/dev/mail.json`);
  const body: unknown = await response.json();
  if (!response.ok || !isOutbox(body)) throw new Error(`/dev/mail.json answered ${response.status}`);
  const message = body.messages.find((m) => m.to === email && m.template === "verify_email");
  for (const link of message?.links ?? []) {
    const token = new URL(link).searchParams.get("token");
    if (token) return token;
  }
  throw new Error(`no verification link for ${email} in the dev outbox`);
}

/** The bank question whose starter code in `language` is `starterCode`. */
function specOfStarterCode(language: RunnableLanguage, starterCode: string): ExecutableSpec | undefined {
  for (const question of QUESTION_BANK_BY_TOPIC.coding) {
    const spec = findExecutableSpec(question.id);
    if (spec?.starterCode[language] === starterCode) return spec;
  }
  return undefined;
}

/**
 * A verified candidate with a coding interview open on a question that runs `languages`. Needs a
 * server with dev tools (NODE_ENV other than production) and a free credit on sign-up.
 */
export async function openCandidateSession(
  url: string,
  index: number,
  languages: readonly RunnableLanguage[],
): Promise<CandidateSession> {
  const email = `code-load-${process.pid}-${index}@bench.test`;
  let accessToken: string | undefined;
  const client = clientFor(url, () => accessToken);
  await client.auth.signUp.mutate({ email, password: PASSWORD, displayName: `Code load ${index}` });
  const signedIn = await client.auth.verifyEmail.mutate({
    token: await verificationToken(url, email),
    refreshTokenDelivery: "body",
  });
  accessToken = signedIn.accessToken;

  let view = await client.interview.create.mutate({ topics: ["coding"], questionsPerTopic: MAX_QUESTIONS_TRIED });
  for (let tried = 0; tried < MAX_QUESTIONS_TRIED; tried += 1) {
    const question = view.currentQuestion;
    if (view.status !== "active" || question === null) break;
    const first = languages[0] ?? "javascript";
    const starter = question.runnable?.starterCode[first];
    const spec = starter === undefined ? undefined : specOfStarterCode(first, starter);
    if (spec && languages.every((language) => spec.referenceSolutions[language] !== undefined)) {
      return { email, accessToken: signedIn.accessToken, interviewId: view.id, turnId: question.turnId, spec, client };
    }
    // Graded by reading (or not in every language asked for): answer it in prose and take the next one.
    view = (
      await client.interview.answer.mutate({
        interviewId: view.id,
        turnId: question.turnId,
        answer: "A hash map from value to index, one pass: O(n) time, O(n) space.",
      })
    ).interview;
  }
  throw new Error(`candidate ${index}: no question with code that runs in ${languages.join(", ")}`);
}
