import { describe, expect, it } from "vitest";
import { type ComponentKind, componentKindOf, isTypoOf } from "./component-kinds.ts";

describe("componentKindOf", () => {
  const cases: [string, ComponentKind][] = [
    ["Redis", "cache"],
    ["memcached", "cache"],
    ["Feed cache", "cache"],
    ["RedisCache", "cache"],
    ["Postgres replica", "database-replica"],
    ["read replica", "database-replica"],
    ["Standby DB", "database-replica"],
    ["Postgres", "database-primary"],
    ["orders DB", "database-primary"],
    ["LB", "load-balancer"],
    ["nginx", "load-balancer"],
    ["API gateway", "load-balancer"],
    ["laod balancer", "load-balancer"],
    ["Load Balancer (L7)", "load-balancer"],
    ["S3", "object-storage"],
    ["Blob storage", "object-storage"],
    ["Elasticsearch", "search-index"],
    ["elastcsearch", "search-index"],
    ["search service", "search-index"],
    ["Kafka", "queue"],
    ["SQS", "queue"],
    ["Pub/Sub", "queue"],
    ["event stream", "queue"],
    ["Redis queue", "queue"],
    ["Transcoding workers", "worker"],
    ["Kafka consumer", "worker"],
    ["Web client", "client"],
    ["Mobile app", "client"],
    ["users", "client"],
    ["Order service", "api-service"],
    ["API", "api-service"],
    ["CDN", "cdn"],
    ["CloudFront", "cdn"],
    ["Stripe", "other"],
    ["", "other"],
  ];
  it.each(cases)("%s → %s", (label, kind) => {
    expect(componentKindOf(label)).toBe(kind);
  });

  it("does not read a different short word as a typo", () => {
    expect(componentKindOf("cash register")).toBe("other");
    expect(componentKindOf("DNS")).toBe("other");
  });
});

describe("isTypoOf", () => {
  it("takes swapped neighbours in 4-letter words, one edit from 5 letters, two from 8, same first letter", () => {
    expect(isTypoOf("laod", "load")).toBe(true);
    expect(isTypoOf("lord", "load")).toBe(false);
    expect(isTypoOf("cashe", "cache")).toBe(true);
    expect(isTypoOf("caxhx", "cache")).toBe(false);
    expect(isTypoOf("elastcsaerch", "elasticsearch")).toBe(true);
    expect(isTypoOf("elastic", "elasticsearch")).toBe(false);
    expect(isTypoOf("qeueu", "queue")).toBe(false);
    expect(isTypoOf("aueue", "queue")).toBe(false);
  });
});
