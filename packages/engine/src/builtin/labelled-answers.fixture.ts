// A labelled set of answers for the built-in grader: for each question an excellent, a partial, a
// wrong and an off-topic answer, written the way candidates really answer. Used by score-answer.test.ts.
export interface LabelledQuestion {
  questionId: string;
  excellent: string;
  partial: string;
  wrong: string;
  offTopic: string;
}

export const LABELLED_ANSWERS: LabelledQuestion[] = [
  {
    questionId: "db-j-index-basics",
    excellent:
      "An index is a separate data structure, usually a B-tree, that keeps the values of one or more columns sorted with pointers back to the rows. " +
      "Because it is sorted, the database can find matching rows in O(log n) instead of doing a full table scan, and it can also serve ORDER BY without sorting. " +
      "The trade-off is cost: every insert, update and delete must maintain the index, so writes get slower and it uses extra disk space. " +
      "So I index selective columns that appear in WHERE clauses, joins and ORDER BY, for example user_id on an orders table, and I check with EXPLAIN that the index is actually used.",
    partial:
      "An index makes lookups faster, like the index of a book. Without it the database has to scan every row. I usually add one on columns I filter by.",
    wrong:
      "An index is basically a copy of the whole table kept in memory so everything is faster. There is no downside, so you should add an index on every column just in case.",
    offTopic:
      "I really enjoy React. Hooks like useEffect run after render, and you should memoize callbacks with useCallback so child components do not re-render unnecessarily.",
  },
  {
    questionId: "sd-m-rate-limiter",
    excellent:
      "I would use a token bucket per API key, or a sliding window counter, because it allows small bursts while enforcing 100 requests per minute. " +
      "Since there are many API servers, the state must live in a shared store like Redis rather than in memory on each server. " +
      "Updates must be atomic to avoid a race condition between servers, so I would run the check-and-decrement in a Lua script, or INCR with EXPIRE for a fixed window. " +
      "When the limit is exceeded the API returns 429 with a Retry-After header and X-RateLimit-Remaining headers so clients can back off. " +
      "Finally I need to decide the failure mode: if Redis is down, fail open for most endpoints so an outage of the limiter doesn't take down the API, but fail closed for expensive ones. " +
      "The trade-off of a central store is an extra network hop, which I'd reduce with local pre-limiting.",
    partial:
      "I would keep a counter per API key in Redis and increment it on each request, resetting it every minute. If the counter goes over 100 we reject the request.",
    wrong:
      "Each server can just keep its own counter in a local variable and allow 100 requests per minute; the servers don't need to talk to each other, and when we go over we return a 500 error.",
    offTopic:
      "For dinner I usually cook pasta with fresh tomatoes, garlic and basil. The secret is salting the water generously and saving some starchy water for the sauce.",
  },
  {
    questionId: "code-m-lru-cache",
    excellent:
      "I'd combine a hash map with a doubly linked list. The map goes from key to list node, and the list keeps nodes ordered by recency with the most recently used at the head. " +
      "get looks up the node in the map, moves it to the head and returns the value. put updates or inserts at the head, and if the size exceeds capacity it evicts the least recently used node at the tail and deletes it from the map. " +
      "Both operations are O(1) time, and space is O(capacity). Edge cases: capacity zero, updating an existing key, and get of a missing key returning -1. " +
      "In TypeScript a Map preserves insertion order, so a shortcut is to delete and re-set the key on access and evict map.keys().next(); I'd still write tests for eviction order.",
    partial:
      "I would use a map to store the values and keep an array of keys in order of use. When the cache is full I remove the first key from the array.",
    wrong:
      "I would store everything in an array and sort it by timestamp every time we call get, then remove the newest element when it is full.",
    offTopic:
      "Kubernetes schedules pods on nodes using the scheduler and you can configure resource requests and limits with YAML manifests.",
  },
  {
    questionId: "bk-m-retries-timeouts",
    excellent:
      "First, every call gets an explicit timeout, shorter than my own caller's deadline, so a slow dependency can't hold my threads forever. " +
      "Then retries: bounded, with exponential backoff and jitter so clients don't retry in sync, and only for retryable errors like timeouts, 503 or 429, and only for idempotent operations, because retrying a non-idempotent POST could charge twice. " +
      "To avoid cascading failure I'd add a circuit breaker: after a failure rate threshold it opens and fails fast, then half-open lets a few probes through. " +
      "I'd also use bulkheads, a separate connection pool for this dependency, and a fallback to degrade gracefully, for example serving cached data.",
    partial:
      "I would set a timeout on the HTTP client and retry a few times if the request fails, maybe waiting a bit between retries.",
    wrong:
      "I would remove the timeout so we always wait for the answer, and retry immediately in a tight loop until it works so we never lose a request.",
    offTopic:
      "My favourite holiday was in Portugal, we visited Lisbon and Porto and the beaches in the Algarve were beautiful.",
  },
  {
    questionId: "beh-m-production-incident",
    excellent:
      "At my previous company our checkout service started returning errors after a deploy on a Friday evening. An alert on the error rate detected it within two minutes and I was on call, so my role was to lead the response. " +
      "I decided to mitigate first: I rolled back the release, which stopped the errors, and I posted status updates in the incident channel so support and stakeholders knew what customers saw. " +
      "Then I investigated the root cause: a database migration had added a NOT NULL column without a default. We ran a blameless postmortem and used five whys. " +
      "Follow-up action items were a migration linter in CI and better monitoring on checkout. As a result we had no similar incident for the next year, and I learned to always test migrations against production-sized data.",
    partial:
      "We had an outage once where the API went down. I looked at the logs and found a bug, fixed it and deployed again, and then things were fine.",
    wrong:
      "Incidents are not really my responsibility, the ops team deals with them. I usually wait until they tell me which code to change.",
    offTopic:
      "I like to play football on weekends with my friends and sometimes we watch a match together afterwards in the park.",
  },
  {
    questionId: "intro-m-proudest-system",
    excellent:
      "The system I know best is the order pipeline at my current company. The architecture is an API service in Node.js that writes orders to PostgreSQL, publishes events to Kafka through an outbox, and worker services that handle payment and fulfilment, with Redis as a cache. " +
      "I owned the payment worker and I designed the retry and idempotency logic. One decision was to use Kafka instead of a simple job queue, a trade-off that gave us replay but added operational cost. " +
      "In hindsight I would revisit that: we rarely replay, and a managed queue would have been simpler. The pipeline handles about 2 million orders a month and I reduced failed payments by 30%.",
    partial:
      "I worked on an order system that used a Node.js API and a PostgreSQL database. I mainly wrote endpoints for orders.",
    wrong: "I don't really know how the system works as a whole, I just fix tickets that are assigned to me.",
    offTopic:
      "My favourite film is Interstellar, the soundtrack by Hans Zimmer is amazing and the story about black holes is fascinating.",
  },
  {
    questionId: "db-m-isolation-levels",
    excellent:
      "Isolation levels trade consistency for concurrency. Read uncommitted allows dirty reads, seeing data that may be rolled back. Read committed, the PostgreSQL default, prevents dirty reads but allows non-repeatable reads, because each statement sees a new snapshot. " +
      "Repeatable read gives a snapshot for the whole transaction, so it prevents non-repeatable reads; phantoms depend on the engine, and write skew is still possible. " +
      "Serializable prevents all anomalies, but transactions can fail with a serialization failure, so the application must retry. " +
      "For lost updates at lower levels I use SELECT ... FOR UPDATE or an atomic UPDATE.",
    partial:
      "There are levels like read committed and serializable. Serializable is the safest but slower, read committed is the default in many databases.",
    wrong:
      "Isolation levels decide how many users can connect to the database at the same time; a higher level means more connections are allowed.",
    offTopic:
      "CSS grid lets you lay out a page in rows and columns, and flexbox is better for one-dimensional layouts like a navigation bar.",
  },
];
