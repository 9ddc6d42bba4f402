// `interviewer report <id> [--markdown]`: the report of a finished interview, as a summary or as
// the full Markdown export (transcript, scores, study list) to keep or share.
import type { CliContext } from "../cli-context.ts";
import { printReport } from "../format.ts";

export async function showReport(ctx: CliContext, interviewId: string, options: { markdown?: boolean }): Promise<void> {
  if (options.markdown) {
    const { markdown } = await ctx.client.interview.exportMarkdown.query({ interviewId });
    if (ctx.output.json) ctx.output.result({ interviewId, markdown });
    else ctx.output.write(markdown.endsWith("\n") ? markdown : `${markdown}\n`);
    return;
  }
  const result = await ctx.client.interview.report.query({ interviewId });
  printReport(ctx.output, result.report);
  ctx.output.result(result);
}
