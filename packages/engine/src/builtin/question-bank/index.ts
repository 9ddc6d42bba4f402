// The whole built-in question bank: one or more files per topic, each file one area of it.
import type { TopicId } from "../../topics.ts";
import { BACKEND_KNOWLEDGE_QUESTIONS } from "./backend-knowledge.ts";
import { NETWORKING_SECURITY_QUESTIONS } from "./backend-networking-security.ts";
import { RUNTIME_AND_DELIVERY_QUESTIONS } from "./backend-runtime-and-delivery.ts";
import type { BankQuestion } from "./bank-question.ts";
import { BEHAVIORAL_QUESTIONS } from "./behavioral.ts";
import { CODING_QUESTIONS } from "./coding.ts";
import { DATABASE_QUESTIONS } from "./databases.ts";
import { SQL_AND_STORAGE_QUESTIONS } from "./databases-sql-and-storage.ts";
import { INTRODUCTION_QUESTIONS } from "./introduction.ts";
import { SYSTEM_DESIGN_QUESTIONS } from "./system-design.ts";
import { SYSTEM_DESIGN_FUNDAMENTALS_QUESTIONS } from "./system-design-fundamentals.ts";

export const QUESTION_BANK_BY_TOPIC: Readonly<Record<TopicId, readonly BankQuestion[]>> = {
  introduction: INTRODUCTION_QUESTIONS,
  coding: CODING_QUESTIONS,
  "system-design": [...SYSTEM_DESIGN_QUESTIONS, ...SYSTEM_DESIGN_FUNDAMENTALS_QUESTIONS],
  databases: [...DATABASE_QUESTIONS, ...SQL_AND_STORAGE_QUESTIONS],
  behavioral: BEHAVIORAL_QUESTIONS,
  "backend-knowledge": [
    ...BACKEND_KNOWLEDGE_QUESTIONS,
    ...NETWORKING_SECURITY_QUESTIONS,
    ...RUNTIME_AND_DELIVERY_QUESTIONS,
  ],
};

export const QUESTION_BANK: readonly BankQuestion[] = Object.values(QUESTION_BANK_BY_TOPIC).flat();

// Former ids resolve too: interviews stored before a question was renamed still find its rubric.
const byId = new Map(
  QUESTION_BANK.flatMap((question) => [question.id, ...question.formerIds].map((id) => [id, question] as const)),
);

export function findBankQuestion(id: string): BankQuestion | undefined {
  return byId.get(id);
}

export type { BankQuestion } from "./bank-question.ts";
