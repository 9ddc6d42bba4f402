// Grades a diagram against a question's structural rubric (structural-rubric.ts). Every present and
// missing element names the candidate's own components by their labels, so feedback talks about their
// drawing ("your 'Redis' sits on the read path"), not about an ideal one. Each rubric element weighs
// the same; the score is the share present. Components drawn with no arrow at all are listed apart:
// they still count as drawn, but no flow can pass through them.
// Cost: one breadth-first search per flow hop over at most 500 nodes and 500 edges.
import { COMPONENT_KIND_NAMES, type ComponentKind } from "./component-kinds.ts";
import { type DiagramGraph, type DiagramNode, displayLabel, unconnectedNodes } from "./diagram-graph.ts";
import type {
  AccessPatternRequirement,
  ExpectedDiagramRubric,
  RedundancyRequirement,
  RequiredComponent,
  RequiredFlow,
  StructuralRubric,
} from "./structural-rubric.ts";

export type RubricElementCategory = "component" | "flow" | "redundancy" | "access-pattern";

export interface PresentElement {
  category: RubricElementCategory;
  /** The rubric's name for it ("cache", "write path"). */
  element: string;
  /** Labels of the candidate's components it was found in, in path order for flows. */
  refersTo: string[];
  /** One sentence about their drawing. */
  note: string;
}

export interface MissingElement {
  category: RubricElementCategory;
  element: string;
  /** Why it counts as missing, naming what they drew when something close is there. */
  why: string;
}

export interface DiagramGrade {
  /** False for questions answered in words; then nothing is present or missing and the score is 1. */
  diagramExpected: boolean;
  present: PresentElement[];
  missing: MissingElement[];
  /** Labels of components drawn with no arrow to or from them. */
  unconnected: string[];
  score0to1: number;
}

type Outcome = { present: true; refersTo: string[]; note: string } | { present: false; why: string };

interface GraphIndex {
  nodes: readonly DiagramNode[];
  byId: ReadonlyMap<string, DiagramNode>;
  /** Where an arrow can be followed to (both ways for two-way connections). */
  next: ReadonlyMap<string, readonly string[]>;
  /** Connected either way, whatever the arrowheads. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}

function indexGraph(graph: DiagramGraph): GraphIndex {
  const next = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
  const neighbours = new Map<string, Set<string>>(graph.nodes.map((node) => [node.id, new Set()]));
  for (const edge of graph.edges) {
    next.get(edge.from)?.push(edge.to);
    if (edge.bidirectional) next.get(edge.to)?.push(edge.from);
    neighbours.get(edge.from)?.add(edge.to);
    neighbours.get(edge.to)?.add(edge.from);
  }
  return { nodes: graph.nodes, byId: new Map(graph.nodes.map((node) => [node.id, node])), next, neighbours };
}

const kindNames = (kinds: readonly ComponentKind[]) => kinds.map((kind) => COMPONENT_KIND_NAMES[kind]).join(" or ");
const labelsOf = (nodes: readonly DiagramNode[]) => nodes.map((node) => node.label || "(unlabelled)");
/** "'API', 'Worker' and 2 more": feedback stays one readable sentence however much was drawn. */
function listed(nodes: readonly DiagramNode[], limit = 3): string {
  const shown = nodes.slice(0, limit).map(displayLabel);
  const more = nodes.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

function ofKinds(index: GraphIndex, kinds: readonly ComponentKind[]): DiagramNode[] {
  return index.nodes.filter((node) => kinds.includes(node.kind));
}

function gradeComponent(index: GraphIndex, component: RequiredComponent): Outcome {
  const found = ofKinds(index, component.kinds);
  if (found.length === 0) {
    return { present: false, why: `Your drawing has no ${kindNames(component.kinds)} (${component.label}).` };
  }
  return {
    present: true,
    refersTo: labelsOf(found),
    note: `${capitalised(listed(found))} ${found.length > 1 ? "serve" : "serves"} as the ${component.label}.`,
  };
}

function capitalised(text: string): string {
  return text.startsWith("'") ? `Your ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Follows arrows hop by hop: the components matched at one hop are the starts of a breadth-first search
 * for the next hop's kinds. Returns one path through every hop, or where it broke off.
 */
function followFlow(
  index: GraphIndex,
  hops: readonly (readonly ComponentKind[])[],
): { path: DiagramNode[] } | { brokenAt: number; reached: DiagramNode[] } {
  const [firstHop, ...rest] = hops;
  let current = firstHop ? ofKinds(index, firstHop) : [];
  if (current.length === 0) return { brokenAt: 0, reached: [] };
  const parentsPerHop: Map<string, string>[] = [];
  for (const [offset, hop] of rest.entries()) {
    const parents = new Map<string, string>();
    const visited = new Set(current.map((node) => node.id));
    let frontier = current.map((node) => node.id);
    const found: DiagramNode[] = [];
    while (frontier.length > 0) {
      const following: string[] = [];
      for (const id of frontier) {
        for (const target of index.next.get(id) ?? []) {
          if (visited.has(target)) continue;
          visited.add(target);
          parents.set(target, id);
          following.push(target);
          const node = index.byId.get(target);
          if (node && hop.includes(node.kind)) found.push(node);
        }
      }
      frontier = following;
    }
    if (found.length === 0) return { brokenAt: offset + 1, reached: current };
    parentsPerHop.push(parents);
    current = found;
  }
  // Walk back from the first component matched at the last hop through each hop's search tree.
  const last = current[0];
  if (!last) return { brokenAt: hops.length - 1, reached: [] };
  const ids = [last.id];
  for (let hop = parentsPerHop.length - 1; hop >= 0; hop -= 1) {
    let parent = parentsPerHop[hop]?.get(ids[0] ?? "");
    while (parent !== undefined) {
      ids.unshift(parent);
      parent = parentsPerHop[hop]?.get(parent);
    }
  }
  return { path: ids.flatMap((id) => index.byId.get(id) ?? []) };
}

function gradeFlow(index: GraphIndex, flow: RequiredFlow): Outcome {
  const followed = followFlow(index, flow.hops);
  if ("path" in followed) {
    const route = followed.path.map(displayLabel).join(" → ");
    return { present: true, refersTo: labelsOf(followed.path), note: `Your ${flow.name} runs ${route}.` };
  }
  const wanted = flow.hops[followed.brokenAt] ?? [];
  if (ofKinds(index, wanted).length === 0) {
    return { present: false, why: `Your drawing has no ${kindNames(wanted)}, so the ${flow.name} cannot be traced.` };
  }
  if (followed.brokenAt === 0) {
    return { present: false, why: `The ${flow.name} cannot start: your drawing has no ${kindNames(wanted)}.` };
  }
  const targets = ofKinds(index, wanted);
  return {
    present: false,
    why: `No arrows lead from ${listed(followed.reached)} to ${listed(targets)}: draw the ${flow.name} through your ${kindNames(wanted)}.`,
  };
}

function gradeRedundancy(index: GraphIndex, requirement: RedundancyRequirement): Outcome {
  const originals = ofKinds(index, [requirement.kind]);
  const name = COMPONENT_KIND_NAMES[requirement.kind];
  if (originals.length === 0) {
    return { present: false, why: `Your drawing has no ${name}, so there is nothing to make redundant.` };
  }
  if (requirement.rule === "replica") {
    const replicas = ofKinds(index, ["database-replica"]);
    for (const replica of replicas) {
      const of = originals.find((original) => index.neighbours.get(replica.id)?.has(original.id));
      if (of) {
        return {
          present: true,
          refersTo: labelsOf([of, replica]),
          note: `Your ${displayLabel(replica)} replicates ${displayLabel(of)}.`,
        };
      }
    }
    if (replicas.length > 0) {
      return {
        present: false,
        why: `Your ${listed(replicas)} ${replicas.length > 1 ? "are" : "is"} not connected to ${listed(originals)}: draw the replication arrow.`,
      };
    }
    return {
      present: false,
      why: `Your ${listed(originals)} ${originals.length > 1 ? "have" : "has"} no replica: losing that one machine loses the data or the service.`,
    };
  }
  if (originals.length > 1) {
    return {
      present: true,
      refersTo: labelsOf(originals),
      note: `You run ${originals.length} instances of the ${name}: ${listed(originals)}.`,
    };
  }
  const balancer = index.nodes.find(
    (node) =>
      node.kind === "load-balancer" && originals.some((original) => index.next.get(node.id)?.includes(original.id)),
  );
  if (balancer) {
    return {
      present: true,
      refersTo: labelsOf([balancer, ...originals]),
      note: `Your ${displayLabel(balancer)} spreads requests across ${listed(originals)}.`,
    };
  }
  return {
    present: false,
    why: `Your ${listed(originals)} is a single ${name} with no load balancer in front of it: one failure takes it down.`,
  };
}

function gradeAccessPattern(index: GraphIndex, access: AccessPatternRequirement): Outcome {
  const stores = ofKinds(index, access.kinds);
  const connected = stores.filter((store) => (index.neighbours.get(store.id)?.size ?? 0) > 0);
  const [first] = connected;
  if (first) {
    return {
      present: true,
      refersTo: labelsOf(connected),
      note: `Your ${displayLabel(first)} serves "${access.pattern}".`,
    };
  }
  if (stores.length > 0) {
    return {
      present: false,
      why: `Your ${listed(stores)} is not connected to anything, so nothing serves "${access.pattern}" from it.`,
    };
  }
  return {
    present: false,
    why: `Nothing in your drawing serves "${access.pattern}": that calls for a ${kindNames(access.kinds)}.`,
  };
}

export function gradeDiagram(graph: DiagramGraph, rubric: StructuralRubric): DiagramGrade {
  const unconnected = labelsOf(unconnectedNodes(graph));
  if (rubric.diagram === "not-expected") {
    return { diagramExpected: false, present: [], missing: [], unconnected, score0to1: 1 };
  }
  const index = indexGraph(graph);
  const outcomes = gradeAll(index, rubric);
  const present: PresentElement[] = [];
  const missing: MissingElement[] = [];
  for (const { category, element, outcome } of outcomes) {
    if (outcome.present) present.push({ category, element, refersTo: outcome.refersTo, note: outcome.note });
    else missing.push({ category, element, why: outcome.why });
  }
  const total = present.length + missing.length;
  const score0to1 = total === 0 ? 1 : Math.round((present.length / total) * 1000) / 1000;
  return { diagramExpected: true, present, missing, unconnected, score0to1 };
}

interface GradedOutcome {
  category: RubricElementCategory;
  element: string;
  outcome: Outcome;
}

function gradeAll(index: GraphIndex, rubric: ExpectedDiagramRubric): GradedOutcome[] {
  const outcomes: GradedOutcome[] = [];
  for (const component of rubric.components) {
    outcomes.push({ category: "component", element: component.label, outcome: gradeComponent(index, component) });
  }
  for (const flow of rubric.flows) {
    outcomes.push({ category: "flow", element: flow.name, outcome: gradeFlow(index, flow) });
  }
  for (const requirement of rubric.redundancy) {
    outcomes.push({
      category: "redundancy",
      element: requirement.label,
      outcome: gradeRedundancy(index, requirement),
    });
  }
  for (const access of rubric.accessPatterns) {
    outcomes.push({ category: "access-pattern", element: access.pattern, outcome: gradeAccessPattern(index, access) });
  }
  return outcomes;
}
