// What to read per topic when the report's study list has gaps there: a short list of well-known,
// free (or standard) references, each with the reason to read it. Kept small on purpose: a candidate
// acts on two good links, not on twenty.
import type { TopicId } from "../topics.ts";

export interface StudyResource {
  title: string;
  /** null for a book without a free online edition. */
  url: string | null;
  /** What to look for there, in one line. */
  why: string;
}

export const STUDY_READING: Readonly<Record<TopicId, readonly StudyResource[]>> = {
  introduction: [
    {
      title: "Tech Interview Handbook: Self introduction",
      url: "https://www.techinterviewhandbook.org/self-introduction/",
      why: "A 60-second pitch: who you are, what you built, why this role.",
    },
  ],
  coding: [
    {
      title: "Tech Interview Handbook: Algorithms study cheatsheet",
      url: "https://www.techinterviewhandbook.org/algorithms/study-cheatsheet/",
      why: "The patterns behind most coding questions, with the edge cases to state out loud.",
    },
    {
      title: "Big-O Cheat Sheet",
      url: "https://www.bigocheatsheet.com/",
      why: "Time and space costs of common data structures, to justify each choice.",
    },
  ],
  "system-design": [
    {
      title: "The System Design Primer",
      url: "https://github.com/donnemartin/system-design-primer",
      why: "Caching, queues, replication and partitioning, with the trade-offs interviewers ask about.",
    },
    {
      title: "Designing Data-Intensive Applications (Kleppmann), chapters 5–9",
      url: null,
      why: "Replication, partitioning, transactions and consistency in depth.",
    },
  ],
  databases: [
    {
      title: "Use The Index, Luke",
      url: "https://use-the-index-luke.com/",
      why: "How indexes really work and how to read a query plan.",
    },
    {
      title: "PostgreSQL documentation: Transaction Isolation",
      url: "https://www.postgresql.org/docs/current/transaction-iso.html",
      why: "What each isolation level prevents, and the anomalies it still allows.",
    },
  ],
  behavioral: [
    {
      title: "Tech Interview Handbook: Behavioral interviews",
      url: "https://www.techinterviewhandbook.org/behavioral-interview/",
      why: "The STAR structure, and how to prepare a few stories that answer most questions.",
    },
  ],
  "backend-knowledge": [
    {
      title: "MDN: An overview of HTTP",
      url: "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Overview",
      why: "Methods, status codes, caching and connections, the basics every backend answer rests on.",
    },
    {
      title: "OWASP Top Ten",
      url: "https://owasp.org/www-project-top-ten/",
      why: "The security risks to name when an answer touches authentication or input.",
    },
  ],
};
