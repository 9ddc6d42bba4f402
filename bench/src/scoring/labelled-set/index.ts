// The labelled answer set for the offline grader's scoring benchmark (issue 13), one file per topic.
import type { TopicId } from "@interviewer/engine";
import { BACKEND_KNOWLEDGE_ANSWERS } from "./backend-knowledge.ts";
import { BEHAVIORAL_ANSWERS } from "./behavioral.ts";
import { CODING_ANSWERS } from "./coding.ts";
import { DATABASES_ANSWERS } from "./databases.ts";
import { INTRODUCTION_ANSWERS } from "./introduction.ts";
import type { LabelledAnswer } from "./labelled-answer.ts";
import { SYSTEM_DESIGN_ANSWERS } from "./system-design.ts";

export type { AnswerKind, LabelledAnswer, Level } from "./labelled-answer.ts";

export const LABELLED_SET_BY_TOPIC: Readonly<Record<TopicId, readonly LabelledAnswer[]>> = {
  introduction: INTRODUCTION_ANSWERS,
  coding: CODING_ANSWERS,
  "system-design": SYSTEM_DESIGN_ANSWERS,
  databases: DATABASES_ANSWERS,
  behavioral: BEHAVIORAL_ANSWERS,
  "backend-knowledge": BACKEND_KNOWLEDGE_ANSWERS,
};

export const LABELLED_SET: readonly LabelledAnswer[] = Object.values(LABELLED_SET_BY_TOPIC).flat();
