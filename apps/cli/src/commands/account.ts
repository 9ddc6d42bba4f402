// Signing up, in and out. The session (a refresh token) is kept in the token file, so later
// commands are signed in until `interviewer logout`.
import { type CliContext, CommandFailed } from "../cli-context.ts";

async function ask(ctx: CliContext, question: string, given: string | undefined, secret = false): Promise<string> {
  if (given) return given;
  // Piped input (scripts, tests) gets no prompts in its output.
  if (ctx.interactive) ctx.output.write(`${question}: `);
  const answer = secret ? await ctx.input.readSecret() : await ctx.input.readLine();
  if (answer === undefined || answer.trim() === "") throw new CommandFailed(`${question} is required.`);
  return secret ? answer : answer.trim();
}

export async function signUp(ctx: CliContext, options: { email?: string; name?: string }): Promise<void> {
  const email = await ask(ctx, "Email", options.email);
  const displayName = await ask(ctx, "Your name", options.name);
  const password = await ask(ctx, "Password (8+ characters)", ctx.env.INTERVIEWER_PASSWORD, true);
  const result = await ctx.client.auth.signUp.mutate({ email, password, displayName });
  ctx.output.line(ctx.output.color.green(result.message));
  ctx.output.line("Open the link in the email, or paste it here with: interviewer verify <link>");
  ctx.output.result({ status: result.status, email });
}

/** Accepts the whole link from the email or just its token. */
export function tokenFromLink(linkOrToken: string): string {
  const trimmed = linkOrToken.trim();
  try {
    return new URL(trimmed).searchParams.get("token") ?? trimmed;
  } catch {
    return trimmed;
  }
}

export async function verify(ctx: CliContext, linkOrToken: string): Promise<void> {
  const user = await ctx.client.verifyEmail(tokenFromLink(linkOrToken));
  ctx.output.line(ctx.output.color.green(`Email verified. Signed in as ${user.displayName} <${user.email}>.`));
  ctx.output.result({ status: "signed_in", user });
}

export async function login(ctx: CliContext, options: { email?: string }): Promise<void> {
  const email = await ask(ctx, "Email", options.email);
  const password = await ask(ctx, "Password", ctx.env.INTERVIEWER_PASSWORD, true);
  const user = await ctx.client.signIn({ email, password });
  ctx.output.line(ctx.output.color.green(`Signed in as ${user.displayName} <${user.email}>.`));
  ctx.output.result({ status: "signed_in", user });
}

export async function logout(ctx: CliContext): Promise<void> {
  const user = await ctx.client.currentUser();
  await ctx.client.signOut();
  ctx.output.line(user ? `Signed out ${user.email}.` : "You were not signed in.");
  ctx.output.result({ status: "signed_out" });
}

export async function whoami(ctx: CliContext): Promise<void> {
  const me = await ctx.client.account.me.query();
  ctx.output.line(`${me.displayName} <${me.email}>`);
  ctx.output.result(me);
}
