// What the built-in interviewer says to a clarifying question when the question's own bank entry has
// no matching fact (or there is no entry: a model-written question, a follow-up): the constraints an
// interviewer on that topic would state anyway. Each fact answers with a constraint or an assumption
// the candidate may make, never with the solution. `subject` words the feedback's credit ("you asked
// about the read/write ratio"); `credited` marks the questions about scale and constraints that count
// as good clarifying questions on system-design and coding questions (clarification-credit.ts).

import type { TopicId } from "../../topics.ts";
import type { ClarificationFact } from "../question-bank/clarifications.ts";

export interface TopicFact extends ClarificationFact {
  subject: string;
  credited: boolean;
}

const LANGUAGE_FACT: TopicFact = {
  about: ["which language", "what language", "language use", "pseudo code", "pseudocode"],
  answer:
    "Use the language you chose for the interview, or clear pseudo-code where code is not the point; say so if you switch.",
  subject: "the language",
  credited: false,
};

const DEPTH_FACT: TopicFact = {
  about: ["how much detail", "how detailed", "how deep", "how long answer", "level detail"],
  answer:
    "Cover the main idea first, then go one level deeper on the part you think matters most and say why; depth beats breadth.",
  subject: "the depth expected",
  credited: false,
};

const CODING_FACTS: readonly TopicFact[] = [
  {
    about: ["input size", "how large input", "how big input", "how many element", "how many item", "size n", "large n"],
    answer:
      "Assume the input can be large (up to about a million elements), so say the time and space complexity of your approach.",
    subject: "the input size",
    credited: true,
  },
  {
    about: ["empty input", "empty list", "empty array", "empty string", "null input", "input empty"],
    answer: "Yes, empty input can happen: decide what your function returns for it and say it.",
    subject: "empty input",
    credited: true,
  },
  {
    about: ["duplicate", "negative number", "negative value", "repeated value"],
    answer: "Assume duplicates and negative values can appear unless the question rules them out.",
    subject: "duplicates and negative values",
    credited: true,
  },
  {
    about: ["input sorted", "already sorted", "sorted order", "assume sorted"],
    answer: "Don't assume the input is sorted unless the question says so.",
    subject: "whether the input is sorted",
    credited: true,
  },
  {
    about: ["memory limit", "extra space", "extra memory", "space constraint", "modify input", "in place"],
    answer: "Memory is not tight, but say how much extra space your approach uses; don't change the caller's input.",
    subject: "the memory limits",
    credited: true,
  },
  {
    about: ["standard library", "built in function", "builtin function", "use library", "external library"],
    answer: "The standard library is fine; third-party packages are not.",
    subject: "which libraries are allowed",
    credited: true,
  },
  {
    about: ["valid input", "invalid input", "malformed input", "input validation", "input well formed"],
    answer: "Assume the input has the stated types; say how you would handle anything else, without coding it.",
    subject: "invalid input",
    credited: true,
  },
];

const SYSTEM_DESIGN_FACTS: readonly TopicFact[] = [
  {
    about: [
      "how many user",
      "number user",
      "user count",
      "daily active",
      "scale expect",
      "expected scale",
      "what scale",
    ],
    answer: "Assume about 10 million daily active users, growing; design for ten times today's peak without a rewrite.",
    subject: "the number of users",
    credited: true,
  },
  {
    about: ["read write ratio", "read heavy", "write heavy", "reads writes", "more reads", "more writes"],
    answer: "Reads outnumber writes about 100 to 1.",
    subject: "the read/write ratio",
    credited: true,
  },
  {
    about: ["requests per second", "qps", "rps", "throughput", "peak traffic", "traffic"],
    answer: "Plan for a peak around 50,000 requests per second, a few times the daily average.",
    subject: "the traffic",
    credited: true,
  },
  {
    about: ["latency", "response time", "how fast", "p99", "p95"],
    answer: "Reads should answer within about 200 ms at the 99th percentile; writes may take longer.",
    subject: "the latency target",
    credited: true,
  },
  {
    about: ["consistency", "consistent", "stale", "eventual"],
    answer:
      "That depends on the data: say which data must be strongly consistent and where a few seconds of staleness are acceptable.",
    subject: "consistency",
    credited: true,
  },
  {
    about: ["availability", "uptime", "downtime", "sla", "fault tolerance"],
    answer: "Aim for 99.9% availability or better; losing acknowledged data is not acceptable.",
    subject: "the availability target",
    credited: true,
  },
  {
    about: ["how much data", "data size", "storage size", "data volume", "retention", "how long keep"],
    answer: "Assume a few terabytes a year, kept for several years; estimate it from the numbers you assume.",
    subject: "the data volume",
    credited: true,
  },
  {
    about: ["region", "global", "geograph", "country", "multi region"],
    answer: "Users are worldwide, mostly in one region at first; say what changes if they spread out.",
    subject: "where the users are",
    credited: true,
  },
  {
    about: [
      "existing infrastructure",
      "cloud provider",
      "budget",
      "managed service",
      "which database",
      "technology choice",
    ],
    answer: "Any mainstream cloud and managed services are fine; justify each choice by the requirement it serves.",
    subject: "the technology constraints",
    credited: true,
  },
];

const DATABASE_FACTS: readonly TopicFact[] = [
  {
    about: ["which database", "postgres", "mysql", "what database", "database engine"],
    answer: "Assume PostgreSQL unless the question names another database; say where another engine would differ.",
    subject: "the database",
    credited: false,
  },
  {
    about: ["how many row", "table size", "how much data", "data size", "how large table"],
    answer: "Assume tables with tens of millions of rows, growing.",
    subject: "the data size",
    credited: false,
  },
];

export const TOPIC_FACTS: Readonly<Record<TopicId, readonly TopicFact[]>> = {
  introduction: [DEPTH_FACT],
  coding: [...CODING_FACTS, LANGUAGE_FACT, DEPTH_FACT],
  "system-design": [...SYSTEM_DESIGN_FACTS, DEPTH_FACT],
  databases: [...DATABASE_FACTS, LANGUAGE_FACT, DEPTH_FACT],
  behavioral: [DEPTH_FACT],
  "backend-knowledge": [LANGUAGE_FACT, DEPTH_FACT],
};

/** The honest reply when nothing in the question's facts covers what was asked. */
export const YOUR_CALL_REPLY =
  "That's your call: state the assumption you'd make, and why, then go on with it. Interviewers want to hear assumptions said out loud.";
