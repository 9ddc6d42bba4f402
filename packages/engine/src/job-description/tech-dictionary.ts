// The technology dictionary: how languages, databases, queues, clouds, frameworks and infrastructure
// show up in job descriptions. Ids are what question-bank entries are tagged with. Patterns are
// matched case-insensitively on word boundaries; keep them specific ("go" alone is an English word).
import type { TechCategory, Technology } from "./analysis-schema.ts";

export interface TechEntry extends Technology {
  patterns: RegExp[];
}

function tech(id: string, name: string, category: TechCategory, ...patterns: RegExp[]): TechEntry {
  return { id, name, category, patterns };
}

export const TECH_DICTIONARY: readonly TechEntry[] = [
  // languages
  tech("typescript", "TypeScript", "language", /\btypescript\b/i, /\bts\b(?=[\s,/)])/),
  tech("javascript", "JavaScript", "language", /\bjavascript\b/i, /\becmascript\b/i),
  tech("nodejs", "Node.js", "language", /\bnode(?:\.js|js)?\b(?!\s+(?:of|in)\b)/i),
  tech("python", "Python", "language", /\bpython\b/i),
  tech("java", "Java", "language", /\bjava\b(?!\s*script)/i),
  tech("kotlin", "Kotlin", "language", /\bkotlin\b/i),
  tech("go", "Go", "language", /\bgolang\b/i, /\bGo\b(?=[\s,/)]|$)(?!\s+(?:to|live|through|beyond)\b)/),
  tech("rust", "Rust", "language", /\brust\b/i),
  tech("csharp", "C#", "language", /(?:^|[\s,(/])c#(?=[\s,/).]|$)/i, /\.net\b/i, /\bdotnet\b/i),
  tech("ruby", "Ruby", "language", /\bruby\b/i),
  tech("php", "PHP", "language", /\bphp\b/i),
  tech("scala", "Scala", "language", /\bscala\b/i),
  tech("elixir", "Elixir", "language", /\belixir\b/i),
  tech("cpp", "C++", "language", /\bc\+\+/i),
  // databases
  tech("postgresql", "PostgreSQL", "database", /\bpostgres(?:ql)?\b/i),
  tech("mysql", "MySQL", "database", /\bmysql\b/i, /\bmariadb\b/i),
  tech("sql", "SQL", "database", /\bsql\b/i),
  tech("mongodb", "MongoDB", "database", /\bmongo(?:db)?\b/i),
  tech("redis", "Redis", "database", /\bredis\b/i),
  tech("dynamodb", "DynamoDB", "database", /\bdynamo(?:db)?\b/i),
  tech("cassandra", "Cassandra", "database", /\bcassandra\b/i, /\bscylla(?:db)?\b/i),
  tech("elasticsearch", "Elasticsearch", "database", /\belastic\s?search\b/i, /\bopensearch\b/i),
  tech("sqlite", "SQLite", "database", /\bsqlite\b/i),
  tech("snowflake", "Snowflake", "database", /\bsnowflake\b/i),
  tech("bigquery", "BigQuery", "database", /\bbigquery\b/i),
  tech("clickhouse", "ClickHouse", "database", /\bclickhouse\b/i),
  // queues and streaming
  tech("kafka", "Kafka", "queue", /\bkafka\b/i),
  tech("rabbitmq", "RabbitMQ", "queue", /\brabbit\s?mq\b/i),
  tech("sqs", "Amazon SQS", "queue", /\bsqs\b/i),
  tech("sns", "Amazon SNS", "queue", /\bsns\b/i),
  tech("pubsub", "Google Pub/Sub", "queue", /\bpub\/sub\b/i),
  tech("nats", "NATS", "queue", /\bnats\b/i),
  tech("kinesis", "Kinesis", "queue", /\bkinesis\b/i),
  tech("celery", "Celery", "queue", /\bcelery\b/i),
  tech("bullmq", "BullMQ", "queue", /\bbull(?:mq)?\b/i),
  // clouds
  tech("aws", "AWS", "cloud", /\baws\b/i, /\bamazon web services\b/i, /\blambda\b/i, /\bec2\b/i, /\bs3\b/i),
  tech("gcp", "Google Cloud", "cloud", /\bgcp\b/i, /\bgoogle cloud\b/i),
  tech("azure", "Azure", "cloud", /\bazure\b/i),
  // frameworks
  tech("express", "Express", "framework", /\bexpress(?:\.js|js)?\b(?=[\s,/).]|$)/),
  tech("nestjs", "NestJS", "framework", /\bnest(?:\.js|js)\b/i),
  tech("fastify", "Fastify", "framework", /\bfastify\b/i),
  tech("django", "Django", "framework", /\bdjango\b/i),
  tech("flask", "Flask", "framework", /\bflask\b/i),
  tech("fastapi", "FastAPI", "framework", /\bfastapi\b/i),
  tech("spring", "Spring", "framework", /\bspring(?:\s?boot)?\b/i),
  tech("rails", "Ruby on Rails", "framework", /\brails\b/i),
  tech("laravel", "Laravel", "framework", /\blaravel\b/i),
  tech("graphql", "GraphQL", "framework", /\bgraphql\b/i),
  tech("grpc", "gRPC", "framework", /\bgrpc\b/i),
  tech("trpc", "tRPC", "framework", /\btrpc\b/i),
  // infrastructure
  tech("docker", "Docker", "infrastructure", /\bdocker\b/i, /\bcontainers?\b/i),
  tech("kubernetes", "Kubernetes", "infrastructure", /\bkubernetes\b/i, /\bk8s\b/i),
  tech("terraform", "Terraform", "infrastructure", /\bterraform\b/i),
  tech("microservices", "Microservices", "infrastructure", /\bmicro-?services?\b/i),
  tech(
    "observability",
    "Observability",
    "infrastructure",
    /\bobservability\b/i,
    /\bprometheus\b/i,
    /\bgrafana\b/i,
    /\bopentelemetry\b/i,
    /\bdatadog\b/i,
  ),
  tech("ci-cd", "CI/CD", "infrastructure", /\bci\/cd\b/i, /\bcontinuous (?:integration|delivery|deployment)\b/i),
  tech("nginx", "NGINX", "infrastructure", /\bnginx\b/i),
];

export function detectTechnologies(text: string): Technology[] {
  return TECH_DICTIONARY.filter((entry) => entry.patterns.some((pattern) => pattern.test(text))).map(
    ({ id, name, category }) => ({ id, name, category }),
  );
}
