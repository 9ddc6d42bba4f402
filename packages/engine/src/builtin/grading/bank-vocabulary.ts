// What the whole bank says, for two comparisons the grader makes with every answer: how relevant the
// answer is to its question (cosine over stems, weighted by how rare a stem is across the bank), and
// whether it answers some other question better (a pasted or off-topic answer). Built once, lazily.
import { QUESTION_BANK } from "../question-bank/index.ts";
import { type CompiledRubric, compileRubric } from "./rubric.ts";

export interface BankVocabulary {
  rubrics: ReadonlyMap<string, CompiledRubric>;
  /** Inverse document frequency of a stem over the bank's questions; unseen stems weigh the most. */
  idf(stem: string): number;
}

let built: BankVocabulary | null = null;

// A stem in fewer than about one question in eight ("scan", "replica") rather than in many ("use", "data").
const DISTINCTIVE_IDF = Math.log(8);

export function bankVocabulary(): BankVocabulary {
  if (built) return built;
  const rubrics = new Map(QUESTION_BANK.map((question) => [question.id, compileRubric(question)]));
  const documentFrequency = new Map<string, number>();
  for (const rubric of rubrics.values()) {
    for (const stem of rubric.vocabulary.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const documents = Math.max(1, rubrics.size);
  const unseen = Math.log(documents + 1);
  built = {
    rubrics,
    idf: (stem) => {
      const frequency = documentFrequency.get(stem);
      return frequency === undefined ? unseen : Math.log((documents + 1) / frequency);
    },
  };
  return built;
}

/**
 * How much of what an answer says is about this question: the share of its stems (weighted by rarity
 * across the bank) that the question's vocabulary holds, 0 to 1. Unlike a cosine it does not fall with
 * a short answer, so "thin but on topic" and "off topic" stay apart.
 */
export function onTopicShare(
  answer: ReadonlyMap<string, number>,
  vocabulary: ReadonlyMap<string, number>,
  idf: (stem: string) => number,
): number {
  let shared = 0;
  let total = 0;
  for (const [stem, count] of answer) {
    const weight = idf(stem) * Math.sqrt(count);
    total += weight;
    if (vocabulary.has(stem)) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}

/** Weighted cosine between an answer's stems and a question's vocabulary, 0 to 1: which question fits best. */
export function relevance(
  answer: ReadonlyMap<string, number>,
  vocabulary: ReadonlyMap<string, number>,
  idf: (stem: string) => number,
): number {
  let dot = 0;
  let answerNorm = 0;
  let vocabularyNorm = 0;
  for (const [stem, count] of answer) {
    const weight = idf(stem) * Math.sqrt(count);
    answerNorm += weight * weight;
    const other = vocabulary.get(stem);
    if (other !== undefined) dot += weight * idf(stem) * Math.sqrt(other);
  }
  for (const [stem, count] of vocabulary) {
    const weight = idf(stem) * Math.sqrt(count);
    vocabularyNorm += weight * weight;
  }
  if (answerNorm === 0 || vocabularyNorm === 0) return 0;
  return dot / Math.sqrt(answerNorm * vocabularyNorm);
}

/** Stems rarer than this across the bank's questions are distinctive enough for partial credit. */
export function isDistinctive(stem: string, bank: BankVocabulary): boolean {
  return bank.idf(stem) >= DISTINCTIVE_IDF;
}
