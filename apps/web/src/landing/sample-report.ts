// A real excerpt of a report for the landing page: the answer below was graded by the built-in
// interviewer (scoreAnswerOffline on bank question db-j-n-plus-one) and its evaluation is copied
// here unchanged; the topic scores are those of the same practice interview. Static, so the
// landing page shows it without a request.
import type { RouterOutputs } from "@interviewer/api";

type AnswerEvaluation = NonNullable<RouterOutputs["interview"]["transcript"]["turns"][number]["evaluation"]>;

export const SAMPLE_REPORT = {
  targetLevel: "mid",
  answeredQuestions: 6,
  // Scores 8 and 8 (databases), 7 and 7 (behavioral), 6 and 5 (system design), as the engine's report
  // computes them: topic and overall percentages are the mean score times ten.
  overallPercent: 68.3,
  verdict: "almost",
  verdictReason: "Close for mid, but 68.3% is under the 70% bar.",
  topics: [
    { topic: "databases", label: "Databases and Data Management", percent: 80 },
    { topic: "behavioral", label: "Behavioral", percent: 70 },
    { topic: "system-design", label: "System Design", percent: 55 },
  ],
  question: {
    topicLabel: "Databases",
    text: "What is the N+1 query problem and how do you fix it?",
    answer:
      "The N+1 problem is when you load a list of rows with one query and then the code runs a separate query for each row in a loop, for example fetching 50 orders and then the customer of every order. It usually comes from lazy loading in the ORM. I would fix it with eager loading, or a single query with a join that brings the customers along. Another option is to collect the customer ids and load them in one batch query with WHERE id IN the list. Each query is fast on its own, but 50 round trips per page add up under load.",
  },
} as const;

export const SAMPLE_EVALUATION: AnswerEvaluation = {
  score: 8,
  feedback: {
    summary: "Score 8/10. A strong answer. You covered 3 of 4 key points.",
    strengths: [
      "one extra query per item, usually in a loop: “The N+1 problem is when you load a list of rows with one query and then the code runs a separate query for each row in a loop, for example fetching 50 orders and then the customer of every order.”",
      "load related data up front with a join or eager loading: “I would fix it with eager loading, or a single query with a join that brings the customers along.”",
      "batch the lookups: “Another option is to collect the customer ids and load them in one batch query with WHERE id IN the list.”",
    ],
    gaps: ["Not covered: detect it with query logs or counts."],
    improvement:
      "Cover detect it with query logs or counts. A strong answer puts it like this: “To detect it, I watch the query log or APM traces for the same statement repeated many times per request, and some teams add a test that counts queries per endpoint so a regression fails CI.”",
  },
  keyPointsCovered: [
    "one extra query per item, usually in a loop",
    "load related data up front with a join or eager loading",
    "batch the lookups",
  ],
  keyPointsMissed: ["detect it with query logs or counts"],
  modelAnswerOutline: [
    "Fetching a list then issuing a query per element (often ORM lazy loading)",
    "Fix with a JOIN or eager loading",
    "Or batch: WHERE id IN (...), DataLoader in GraphQL",
    "Detect via query logs/APM; assert query counts in tests",
  ],
  followUp: { ask: false, question: null },
  evidence: {
    covered: [
      {
        point: "one extra query per item, usually in a loop",
        quote:
          "The N+1 problem is when you load a list of rows with one query and then the code runs a separate query for each row in a loop, for example fetching 50 orders and then the customer of every order.",
      },
      {
        point: "load related data up front with a join or eager loading",
        quote: "I would fix it with eager loading, or a single query with a join that brings the customers along.",
      },
      {
        point: "batch the lookups",
        quote:
          "Another option is to collect the customer ids and load them in one batch query with WHERE id IN the list.",
      },
    ],
    missed: [
      {
        point: "detect it with query logs or counts",
        hint: "To detect it, I watch the query log or APM traces for the same statement repeated many times per request, and some teams add a test that counts queries per endpoint so a regression fails CI.",
      },
    ],
    wrongClaims: [],
    flagged: [],
  },
  modelAnswer:
    "The N+1 problem is when code fetches a list with one query and then runs a separate query for each item in a loop, for example loading 100 posts and then querying the author of each post, so you make 101 round trips. Each query is quick, but the round trips add up: 1,000 items at 2 ms each is two seconds, plus load on the database. It usually comes from lazy loading in an ORM, where touching post.author silently issues a query. The fix is to load the related data up front: either a single query with a JOIN, or the ORM's eager loading, like include or preload, which fetches the relation together. Another fix is batching: collect all the author ids and fetch them in one batch query with WHERE id IN the list, which is what DataLoader does in GraphQL resolvers. To detect it, I watch the query log or APM traces for the same statement repeated many times per request, and some teams add a test that counts queries per endpoint so a regression fails CI.",
  provider: "builtin",
  model: null,
  fallback: false,
  fallbackReason: null,
  usage: null,
};
