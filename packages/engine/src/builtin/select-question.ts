// Chooses the next built-in question for a topic. Preference, best first:
//   0. with a résumé: not yet seen, the plan's difficulty, tagged with a technology the job asks for
//      and the résumé does not show (a gap, `focusTechIds`);
//   1. not yet seen, the plan's difficulty, tagged with a technology from the job description (and
//      the résumé, when the interview is tailored to one);
//   2. not yet seen, the plan's difficulty, stack-neutral (or any, when there is no known stack);
//   3. not yet seen, the plan's difficulty, about other technologies;
//   4. the same three tiers at the nearest other difficulty (senior → mid → junior, etc.);
//   5. only when every question of the topic was seen: the one seen longest ago at the plan's difficulty.
// Within a tier the choice is random through the injected source, so it is reproducible in tests.
import { EngineError } from "../errors.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import { pickOne, type RandomSource } from "../random.ts";
import { QUESTION_DIFFICULTIES, type QuestionDifficulty, TOPIC_LABELS, type TopicId } from "../topics.ts";
import { type BankQuestion, QUESTION_BANK_BY_TOPIC } from "./question-bank/index.ts";

export interface BankQuestionCriteria {
  topic: TopicId;
  difficulty: QuestionDifficulty;
  /** Technology dictionary ids from the job description analysis. */
  techStackIds: readonly string[];
  /** Ids already asked to this candidate, oldest first. */
  seenQuestionIds: readonly string[];
  /** Technologies to try before the rest of the stack (the gaps between a résumé and the job). */
  focusTechIds?: readonly string[];
}

function difficultiesByDistance(difficulty: QuestionDifficulty): QuestionDifficulty[] {
  const index = QUESTION_DIFFICULTIES.indexOf(difficulty);
  return [...QUESTION_DIFFICULTIES].sort(
    (a, b) => Math.abs(QUESTION_DIFFICULTIES.indexOf(a) - index) - Math.abs(QUESTION_DIFFICULTIES.indexOf(b) - index),
  );
}

function stackTiers(
  candidates: readonly BankQuestion[],
  stack: ReadonlySet<string>,
  focus: ReadonlySet<string>,
): BankQuestion[][] {
  const focused =
    focus.size === 0 ? [] : candidates.filter((question) => question.techTags.some((tag) => focus.has(tag)));
  if (stack.size === 0) return [focused, [...candidates]];
  const matching = candidates.filter((question) => question.techTags.some((tag) => stack.has(tag)));
  const neutral = candidates.filter((question) => question.techTags.length === 0);
  const other = candidates.filter(
    (question) => question.techTags.length > 0 && !question.techTags.some((tag) => stack.has(tag)),
  );
  return [focused, matching, neutral, other];
}

export function selectBankQuestion(criteria: BankQuestionCriteria, random: RandomSource): BankQuestion {
  const pool = QUESTION_BANK_BY_TOPIC[criteria.topic];
  const seen = new Set(criteria.seenQuestionIds);
  const stack = new Set(criteria.techStackIds);
  const focus = new Set(criteria.focusTechIds ?? []);

  for (const difficulty of difficultiesByDistance(criteria.difficulty)) {
    const unseen = pool.filter((question) => question.difficulty === difficulty && !seen.has(question.id));
    for (const tier of stackTiers(unseen, stack, focus)) {
      const chosen = pickOne(tier, random);
      if (chosen) return chosen;
    }
  }

  const atLevel = pool.filter((question) => question.difficulty === criteria.difficulty);
  const oldestSeen = criteria.seenQuestionIds
    .map((id) => atLevel.find((question) => question.id === id))
    .find((question) => question !== undefined);
  const fallback = oldestSeen ?? atLevel[0] ?? pool[0];
  if (!fallback) {
    throw new EngineError("NO_QUESTIONS_FOR_TOPIC", `There are no questions for ${TOPIC_LABELS[criteria.topic]}.`);
  }
  return fallback;
}

/** The question as it is asked and stored: the language filled in, the rubric attached. */
export function toInterviewQuestion(question: BankQuestion, language: string): InterviewQuestion {
  return {
    id: question.id,
    topic: question.topic,
    difficulty: question.difficulty,
    kind: "main",
    parentQuestionId: null,
    text: question.text.replaceAll("{language}", language),
    keyPoints: question.keyPoints,
    modelAnswerOutline: question.modelAnswerOutline,
    wrongClaims: question.wrongClaims,
    modelAnswer: question.modelAnswer.replaceAll("{language}", language),
    source: "bank",
  };
}
