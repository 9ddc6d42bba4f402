// What a system-design question expects to see drawn, as data the diagram grader checks
// (grade-diagram.ts). Four kinds of element, each worth the same:
// - components: a kind that must be drawn (alternatives allowed: "cdn or cache");
// - flows: a path through the diagram as a sequence of hops, each a set of acceptable kinds, where each
//   hop must be reachable by following arrows from the component matched at the previous hop (through
//   anything in between): "client → api-service → queue → worker → database-primary";
// - redundancy: "replica" (a replica connected to the primary) or "several-or-balanced" (two or more of
//   the kind, or a load balancer with an arrow into it);
// - access patterns: an access pattern the question names and the store that serves it, drawn connected.
// Questions that are not about an architecture ("latency vs throughput") say so with a reason, and the
// answer is graded on its text alone.
import { z } from "zod";
import { ZComponentKindSchema } from "./diagram-graph.ts";

const ZFeedbackText = z.string().min(1).max(120);
const ZKindsSchema = z.array(ZComponentKindSchema).min(1).max(6);

export const ZRequiredComponentSchema = z.object({
  /** How feedback names the role ("cache for hot short codes"). */
  label: ZFeedbackText,
  kinds: ZKindsSchema,
});

export const ZRequiredFlowSchema = z.object({
  /** "write path", "read path", "upload" … */
  name: ZFeedbackText,
  hops: z.array(ZKindsSchema).min(2).max(8),
});

export const ZRedundancyRequirementSchema = z.object({
  label: ZFeedbackText,
  rule: z.enum(["replica", "several-or-balanced"]),
  kind: ZComponentKindSchema,
});

export const ZAccessPatternSchema = z.object({
  /** The access pattern in the question's words ("search listings by text"). */
  pattern: ZFeedbackText,
  kinds: ZKindsSchema,
});

export const ZStructuralRubricSchema = z.discriminatedUnion("diagram", [
  z.object({
    diagram: z.literal("expected"),
    components: z.array(ZRequiredComponentSchema).max(12),
    flows: z.array(ZRequiredFlowSchema).max(6),
    redundancy: z.array(ZRedundancyRequirementSchema).max(4),
    accessPatterns: z.array(ZAccessPatternSchema).max(4),
  }),
  z.object({
    diagram: z.literal("not-expected"),
    /** Why this question is answered in words; shown when a candidate draws anyway. */
    reason: ZFeedbackText,
  }),
]);

export type RequiredComponent = z.infer<typeof ZRequiredComponentSchema>;
export type RequiredFlow = z.infer<typeof ZRequiredFlowSchema>;
export type RedundancyRequirement = z.infer<typeof ZRedundancyRequirementSchema>;
export type AccessPatternRequirement = z.infer<typeof ZAccessPatternSchema>;
export type StructuralRubric = z.infer<typeof ZStructuralRubricSchema>;
export type ExpectedDiagramRubric = Extract<StructuralRubric, { diagram: "expected" }>;
