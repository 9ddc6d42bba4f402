// Builders for engine unit tests: questions, evaluations and turns with only the fields a test cares
// about spelled out. Not exported from the package.
import type { AnswerEvaluation } from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { InterviewPlan } from "../plan/interview-plan.ts";
import type { InterviewTurn } from "../plan/interview-state.ts";
import type { TopicId } from "../topics.ts";

export function testPlan(overrides: Partial<InterviewPlan> = {}): InterviewPlan {
  return {
    topics: ["coding", "databases"],
    questionsPerTopic: 2,
    difficulty: "mid",
    difficultySource: "chosen",
    language: "Go",
    timeLimitMinutes: null,
    jobDescription: null,
    ...overrides,
  };
}

export function testQuestion(
  id: string,
  topic: TopicId,
  overrides: Partial<InterviewQuestion> = {},
): InterviewQuestion {
  return {
    id,
    topic,
    difficulty: "mid",
    kind: "main",
    parentQuestionId: null,
    text: `Question ${id}?`,
    keyPoints: [
      { label: `${id} point A`, evidence: ["alpha"] },
      { label: `${id} point B`, evidence: ["beta"] },
    ],
    modelAnswerOutline: ["Outline"],
    wrongClaims: [],
    modelAnswer: null,
    source: "bank",
    ...overrides,
  };
}

export function testEvaluation(score: number, overrides: Partial<AnswerEvaluation> = {}): AnswerEvaluation {
  return {
    score,
    feedback: { summary: `Score ${score}/10.`, strengths: [], gaps: [], improvement: "Be specific." },
    keyPointsCovered: [],
    keyPointsMissed: [],
    modelAnswerOutline: ["Outline"],
    followUp: { ask: false, question: null },
    evidence: { covered: [], missed: [], wrongClaims: [], flagged: [] },
    modelAnswer: null,
    provider: "builtin",
    model: null,
    fallback: false,
    fallbackReason: null,
    usage: null,
    ...overrides,
  };
}

export function answeredTurn(
  question: InterviewQuestion,
  score: number,
  overrides: Partial<AnswerEvaluation> = {},
): InterviewTurn {
  return { question, answer: `answer to ${question.id}`, evaluation: testEvaluation(score, overrides) };
}

export function openTurn(question: InterviewQuestion): InterviewTurn {
  return { question, answer: null, evaluation: null };
}
