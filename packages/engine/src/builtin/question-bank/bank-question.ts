// The shape of a curated question in the built-in bank, and small builders that keep the bank files
// readable as data. Evidence phrases are lower-case and matched at word starts, so "index" also
// matches "indexes" and "indexing".
import type { KeyPoint } from "../../interview-question.ts";
import type { QuestionDifficulty, TopicId } from "../../topics.ts";

/** A common wrong claim; stating it costs points even when key words are present. */
export interface Misconception {
  claim: string;
  evidence: string[];
}

export interface BankQuestion {
  /** Stable id: the router stores it to avoid asking a candidate the same question twice. */
  id: string;
  topic: TopicId;
  difficulty: QuestionDifficulty;
  /** May contain "{language}", replaced by the plan's programming language when asked. */
  text: string;
  /** Technology dictionary ids this question is about; empty for stack-neutral questions. */
  techTags: string[];
  keyPoints: KeyPoint[];
  modelAnswerOutline: string[];
  misconceptions: Misconception[];
}

export interface BankQuestionEntry {
  id: string;
  difficulty: QuestionDifficulty;
  text: string;
  tags?: string[];
  keyPoints: KeyPoint[];
  outline: string[];
  misconceptions?: Misconception[];
}

export function point(label: string, ...evidence: string[]): KeyPoint {
  return { label, evidence };
}

export function wrong(claim: string, ...evidence: string[]): Misconception {
  return { claim, evidence };
}

export function questionsFor(topic: TopicId, entries: BankQuestionEntry[]): BankQuestion[] {
  return entries.map((entry) => ({
    id: entry.id,
    topic,
    difficulty: entry.difficulty,
    text: entry.text,
    techTags: entry.tags ?? [],
    keyPoints: entry.keyPoints,
    modelAnswerOutline: entry.outline,
    misconceptions: entry.misconceptions ?? [],
  }));
}
