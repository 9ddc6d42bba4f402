// The whole built-in question bank, one file per topic.
import type { TopicId } from "../../topics.ts";
import { BACKEND_KNOWLEDGE_QUESTIONS } from "./backend-knowledge.ts";
import type { BankQuestion } from "./bank-question.ts";
import { BEHAVIORAL_QUESTIONS } from "./behavioral.ts";
import { CODING_QUESTIONS } from "./coding.ts";
import { DATABASE_QUESTIONS } from "./databases.ts";
import { INTRODUCTION_QUESTIONS } from "./introduction.ts";
import { SYSTEM_DESIGN_QUESTIONS } from "./system-design.ts";

export const QUESTION_BANK_BY_TOPIC: Readonly<Record<TopicId, readonly BankQuestion[]>> = {
  introduction: INTRODUCTION_QUESTIONS,
  coding: CODING_QUESTIONS,
  "system-design": SYSTEM_DESIGN_QUESTIONS,
  databases: DATABASE_QUESTIONS,
  behavioral: BEHAVIORAL_QUESTIONS,
  "backend-knowledge": BACKEND_KNOWLEDGE_QUESTIONS,
};

export const QUESTION_BANK: readonly BankQuestion[] = Object.values(QUESTION_BANK_BY_TOPIC).flat();

const byId = new Map(QUESTION_BANK.map((question) => [question.id, question]));

export function findBankQuestion(id: string): BankQuestion | undefined {
  return byId.get(id);
}

export type { BankQuestion, Misconception } from "./bank-question.ts";
