// Job descriptions to try the tailoring with, when the candidate has none at hand.
export const SAMPLE_JOB_DESCRIPTIONS = [
  {
    title: "Senior backend engineer (payments)",
    text: `Senior Backend Engineer — Payments Platform
We process millions of card payments a day. You will design and build idempotent payment APIs in Go, own PostgreSQL schemas and migrations, and make our ledger exactly-once under retries. Requirements: 5+ years building distributed systems, strong SQL and transaction isolation knowledge, experience with Kafka or similar queues, observability (metrics, tracing), and on-call ownership.`,
  },
  {
    title: "Mid-level Node.js API developer",
    text: `Backend Developer (Node.js / TypeScript)
Join a product team building REST and GraphQL APIs for a B2B SaaS. You will write TypeScript services on Node.js, design MySQL and Redis data models, add caching, write integration tests and review code. 2-4 years of experience with Node.js, HTTP, authentication (OAuth, JWT), and Docker. Nice to have: AWS, message queues.`,
  },
  {
    title: "Junior Python backend engineer",
    text: `Junior Backend Engineer (Python)
Our data team needs a junior engineer to build Django/FastAPI endpoints, write SQL queries against PostgreSQL, and automate data pipelines. You know Python well, understand HTTP and basic data structures and algorithms, and are eager to learn about testing, code review and deploying services.`,
  },
] as const;
