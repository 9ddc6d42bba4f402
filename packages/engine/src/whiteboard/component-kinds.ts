// What a label on the whiteboard names: the candidate writes "Redis", "read replica" or "laod balancer"
// and the grader reads a component kind. Two tiers, tried in order:
//  1. the kind's own nouns ("cache", "queue", "replica", "load balancer"), most specific kind first, so
//     "Postgres replica" is a replica, "Redis queue" a queue and "search service" a search index;
//  2. product names ("Redis", "Kafka", "nginx", "S3", "Elasticsearch"), when no noun named the kind.
// Words are compared stemmed (plural and singular alike; db/database folded as the answer grader does),
// and a word a typo away from a dictionary word counts: neighbours swapped for 4-letter words ("laod"),
// one edit from 5 letters, two from 8 ("elastcsearch"). Same first letter always, as in the grader,
// so "cash" never reads as "cache". Labels are cut to DIAGRAM_LIMITS.maxLabelChars before this runs,
// and the dictionary is fixed, so classifying costs a bounded amount whatever was typed.
import { stemWord } from "../builtin/grading/analyze-text.ts";
import { withinOneEdit } from "../builtin/grading/phrasing.ts";

export const COMPONENT_KINDS = [
  "client",
  "cdn",
  "load-balancer",
  "api-service",
  "cache",
  "queue",
  "database-primary",
  "database-replica",
  "object-storage",
  "search-index",
  "worker",
  "other",
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** How feedback names a kind ("a cache", "a read replica"). */
export const COMPONENT_KIND_NAMES: Readonly<Record<ComponentKind, string>> = {
  client: "client",
  cdn: "CDN",
  "load-balancer": "load balancer",
  "api-service": "API service",
  cache: "cache",
  queue: "queue or stream",
  "database-primary": "primary database",
  "database-replica": "database replica",
  "object-storage": "object storage",
  "search-index": "search index",
  worker: "worker",
  other: "other component",
};

type KindPhrases = readonly [ComponentKind, readonly string[]];

// Most specific first: "CDN cache" is a CDN, "cache service" a cache, "search service" a search index,
// "queue worker" a worker, "read replica" a replica before "database" makes it a primary.
const KIND_NOUNS: readonly KindPhrases[] = [
  ["cdn", ["cdn", "content delivery network", "edge cache", "edge server", "edge location", "pop"]],
  ["load-balancer", ["load balancer", "balancer", "lb", "reverse proxy", "api gateway", "gateway", "ingress", "proxy"]],
  ["search-index", ["search index", "search engine", "search cluster", "search", "inverted index", "full text index"]],
  [
    "database-replica",
    ["replica", "read replica", "follower", "standby", "secondary", "slave", "read only copy", "replicas"],
  ],
  [
    "object-storage",
    ["object storage", "object store", "blob storage", "blob store", "blob", "bucket", "file storage"],
  ],
  ["cache", ["cache", "in memory store", "in memory cache", "caching layer", "memory cache"]],
  [
    "worker",
    ["worker", "consumer", "processor", "transcoder", "crawler", "fetcher", "background job", "cron", "scheduler"],
  ],
  ["queue", ["queue", "stream", "message broker", "broker", "pub sub", "pubsub", "event bus", "topic", "log stream"]],
  ["database-primary", ["database", "primary", "leader", "data store", "datastore", "sql", "ledger", "table"]],
  [
    "api-service",
    ["api", "service", "server", "backend", "microservice", "application", "monolith", "app server", "web server"],
  ],
  ["client", ["client", "browser", "user", "mobile", "phone", "frontend", "web app", "spa", "customer", "caller"]],
];

const KIND_PRODUCTS: readonly KindPhrases[] = [
  ["cdn", ["cloudfront", "akamai", "fastly", "cloudflare"]],
  ["load-balancer", ["nginx", "haproxy", "elb", "alb", "nlb", "envoy", "traefik", "kong"]],
  ["search-index", ["elasticsearch", "opensearch", "solr", "lucene", "algolia", "meilisearch", "typesense"]],
  ["cache", ["redis", "memcached", "memcache", "valkey", "elasticache", "varnish"]],
  ["object-storage", ["s3", "gcs", "minio", "azure blob", "r2"]],
  [
    "queue",
    ["kafka", "sqs", "sns", "rabbitmq", "rabbit", "kinesis", "nats", "pulsar", "activemq", "nsq", "eventbridge"],
  ],
  ["worker", ["celery", "sidekiq", "lambda"]],
  [
    "database-primary",
    [
      "postgres",
      "postgresql",
      "mysql",
      "mariadb",
      "mongo",
      "dynamo",
      "cassandra",
      "cockroach",
      "aurora",
      "spanner",
      "rds",
      "oracle",
      "sqlite",
      "scylla",
      "timescale",
      "influx",
      "clickhouse",
    ],
  ],
  ["api-service", ["express", "fastify", "django", "rails", "flask", "spring", "node"]],
  ["client", ["ios", "android", "desktop"]],
];

interface CompiledWord {
  raw: string;
  stem: string;
}

interface CompiledPhrase {
  kind: ComponentKind;
  words: readonly CompiledWord[];
}

// Words of a label: runs of letters and digits ("pub/sub" is two words). A camelCase word reads both
// whole and as its parts, so "CloudFront" and "RedisCache" both match.
const LABEL_WORD = /[A-Za-z0-9]+/g;
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;

/** Every pattern run on label text, for the linear-time test. */
export const LABEL_PATTERNS: readonly RegExp[] = [LABEL_WORD, CAMEL_BOUNDARY];

const MAX_LABEL_WORDS = 30;
const MAX_WORD_CHARS = 40;

function compiledWord(raw: string): CompiledWord {
  const word = raw.slice(0, MAX_WORD_CHARS);
  return { raw: word, stem: stemWord(word) };
}

function labelWords(label: string): CompiledWord[] {
  const words: CompiledWord[] = [];
  for (const match of label.slice(0, 200).matchAll(LABEL_WORD)) {
    if (words.length >= MAX_LABEL_WORDS) break;
    const written = match[0];
    words.push(compiledWord(written.toLowerCase()));
    const parts = written.replace(CAMEL_BOUNDARY, "$1 $2");
    if (parts !== written) for (const part of parts.toLowerCase().split(" ")) words.push(compiledWord(part));
  }
  return words;
}

function compile(table: readonly KindPhrases[]): CompiledPhrase[] {
  return table.flatMap(([kind, phrases]) => phrases.map((phrase) => ({ kind, words: labelWords(phrase) })));
}

const NOUN_PHRASES = compile(KIND_NOUNS);
const PRODUCT_PHRASES = compile(KIND_PRODUCTS);

/** True when `written` is the dictionary word or a plausible typo of it (see the header). */
export function isTypoOf(written: string, word: string): boolean {
  if (written === word) return true;
  if (written[0] !== word[0] || word.length < 4) return false;
  if (word.length === 4) return written.length === 4 && withinOneEdit(written, word) && isNeighbourSwap(written, word);
  if (word.length < 8) return withinOneEdit(written, word);
  return withinEdits(written, word, 2);
}

function isNeighbourSwap(a: string, b: string): boolean {
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

/** Edit distance (with neighbour swaps) at most `limit`, in a band: words are at most 40 letters. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? i) + 1, (current[j - 1] ?? i) + 1, (previous[j - 1] ?? i) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? i) + 1);
      }
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return false;
    before = previous;
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
}

function wordMatches(written: CompiledWord, word: CompiledWord): boolean {
  return written.stem === word.stem || written.raw === word.raw || isTypoOf(written.raw, word.raw);
}

function firstMatch(words: readonly CompiledWord[], phrases: readonly CompiledPhrase[]): ComponentKind | undefined {
  for (const phrase of phrases) {
    if (phrase.words.length === 0) continue;
    if (phrase.words.every((word) => words.some((written) => wordMatches(written, word)))) return phrase.kind;
  }
  return undefined;
}

/** The component kind a label names, or "other" when it names none we grade. */
export function componentKindOf(label: string): ComponentKind {
  const words = labelWords(label);
  if (words.length === 0) return "other";
  return firstMatch(words, NOUN_PHRASES) ?? firstMatch(words, PRODUCT_PHRASES) ?? "other";
}
