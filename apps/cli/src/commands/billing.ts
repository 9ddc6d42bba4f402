// `interviewer credits` (what is left to spend) and `interviewer buy <plan>` (a checkout link).
import type { CliContext } from "../cli-context.ts";

export async function showCredits(ctx: CliContext): Promise<void> {
  const status = await ctx.client.billing.status.query();
  const c = ctx.output.color;
  const credits = status.usableCredits === 1 ? "1 interview credit" : `${status.usableCredits} interview credits`;
  ctx.output.line(
    `${c.bold(credits)} (individual ${status.credits.individual}, monthly ${status.credits.subscription})`,
  );
  if (status.plan)
    ctx.output.line(`Plan: ${status.plan}${status.subscription ? ` (${status.subscription.status})` : ""}`);
  if (status.usableCredits === 0)
    ctx.output.line("Buy more with: interviewer buy individual   (or: interviewer buy pro)");
  ctx.output.result(status);
}

export async function buyCredits(ctx: CliContext, plan: string): Promise<void> {
  const plans = await ctx.client.billing.plans.query();
  const chosen = plans.find((candidate) => candidate.id === plan);
  if (!chosen) {
    ctx.output.error(`Unknown plan "${plan}". Plans: ${plans.map((p) => `${p.id} (${p.description})`).join(", ")}`);
    process.exitCode = 1;
    return;
  }
  const { url } = await ctx.client.billing.checkout.mutate({ plan: chosen.id });
  ctx.output.line(`Open this page to pay for ${chosen.name}:`);
  ctx.output.line(ctx.output.color.underline(url));
  ctx.output.result({ plan: chosen.id, url });
}
