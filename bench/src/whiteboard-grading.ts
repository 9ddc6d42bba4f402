// Grading time for a 50-node whiteboard scene (issue 18): the stored scene JSON goes through every step
// the api will run on a submitted diagram — size check, JSON parse and schema validation, scene → graph,
// structural grading against the largest rubric in the bank, and the model's text description — and each
// step is timed on its own. The scene is laid out by the engine from a generated text-notation diagram,
// then roughened the way hand-drawn scenes are: half the arrows lose their bindings (so their ends are
// matched to boxes by position) and a third of the labels are typed over their box instead of bound.
// Then, side by side in the same run, what reading the stored scene back costs: the full schema (what
// every read did before) against the stored scene's envelope check (what reads and responses do now).
// Run: `pnpm --filter @interviewer/bench run whiteboard` (or `npx tsx src/whiteboard-grading.ts`).
import {
  type DiagramGraph,
  describeGraphForModel,
  diagramToScene,
  gradeDiagram,
  parseDiagramNotation,
  parseWhiteboardSceneJson,
  SYSTEM_DESIGN_STRUCTURE,
  sceneToGraph,
  type WhiteboardScene,
  ZStoredWhiteboardSceneSchema,
  ZWhiteboardSceneSchema,
} from "@interviewer/engine";
import { median } from "./statistics.ts";

const NODES = 50;
const WARMUP = 300;
const ROUNDS = 15;
const PER_ROUND = 200;

// Labels as candidates write them, typos and product names included.
const LABELS = [
  "Web client",
  "Mobile app",
  "CDN",
  "laod balancer",
  "API gateway",
  "Upload service",
  "Video API",
  "Redis cache",
  "Memcached",
  "Kafka",
  "SQS transcode queue",
  "Transcoder worker",
  "Thumbnail worker",
  "Postgres primary",
  "Postgres read replica",
  "S3 raw videos",
  "S3 renditions",
  "Elastcsearch",
  "Notification service",
  "Payment provider",
];

function generatedDiagram(): DiagramGraph {
  const lines: string[] = [];
  // Five layers of ten: every box feeds two boxes of the next layer, as a wide architecture does.
  const ref = (index: number) => `[${LABELS[index % LABELS.length]} ${index}]`;
  for (let index = 0; index < NODES - 10; index += 1) {
    const layerStart = Math.floor(index / 10) * 10 + 10;
    lines.push(`${ref(index)} -> ${ref(layerStart + (index % 10))}: call ${index}`);
    lines.push(`${ref(index)} -> ${ref(layerStart + ((index + 3) % 10))}`);
  }
  const parsed = parseDiagramNotation(lines.join("\n"));
  if (!parsed.ok) throw new Error(`bench diagram does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.graph;
}

function roughened(scene: WhiteboardScene): WhiteboardScene {
  let arrows = 0;
  let labels = 0;
  const elements = scene.elements.map((element) => {
    if (element.type === "arrow" && arrows++ % 2 === 0) return { ...element, startBinding: null, endBinding: null };
    if (element.type === "text" && element.id.startsWith("label-") && labels++ % 3 === 0) {
      return { ...element, containerId: null };
    }
    return element;
  });
  return { ...scene, elements };
}

const STEPS = ["parse + validate", "scene → graph", "grade", "describe for model"] as const;
type Step = (typeof STEPS)[number];

function main(): void {
  const rubric = Object.values(SYSTEM_DESIGN_STRUCTURE).reduce((largest, candidate) => {
    const size = (value: typeof candidate) =>
      value.diagram === "expected"
        ? value.components.length + value.flows.length + value.redundancy.length + value.accessPatterns.length
        : 0;
    return size(candidate) > size(largest) ? candidate : largest;
  });
  const scene = roughened(diagramToScene(generatedDiagram()));
  const json = JSON.stringify(scene);

  const runOnce = (timings: Record<Step, number> | null) => {
    let mark = performance.now();
    const lap = (step: Step) => {
      const now = performance.now();
      if (timings) timings[step] += now - mark;
      mark = now;
    };
    const parsed = parseWhiteboardSceneJson(json);
    if (!parsed.ok) throw new Error(parsed.message);
    lap("parse + validate");
    const { graph, danglingArrows } = sceneToGraph(parsed.scene);
    lap("scene → graph");
    const grade = gradeDiagram(graph, rubric);
    lap("grade");
    const description = describeGraphForModel(graph, danglingArrows);
    lap("describe for model");
    return { graph, danglingArrows, grade, description };
  };

  const sample = runOnce(null);
  if (sample.graph.nodes.length !== NODES)
    throw new Error(`expected ${NODES} nodes, read ${sample.graph.nodes.length}`);
  for (let index = 0; index < WARMUP; index += 1) runOnce(null);

  const perRound: Record<Step | "total", number[]> = {
    "parse + validate": [],
    "scene → graph": [],
    grade: [],
    "describe for model": [],
    total: [],
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    const timings: Record<Step, number> = {
      "parse + validate": 0,
      "scene → graph": 0,
      grade: 0,
      "describe for model": 0,
    };
    for (let index = 0; index < PER_ROUND; index += 1) runOnce(timings);
    let total = 0;
    for (const step of STEPS) {
      perRound[step].push(timings[step] / PER_ROUND);
      total += timings[step] / PER_ROUND;
    }
    perRound.total.push(total);
  }

  console.log(
    `scene: ${sample.graph.nodes.length} nodes, ${sample.graph.edges.length} edges, ${sample.danglingArrows.length} open arrows, ` +
      `${scene.elements.length} elements, ${(json.length / 1024).toFixed(1)} KB of JSON`,
  );
  console.log(
    `rubric: ${sample.grade.present.length + sample.grade.missing.length} elements, score ${sample.grade.score0to1}`,
  );
  console.log(
    `${ROUNDS} rounds × ${PER_ROUND} gradings after ${WARMUP} warm-up; median per grading (min–max of rounds):`,
  );
  for (const step of [...STEPS, "total"] as const) {
    const values = perRound[step];
    const ms = (value: number) => `${(value * 1000).toFixed(0)} µs`;
    console.log(
      `  ${step.padEnd(20)} ${ms(median(values)).padStart(8)}  (${ms(Math.min(...values))}–${ms(Math.max(...values))})`,
    );
  }

  readBack(JSON.parse(json));
}

/** Decoding the scene as a read gets it from jsonb: the full schema and the envelope check, alternated. */
function readBack(stored: unknown): void {
  const full: number[] = [];
  const envelope: number[] = [];
  const timePerRead = (decode: (value: unknown) => unknown) => {
    const started = performance.now();
    for (let index = 0; index < PER_ROUND; index += 1) decode(stored);
    return (performance.now() - started) / PER_ROUND;
  };
  // Round 0 of each is warm-up.
  for (let round = 0; round <= ROUNDS; round += 1) {
    const fullTime = timePerRead((value) => ZWhiteboardSceneSchema.parse(value));
    const envelopeTime = timePerRead((value) => ZStoredWhiteboardSceneSchema.parse(value));
    if (round === 0) continue;
    full.push(fullTime);
    envelope.push(envelopeTime);
  }
  const [fullMedian, envelopeMedian] = [median(full), median(envelope)];
  console.log(`reading the stored scene back, median per read (${ROUNDS} rounds × ${PER_ROUND}, alternated):`);
  console.log(`  full schema          ${(fullMedian * 1000).toFixed(0).padStart(6)} µs`);
  console.log(
    `  stored envelope      ${(envelopeMedian * 1000).toFixed(1).padStart(6)} µs  (${(fullMedian / envelopeMedian).toFixed(0)}× less)`,
  );
}

main();
