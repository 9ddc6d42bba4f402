// `interviewer history`: past interviews, newest first.
import type { CliContext } from "../cli-context.ts";
import { historyRow } from "../format.ts";

export async function showHistory(ctx: CliContext, options: { limit?: string }): Promise<void> {
  const limit = options.limit ? Number(options.limit) : 20;
  const page = await ctx.client.interview.list.query({ limit });
  if (page.items.length === 0) ctx.output.line("No interviews yet. Start one with: interviewer start");
  for (const item of page.items) ctx.output.line(historyRow(item));
  ctx.output.result(page.items);
}
