// Scoring benchmark for the built-in (offline) grader, issue 13: grades every answer of the labelled
// set through the engine's public API and prints how well the scores follow the levels an interviewer
// gave: rank correlation, per-level spread, pairwise ordering within a question, the failure cases that
// matter most (confident wrong answers passing, off-topic or keyword lists scoring), per-kind means,
// evaluation time, and the answers furthest from their expected score so the grader can be tuned.
// Run: `pnpm --filter @interviewer/bench run scoring` (or `npx tsx src/scoring/score-labelled-set.ts`).
import { type BankQuestion, findBankQuestion, scoreAnswerOffline, toInterviewQuestion } from "@interviewer/engine";
import { type AnswerKind, LABELLED_SET_BY_TOPIC, type LabelledAnswer } from "./labelled-set/index.ts";
import { mean, pairwiseAccuracy, percentile, spearman } from "./metrics.ts";

const LANGUAGE = "TypeScript";
const TIMING_PASSES = 5;
/** The score a well-calibrated grader would give each level (1 empty … 6 excellent). */
const EXPECTED_SCORE: Readonly<Record<number, number>> = { 1: 1, 2: 2, 3: 3, 4: 5, 5: 7, 6: 9 };
const WORST_SHOWN = 15;

interface Graded extends LabelledAnswer {
  topic: string;
  score: number;
}

interface Case {
  topic: string;
  item: LabelledAnswer;
  bank: BankQuestion;
}

function resolveCases(): Case[] {
  const cases: Case[] = [];
  const unknown = new Set<string>();
  const misfiled: string[] = [];
  for (const [topic, answers] of Object.entries(LABELLED_SET_BY_TOPIC)) {
    for (const item of answers) {
      const bank = findBankQuestion(item.questionId);
      if (!bank) {
        unknown.add(item.questionId);
        continue;
      }
      if (bank.topic !== topic) misfiled.push(`${item.questionId} (bank: ${bank.topic}, set: ${topic})`);
      cases.push({ topic, item, bank });
    }
  }
  if (unknown.size > 0) {
    throw new Error(`Unknown question ids in the labelled set: ${[...unknown].sort().join(", ")}`);
  }
  // A question filed under the wrong topic would skew the per-topic numbers, so it stops the run too.
  if (misfiled.length > 0) throw new Error(`Labelled answers filed under the wrong topic: ${misfiled.join(", ")}`);
  return cases;
}

function grade(c: Case): number {
  return scoreAnswerOffline({ question: toInterviewQuestion(c.bank, LANGUAGE), answer: c.item.answer }).score;
}

const fmt = (value: number, digits = 3) => (Number.isNaN(value) ? "n/a" : value.toFixed(digits));
const oneLine = (text: string, length: number) => text.replace(/\s+/g, " ").trim().slice(0, length);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function printCounts(graded: readonly Graded[]): void {
  const questions = new Set(graded.map((g) => g.questionId));
  console.log(`Labelled set: ${graded.length} answers over ${questions.size} questions`);
  const perTopic = [...countBy(graded, (g) => g.topic)].map(([topic, n]) => {
    const q = new Set(graded.filter((g) => g.topic === topic).map((g) => g.questionId)).size;
    return `${topic} ${n} (${q} q)`;
  });
  console.log(`  per topic: ${perTopic.join(", ")}`);
  const perLevel = [...countBy(graded, (g) => String(g.level))].sort().map(([level, n]) => `L${level} ${n}`);
  console.log(`  per level: ${perLevel.join(", ")}`);
  console.log(`  per kind:  ${[...countBy(graded, (g) => g.kind)].map(([kind, n]) => `${kind} ${n}`).join(", ")}`);
}

function printCorrelation(graded: readonly Graded[]): void {
  const all = spearman(
    graded.map((g) => g.level),
    graded.map((g) => g.score),
  );
  const middle = graded.filter((g) => g.level >= 2 && g.level <= 5);
  const mid = spearman(
    middle.map((g) => g.level),
    middle.map((g) => g.score),
  );
  console.log(
    `\nSpearman(level, score): all ${fmt(all)} (n=${graded.length}); levels 2-5 ${fmt(mid)} (n=${middle.length})`,
  );
  const pairwise = pairwiseAccuracy(graded.map((g) => ({ group: g.questionId, level: g.level, score: g.score })));
  console.log(
    `Pairwise ordering within a question: ${fmt(pairwise.accuracy)} over ${pairwise.pairs} pairs (ties count half)`,
  );
}

function printPerLevel(graded: readonly Graded[]): void {
  console.log("\nPer level (all kinds)     n   mean   min   max   expected");
  for (let level = 1; level <= 6; level += 1) {
    const scores = graded.filter((g) => g.level === level).map((g) => g.score);
    if (scores.length === 0) continue;
    console.log(
      `  level ${level}              ${String(scores.length).padStart(4)}  ${fmt(mean(scores), 2).padStart(5)}  ${String(Math.min(...scores)).padStart(4)}  ${String(Math.max(...scores)).padStart(4)}   ${EXPECTED_SCORE[level]}`,
    );
  }
}

function maxOf(label: string, items: readonly Graded[]): void {
  if (items.length === 0) {
    console.log(`  max ${label}: n/a (none)`);
    return;
  }
  const top = items.reduce((best, g) => (g.score > best.score ? g : best));
  console.log(`  max ${label}: ${top.score} (n=${items.length}; ${top.questionId}: "${oneLine(top.answer, 60)}")`);
}

function printFailureCases(graded: readonly Graded[]): void {
  const wrong = graded.filter((g) => g.level === 3 && g.kind === "level");
  const passing = wrong.filter((g) => g.score >= 7);
  console.log(
    `\nConfidently wrong (level 3, kind level) scoring >= 7: ${passing.length}/${wrong.length} = ${fmt(passing.length / wrong.length)}`,
  );
  for (const g of passing) console.log(`    ${g.questionId} scored ${g.score}`);
  maxOf(
    "off-topic (level 2, kind level)",
    graded.filter((g) => g.level === 2 && g.kind === "level"),
  );
  maxOf(
    "empty (level 1, kind level)",
    graded.filter((g) => g.level === 1 && g.kind === "level"),
  );
  maxOf(
    "keyword-list",
    graded.filter((g) => g.kind === "keyword-list"),
  );
  maxOf(
    "pasted",
    graded.filter((g) => g.kind === "pasted"),
  );
}

function printPerKind(graded: readonly Graded[]): void {
  console.log("\nPer adversarial kind        n   mean   min   max   expected (from labels)");
  const kinds = [...new Set(graded.map((g) => g.kind))].filter((k): k is Exclude<AnswerKind, "level"> => k !== "level");
  for (const kind of kinds) {
    const items = graded.filter((g) => g.kind === kind);
    const scores = items.map((g) => g.score);
    const expected = mean(items.map((g) => EXPECTED_SCORE[g.level] ?? Number.NaN));
    console.log(
      `  ${kind.padEnd(24)} ${String(items.length).padStart(3)}  ${fmt(mean(scores), 2).padStart(5)}  ${String(Math.min(...scores)).padStart(4)}  ${String(Math.max(...scores)).padStart(4)}   ${fmt(expected, 1)}`,
    );
  }
}

function printPerTopic(graded: readonly Graded[]): void {
  console.log("\nPer topic                 n   spearman  pairwise");
  for (const topic of Object.keys(LABELLED_SET_BY_TOPIC)) {
    const items = graded.filter((g) => g.topic === topic);
    const rho = spearman(
      items.map((g) => g.level),
      items.map((g) => g.score),
    );
    const pairs = pairwiseAccuracy(items.map((g) => ({ group: g.questionId, level: g.level, score: g.score })));
    console.log(
      `  ${topic.padEnd(22)} ${String(items.length).padStart(4)}   ${fmt(rho).padStart(6)}    ${fmt(pairs.accuracy)}`,
    );
  }
}

function printWorst(graded: readonly Graded[]): void {
  const gap = (g: Graded) => Math.abs(g.score - (EXPECTED_SCORE[g.level] ?? g.score));
  const worst = [...graded].sort((a, b) => gap(b) - gap(a)).slice(0, WORST_SHOWN);
  console.log(`\nLargest |score - expected| (expected per level 1..6: 1,2,3,5,7,9):`);
  for (const g of worst) {
    const diff = g.score - (EXPECTED_SCORE[g.level] ?? g.score);
    console.log(
      `  ${g.questionId.padEnd(32)} L${g.level} ${g.kind.padEnd(14)} score ${String(g.score).padStart(2)} (${diff > 0 ? "+" : ""}${diff})  "${oneLine(g.answer, 100)}"`,
    );
  }
}

function timeEvaluations(cases: readonly Case[]): { samples: number[]; unstable: string[] } {
  const samples: number[] = [];
  const first = new Map<Case, number>();
  const unstable = new Set<string>();
  for (let pass = 0; pass < TIMING_PASSES; pass += 1) {
    for (const c of cases) {
      const started = performance.now();
      const score = grade(c);
      samples.push(performance.now() - started);
      const earlier = first.get(c);
      if (earlier === undefined) first.set(c, score);
      // The grader should be a pure function: the same answer must get the same score every pass.
      else if (earlier !== score) unstable.add(c.item.questionId);
    }
  }
  return { samples, unstable: [...unstable] };
}

function main(): void {
  const cases = resolveCases();
  const graded: Graded[] = cases.map((c) => ({ ...c.item, topic: c.topic, score: grade(c) }));
  printCounts(graded);
  printCorrelation(graded);
  printPerLevel(graded);
  printFailureCases(graded);
  printPerKind(graded);
  printPerTopic(graded);
  const { samples, unstable } = timeEvaluations(cases);
  console.log(
    `\nEvaluation time per answer (${TIMING_PASSES} passes, ${samples.length} evaluations): p50 ${fmt(percentile(samples, 50))} ms, p99 ${fmt(percentile(samples, 99))} ms, max ${fmt(Math.max(...samples))} ms`,
  );
  if (unstable.length > 0) console.log(`  WARNING: scores changed between passes for ${unstable.join(", ")}`);
  printWorst(graded);
}

main();
