import { describe, expect, it } from "vitest";
import type { ComponentKind } from "../../whiteboard/component-kinds.ts";
import type { DiagramEdge, DiagramGraph, DiagramNode } from "../../whiteboard/diagram-graph.ts";
import { gradeDiagram } from "../../whiteboard/grade-diagram.ts";
import { type StructuralRubric, ZStructuralRubricSchema } from "../../whiteboard/structural-rubric.ts";
import { QUESTION_BANK_BY_TOPIC } from "./index.ts";
import { SYSTEM_DESIGN_STRUCTURE, structuralRubricFor } from "./system-design-structure.ts";

const systemDesignIds = QUESTION_BANK_BY_TOPIC["system-design"].map((question) => question.id);

/** The smallest diagram that draws everything a rubric asks for, built from the rubric itself. */
function diagramSatisfying(rubric: Extract<StructuralRubric, { diagram: "expected" }>): DiagramGraph {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const add = (kind: ComponentKind): string => {
    const id = `n${nodes.length + 1}`;
    nodes.push({ id, label: `${kind} ${nodes.length + 1}`, kind });
    return id;
  };
  const connect = (from: string, to: string) => edges.push({ from, to, label: "", bidirectional: false });
  for (const flow of rubric.flows) {
    let previous: string | undefined;
    for (const hop of flow.hops) {
      const [kind] = hop;
      if (!kind) continue;
      const id = add(kind);
      if (previous) connect(previous, id);
      previous = id;
    }
  }
  for (const component of rubric.components) {
    const [kind] = component.kinds;
    if (kind) add(kind);
  }
  for (const requirement of rubric.redundancy) {
    const original = add(requirement.kind);
    if (requirement.rule === "replica") connect(original, add("database-replica"));
    else add(requirement.kind);
  }
  for (const pattern of rubric.accessPatterns) {
    const [kind] = pattern.kinds;
    if (kind) connect(add("api-service"), add(kind));
  }
  return { nodes, edges };
}

describe("structural rubrics of the system-design bank", () => {
  it("cover every system-design question", () => {
    expect(systemDesignIds.length).toBeGreaterThanOrEqual(40);
    expect(systemDesignIds.filter((id) => SYSTEM_DESIGN_STRUCTURE[id] === undefined)).toEqual([]);
  });

  it("are keyed only by ids of system-design questions", () => {
    expect(Object.keys(SYSTEM_DESIGN_STRUCTURE).filter((id) => !systemDesignIds.includes(id))).toEqual([]);
  });

  it.each(Object.entries(SYSTEM_DESIGN_STRUCTURE))("%s is a valid rubric a diagram can satisfy", (_id, rubric) => {
    expect(ZStructuralRubricSchema.safeParse(rubric).success).toBe(true);
    if (rubric.diagram === "not-expected") {
      expect(rubric.reason.length).toBeGreaterThan(20);
      return;
    }
    const elements =
      rubric.components.length + rubric.flows.length + rubric.redundancy.length + rubric.accessPatterns.length;
    expect(elements).toBeGreaterThanOrEqual(2);
    const grade = gradeDiagram(diagramSatisfying(rubric), rubric);
    expect(grade.missing).toEqual([]);
    expect(grade.score0to1).toBe(1);
  });

  it("only concept and estimation questions go without a diagram", () => {
    const withoutDiagram = Object.entries(SYSTEM_DESIGN_STRUCTURE)
      .filter(([, rubric]) => rubric.diagram === "not-expected")
      .map(([id]) => id);
    expect(withoutDiagram.sort()).toEqual([
      "sd-j-latency-throughput",
      "sd-m-capacity-estimation",
      "sd-m-unique-id-generator",
      "sd-s-cap-partition-behaviour",
    ]);
  });

  it("finds a rubric by question id and none for other topics", () => {
    expect(structuralRubricFor("sd-j-url-shortener")?.diagram).toBe("expected");
    const databaseQuestion = QUESTION_BANK_BY_TOPIC.databases[0];
    expect(databaseQuestion && structuralRubricFor(databaseQuestion.id)).toBeUndefined();
  });
});
