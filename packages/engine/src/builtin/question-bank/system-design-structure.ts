// What each system-design bank question expects a diagram to show (whiteboard/structural-rubric.ts),
// keyed by bank id. Written for the drawings candidates actually make: flows name only the hops a
// reasonable design must pass through, in the direction requests travel, and leave out what designs
// legitimately differ on (a cache-aside read draws API → cache and API → database, never cache →
// database). Junior questions ask for fewer elements than senior ones. Questions about concepts,
// estimates or trade-offs that no component diagram answers say so, with the reason.
import type { ComponentKind } from "../../whiteboard/component-kinds.ts";
import type {
  AccessPatternRequirement,
  RedundancyRequirement,
  RequiredComponent,
  RequiredFlow,
  StructuralRubric,
} from "../../whiteboard/structural-rubric.ts";
import { findBankQuestion } from "./index.ts";

function component(label: string, ...kinds: ComponentKind[]): RequiredComponent {
  return { label, kinds };
}

/** Each hop is one kind or a list of acceptable kinds. */
function flow(name: string, ...hops: (ComponentKind | ComponentKind[])[]): RequiredFlow {
  return { name, hops: hops.map((hop) => (typeof hop === "string" ? [hop] : hop)) };
}

function replicated(label = "a replica of the database"): RedundancyRequirement {
  return { label, rule: "replica", kind: "database-primary" };
}

function scaledOut(kind: ComponentKind, label: string): RedundancyRequirement {
  return { label, rule: "several-or-balanced", kind };
}

function access(pattern: string, ...kinds: ComponentKind[]): AccessPatternRequirement {
  return { pattern, kinds };
}

function expected(parts: {
  components: RequiredComponent[];
  flows?: RequiredFlow[];
  redundancy?: RedundancyRequirement[];
  accessPatterns?: AccessPatternRequirement[];
}): StructuralRubric {
  return {
    diagram: "expected",
    components: parts.components,
    flows: parts.flows ?? [],
    redundancy: parts.redundancy ?? [],
    accessPatterns: parts.accessPatterns ?? [],
  };
}

function notExpected(reason: string): StructuralRubric {
  return { diagram: "not-expected", reason };
}

const API = "api-service";
const DB = "database-primary";

export const SYSTEM_DESIGN_STRUCTURE: Readonly<Record<string, StructuralRubric>> = {
  // system-design.ts: junior
  "sd-j-url-shortener": expected({
    components: [
      component("API that creates and resolves short codes", API),
      component("database mapping code to long URL", DB),
      component("cache for hot codes", "cache"),
    ],
    flows: [flow("create path", "client", API, DB), flow("redirect path", "client", API, "cache")],
    accessPatterns: [access("look up a long URL by its code", "cache", DB)],
  }),
  "sd-j-todo-api": expected({
    components: [component("API", API), component("database of users and tasks", DB)],
    flows: [flow("request path", "client", API, DB)],
    accessPatterns: [access("list one user's tasks", DB)],
  }),
  "sd-j-file-upload": expected({
    components: [
      component("object storage for the pictures", "object-storage"),
      component("API that authorises uploads", API),
      component("database for picture metadata", DB),
    ],
    flows: [flow("upload", "client", "object-storage"), flow("metadata path", "client", API, DB)],
    accessPatterns: [access("serve pictures to viewers", "cdn", "object-storage")],
  }),
  "sd-j-scale-single-server": expected({
    components: [
      component("load balancer", "load-balancer"),
      component("application servers", API),
      component("separate database server", DB),
      component("cache", "cache"),
    ],
    flows: [flow("request path", "client", "load-balancer", API, DB)],
    redundancy: [scaledOut(API, "several application servers"), replicated("read replicas of the database")],
  }),
  "sd-j-caching-layer": expected({
    components: [component("API", API), component("cache", "cache"), component("database", DB)],
    flows: [flow("read path", "client", API, "cache"), flow("cache miss path", API, DB)],
    accessPatterns: [access("read product pages", "cache")],
  }),
  "sd-j-notifications-email": expected({
    components: [
      component("API that handles sign-up", API),
      component("queue for email jobs", "queue"),
      component("worker that sends email", "worker"),
    ],
    flows: [flow("sign-up path", "client", API, DB), flow("welcome email", API, "queue", "worker")],
  }),
  "sd-j-health-checks": expected({
    components: [component("load balancer", "load-balancer"), component("API instances", API)],
    flows: [flow("request path", "client", "load-balancer", API)],
    redundancy: [scaledOut(API, "three API instances behind the load balancer")],
  }),
  "sd-j-pagination-feed": expected({
    components: [component("orders API", API), component("orders database", DB)],
    flows: [flow("list path", "client", API, DB)],
    accessPatterns: [access("a user's orders, newest first", DB)],
  }),
  // system-design.ts: mid
  "sd-m-rate-limiter": expected({
    components: [component("API servers or gateway", API, "load-balancer"), component("shared counter store", "cache")],
    flows: [flow("request check", "client", ["load-balancer", API], "cache")],
    redundancy: [scaledOut(API, "a fleet of API servers")],
    accessPatterns: [access("count requests per API key", "cache")],
  }),
  "sd-m-notification-service": expected({
    components: [
      component("notification API", API),
      component("queue per channel", "queue"),
      component("sender workers", "worker"),
      component("preferences and delivery log", DB),
    ],
    flows: [flow("send path", API, "queue", "worker")],
    redundancy: [scaledOut("worker", "several sender workers")],
    accessPatterns: [access("user preferences and delivery status", DB)],
  }),
  "sd-m-news-feed": expected({
    components: [
      component("posts database", DB),
      component("timeline cache", "cache"),
      component("fan-out queue", "queue"),
      component("fan-out workers", "worker"),
    ],
    flows: [
      flow("post path", "client", API, "queue", "worker", "cache"),
      flow("timeline read", "client", API, "cache"),
    ],
    redundancy: [replicated()],
    accessPatterns: [access("read a user's home timeline", "cache")],
  }),
  "sd-m-webhooks": expected({
    components: [
      component("event queue", "queue"),
      component("delivery workers", "worker"),
      component("database of endpoints and attempts", DB),
    ],
    flows: [flow("event to delivery", API, "queue", "worker")],
    redundancy: [scaledOut("worker", "several delivery workers")],
    accessPatterns: [access("delivery attempts and retries per endpoint", DB)],
  }),
  "sd-m-search-autocomplete": expected({
    components: [
      component("autocomplete API", API),
      component("prefix index", "search-index", "cache"),
      component("catalog database", DB),
    ],
    flows: [flow("query path", "client", API, ["search-index", "cache"])],
    accessPatterns: [access("completions for a prefix", "search-index", "cache")],
  }),
  "sd-m-file-processing": expected({
    components: [
      component("object storage for uploads", "object-storage"),
      component("import job queue", "queue"),
      component("import workers", "worker"),
      component("database", DB),
    ],
    flows: [flow("upload", "client", "object-storage"), flow("import", API, "queue", "worker", DB)],
    accessPatterns: [access("import job status and row errors", DB)],
  }),
  "sd-m-session-store": expected({
    components: [
      component("load balancer", "load-balancer"),
      component("app servers", API),
      component("shared session store", "cache", DB),
    ],
    flows: [flow("request path", "client", "load-balancer", API, ["cache", DB])],
    redundancy: [scaledOut(API, "several app servers")],
    accessPatterns: [access("look up a session by its id", "cache", DB)],
  }),
  "sd-m-job-scheduler": expected({
    components: [
      component("durable job store", DB),
      component("dispatch queue", "queue"),
      component("scheduler and executor workers", "worker"),
    ],
    flows: [flow("schedule", "client", API, DB), flow("dispatch due jobs", "queue", "worker")],
    redundancy: [scaledOut("worker", "several workers")],
    accessPatterns: [access("find jobs due now", DB)],
  }),
  "sd-m-api-gateway": expected({
    components: [component("API gateway", "load-balancer"), component("backend services", API)],
    flows: [flow("request path", "client", "load-balancer", API)],
    redundancy: [scaledOut(API, "several services behind the gateway")],
  }),
  // system-design.ts: senior
  "sd-s-payments-ledger": expected({
    components: [
      component("payments API", API),
      component("ledger database", DB),
      component("payout queue", "queue"),
      component("payout workers", "worker"),
    ],
    flows: [flow("charge path", "client", API, DB), flow("payout path", "queue", "worker")],
    redundancy: [replicated("a replica of the ledger"), scaledOut(API, "several API instances")],
    accessPatterns: [access("balances from ledger entries", DB)],
  }),
  "sd-s-chat-system": expected({
    components: [
      component("connection gateways", API),
      component("pub/sub for fan-out", "queue"),
      component("message history store", DB),
      component("presence cache", "cache"),
    ],
    flows: [
      flow("send message", "client", ["load-balancer", API], "queue"),
      flow("deliver message", "queue", API),
      flow("history", API, DB),
    ],
    redundancy: [scaledOut(API, "many connection gateways"), replicated()],
    accessPatterns: [access("who is online", "cache"), access("message history per channel", DB)],
  }),
  "sd-s-multi-region": expected({
    components: [
      component("global traffic routing", "load-balancer", "cdn"),
      component("application servers", API),
      component("database", DB),
      component("cross-region replica", "database-replica"),
    ],
    flows: [flow("request path", "client", ["load-balancer", "cdn"], API, DB)],
    redundancy: [replicated("a replica in another region"), scaledOut(API, "app servers in each region")],
  }),
  "sd-s-distributed-cache": expected({
    components: [component("cache nodes", "cache"), component("client services", API, "client")],
    flows: [flow("read path", [API, "client"], "cache")],
    redundancy: [scaledOut("cache", "many cache nodes")],
    accessPatterns: [access("get a value by key", "cache")],
  }),
  "sd-s-event-driven": expected({
    components: [
      component("services", API),
      component("event broker", "queue"),
      component("a database per service", DB),
    ],
    flows: [flow("local write", API, DB), flow("event to another service", API, "queue", [API, "worker"])],
  }),
  "sd-s-metrics-pipeline": expected({
    components: [
      component("ingestion buffer", "queue"),
      component("ingest workers", "worker"),
      component("time-series store", DB),
      component("query API", API),
    ],
    flows: [flow("ingest path", "queue", "worker", DB), flow("dashboard query", "client", API, [DB, "cache"])],
    redundancy: [scaledOut("worker", "many ingest workers")],
    accessPatterns: [access("time-range queries per series", DB)],
  }),
  "sd-s-idempotent-api": expected({
    components: [
      component("load balancer", "load-balancer"),
      component("order API instances", API),
      component("orders database with idempotency keys", DB),
    ],
    flows: [flow("create order", "client", "load-balancer", API, DB)],
    redundancy: [scaledOut(API, "many API instances")],
    accessPatterns: [access("look up an idempotency key", DB, "cache")],
  }),
  "sd-s-video-platform": expected({
    components: [
      component("object storage for raw and transcoded video", "object-storage"),
      component("transcoding queue", "queue"),
      component("transcoding workers", "worker"),
      component("CDN", "cdn"),
      component("metadata database", DB),
    ],
    flows: [
      flow("upload", "client", "object-storage"),
      flow("transcode", "queue", "worker", "object-storage"),
      flow("playback", "client", "cdn"),
    ],
    redundancy: [scaledOut("worker", "many transcoding workers")],
    accessPatterns: [access("stream video segments to viewers", "cdn")],
  }),
  "sd-s-feature-flags": expected({
    components: [
      component("flag service", API),
      component("flag store", DB),
      component("local or edge flag cache", "cache", "cdn"),
    ],
    flows: [flow("flag update", API, DB), flow("flag read", [API, "client"], ["cache", "cdn"])],
    redundancy: [scaledOut(API, "no single flag server")],
    accessPatterns: [access("read flags on every request", "cache", "cdn")],
  }),
  // system-design-fundamentals.ts
  "sd-j-cdn-edge-caching": expected({
    components: [component("CDN", "cdn"), component("origin", API, "load-balancer", "object-storage")],
    flows: [flow("request path", "client", "cdn", [API, "load-balancer", "object-storage"])],
    accessPatterns: [access("static assets near users", "cdn")],
  }),
  "sd-j-latency-throughput": notExpected(
    "A question about measuring latency and throughput: answered in words, not with components.",
  ),
  "sd-j-realtime-updates": expected({
    components: [component("server pushing status changes", API)],
    flows: [flow("live update connection", "client", API)],
  }),
  "sd-m-load-balancing-l4-l7": expected({
    components: [component("load balancer", "load-balancer"), component("backend servers", API)],
    flows: [flow("request path", "client", "load-balancer", API)],
    redundancy: [scaledOut(API, "several backends to balance across")],
  }),
  "sd-m-cache-write-strategies": expected({
    components: [component("cache", "cache"), component("database", DB)],
  }),
  "sd-m-capacity-estimation": notExpected(
    "An estimation exercise: the assumptions and the arithmetic are the answer, not a diagram.",
  ),
  "sd-m-consistent-hashing": expected({
    components: [component("Memcached nodes", "cache")],
    flows: [flow("key lookup", [API, "client"], "cache")],
    redundancy: [scaledOut("cache", "several cache nodes on the ring")],
  }),
  "sd-m-leader-election-job": expected({
    components: [component("service replicas", "worker", API), component("lock or lease store", DB, "cache")],
    flows: [flow("take the lease", ["worker", API], [DB, "cache"])],
    redundancy: [scaledOut("worker", "several replicas able to run the job")],
  }),
  "sd-m-private-file-access": expected({
    components: [
      component("private object storage", "object-storage"),
      component("API issuing signed URLs", API),
      component("database of shares", DB),
    ],
    flows: [flow("download", "client", "object-storage"), flow("share check", "client", API, DB)],
    accessPatterns: [access("who may read a document", DB)],
  }),
  "sd-m-backpressure": expected({
    components: [component("bounded queue", "queue"), component("consumers", "worker"), component("database", DB)],
    flows: [flow("event path", ["client", API, "worker"], "queue", "worker", DB)],
  }),
  "sd-m-unique-id-generator": notExpected(
    "Each server generates ids locally; the bit layout and clock handling are the answer, explained in words.",
  ),
  "sd-m-service-discovery": expected({
    components: [component("service instances", API)],
    redundancy: [scaledOut(API, "several instances to discover")],
  }),
  "sd-m-proximity-search": expected({
    components: [
      component("location API", API),
      component("geo index of driver locations", "cache", "search-index", DB),
    ],
    flows: [
      flow("location updates", "client", API, ["cache", "search-index", DB]),
      flow("nearby search", "client", API, ["cache", "search-index", DB]),
    ],
    accessPatterns: [access("drivers within 2 km", "cache", "search-index", DB)],
  }),
  "sd-s-cap-partition-behaviour": notExpected(
    "The answer is a decision per kind of data during a partition, reasoned in words.",
  ),
  "sd-s-active-active-writes": expected({
    components: [component("application servers", API), component("a writable database per region", DB)],
    flows: [flow("local write", "client", ["load-balancer", API], DB)],
    redundancy: [scaledOut(DB, "a writable database in each region")],
  }),
  "sd-s-search-service": expected({
    components: [
      component("search index", "search-index"),
      component("listings database", DB),
      component("indexing pipeline", "queue", "worker"),
      component("search API", API),
    ],
    flows: [
      flow("query path", "client", API, "search-index"),
      flow("indexing path", ["queue", "worker", DB], "search-index"),
    ],
    redundancy: [scaledOut("search-index", "index shards and replicas")],
    accessPatterns: [access("search listings by text", "search-index")],
  }),
  "sd-s-ticket-booking": expected({
    components: [
      component("waiting room queue", "queue"),
      component("booking API", API),
      component("seat inventory database", DB),
    ],
    flows: [flow("purchase path", "client", ["load-balancer", "queue", API], DB)],
    redundancy: [scaledOut(API, "many booking API instances")],
    accessPatterns: [access("hold and sell each seat once", DB)],
  }),
  "sd-s-web-crawler": expected({
    components: [
      component("URL frontier", "queue"),
      component("fetchers", "worker"),
      component("page storage", "object-storage"),
      component("seen-URL store", DB, "cache"),
    ],
    flows: [flow("crawl loop", "queue", "worker", "object-storage"), flow("discovered links", "worker", "queue")],
    redundancy: [scaledOut("worker", "many fetchers")],
    accessPatterns: [access("have we seen this URL", DB, "cache")],
  }),
};

/** The structural rubric of a bank question (by its id or a former one), when it is a system-design question. */
export function structuralRubricFor(questionId: string): StructuralRubric | undefined {
  const question = findBankQuestion(questionId);
  return question ? SYSTEM_DESIGN_STRUCTURE[question.id] : undefined;
}
