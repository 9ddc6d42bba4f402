import { describe, expect, it } from "vitest";
import {
  arrow,
  completeDesign,
  designWithoutCache,
  labelledBox,
  scene,
  sketchedBox,
  sketchedDesignWithTypos,
  unconnectedDesign,
} from "./scene-fixtures.fixture.ts";
import { ZWhiteboardSceneSchema } from "./scene-schema.ts";
import { sceneToGraph } from "./scene-to-graph.ts";

const graphOf = (input: unknown) => sceneToGraph(ZWhiteboardSceneSchema.parse(input));

describe("sceneToGraph", () => {
  it("reads a complete design: bound labels become nodes with kinds, bound arrows become labelled edges", () => {
    const { graph, danglingArrows } = graphOf(completeDesign());
    expect(graph.nodes).toEqual([
      { id: "client", label: "Web client", kind: "client" },
      { id: "lb", label: "Load balancer", kind: "load-balancer" },
      { id: "api", label: "API service", kind: "api-service" },
      { id: "api2", label: "API service", kind: "api-service" },
      { id: "cache", label: "Redis", kind: "cache" },
      { id: "db", label: "Postgres", kind: "database-primary" },
      { id: "replica", label: "Postgres replica", kind: "database-replica" },
      { id: "queue", label: "Kafka", kind: "queue" },
      { id: "worker", label: "Click counter worker", kind: "worker" },
    ]);
    expect(graph.edges).toEqual([
      { from: "client", to: "lb", label: "HTTPS", bidirectional: false },
      { from: "lb", to: "api", label: "", bidirectional: false },
      { from: "lb", to: "api2", label: "", bidirectional: false },
      { from: "api", to: "cache", label: "get code", bidirectional: false },
      { from: "api", to: "db", label: "on miss", bidirectional: false },
      { from: "db", to: "replica", label: "replication", bidirectional: false },
      { from: "api2", to: "queue", label: "click events", bidirectional: false },
      { from: "queue", to: "worker", label: "", bidirectional: false },
      { from: "worker", to: "db", label: "", bidirectional: false },
    ]);
    expect(danglingArrows).toEqual([]);
  });

  it("leaves deleted elements out", () => {
    const { graph } = graphOf(designWithoutCache());
    expect(graph.nodes.map((node) => node.id)).not.toContain("cache");
    expect(graph.edges.some((edge) => edge.to === "cache")).toBe(false);
    expect(graph.nodes).toHaveLength(8);
  });

  it("reads a sketch: typed-over labels, typos and synonyms, unbound arrows that stop short of the boxes", () => {
    const { graph, danglingArrows } = graphOf(sketchedDesignWithTypos());
    expect(graph.nodes.map((node) => [node.label, node.kind])).toEqual([
      ["Users (mobile)", "client"],
      ["laod balancer", "load-balancer"],
      ["App server", "api-service"],
      ["Memcached", "cache"],
      ["PostgreSQL", "database-primary"],
      ["read replica", "database-replica"],
      ["S3", "object-storage"],
      ["Elastcsearch", "search-index"],
    ]);
    expect(graph.edges).toEqual([
      { from: "users", to: "lb", label: "", bidirectional: false },
      { from: "lb", to: "app", label: "", bidirectional: false },
      { from: "app", to: "mc", label: "", bidirectional: false },
      { from: "app", to: "pg", label: "", bidirectional: true },
      { from: "pg", to: "rr", label: "", bidirectional: true },
      { from: "app", to: "s3", label: "", bidirectional: false },
      { from: "app", to: "es", label: "", bidirectional: false },
    ]);
    expect(danglingArrows).toEqual([]);
  });

  it("reports an arrow left open, with the component at its other end, and keeps lone boxes as nodes", () => {
    const { graph, danglingArrows } = graphOf(unconnectedDesign());
    expect(graph.nodes.map((node) => node.label)).toEqual([
      "Web client",
      "API service",
      "Postgres",
      "Click counter worker",
      "Redis",
    ]);
    expect(graph.edges).toHaveLength(2);
    expect(danglingArrows).toEqual([{ id: "loose", label: "", openEnd: "end", attachedTo: "API service" }]);
  });

  it("a head only at the start reverses the arrow", () => {
    const [a, aElements] = labelledBox("a", "Worker", 0, 0);
    const [b, bElements] = labelledBox("b", "Orders queue", 1, 0);
    const { graph } = graphOf(scene(aElements, bElements, arrow("x", a, b, { heads: "start" })));
    expect(graph.edges).toEqual([{ from: "b", to: "a", label: "", bidirectional: false }]);
  });

  it("a label typed inside a box nested in a region labels the inner box; the region keeps its own", () => {
    const region = { id: "region", type: "rectangle", x: -50, y: -50, width: 600, height: 300 };
    const regionName = { id: "region-name", type: "text", x: -40, y: -45, width: 120, height: 20, text: "EU region" };
    const [inner, innerElements] = sketchedBox("inner", "Redis", 0, 0);
    const [other, otherElements] = labelledBox("other", "API", 1, 0);
    const { graph } = graphOf(
      scene([region, regionName], innerElements, otherElements, arrow("x", other, inner, { bound: false })),
    );
    expect(graph.nodes).toEqual([
      { id: "region", label: "EU region", kind: "other" },
      { id: "inner", label: "Redis", kind: "cache" },
      { id: "other", label: "API", kind: "api-service" },
    ]);
    // The arrow ends inside both the region and the Redis box: the smaller box is the one meant.
    expect(graph.edges).toEqual([{ from: "other", to: "inner", label: "", bidirectional: false }]);
  });

  it("bare text with an arrow to it is a component; bare text with none is a note", () => {
    const [api, apiElements] = labelledBox("api", "API", 0, 0);
    const redis = { id: "redis", type: "text", x: 400, y: 10, width: 60, height: 25, text: "Redis" };
    const note = { id: "note", type: "text", x: 0, y: 400, width: 200, height: 25, text: "TODO: sharding" };
    const link = {
      id: "x",
      type: "arrow",
      x: 168,
      y: 30,
      width: 232,
      height: 0,
      points: [
        [0, 0],
        [232, 0],
      ],
      startBinding: { elementId: "api" },
      endBinding: { elementId: "redis" },
    };
    const { graph } = graphOf(scene(apiElements, [redis, note, link]));
    expect(graph.nodes).toEqual([
      { id: "api", label: "API", kind: "api-service" },
      { id: "redis", label: "Redis", kind: "cache" },
    ]);
    expect(graph.edges).toEqual([{ from: "api", to: "redis", label: "", bidirectional: false }]);
    expect(api.id).toBe("api");
  });

  it("ignores arrows from a box to itself, freehand strokes, frames and element types it does not read", () => {
    const [a, aElements] = labelledBox("a", "API", 0, 0);
    const [b, bElements] = labelledBox("b", "DB", 1, 0);
    const scribble = {
      id: "scribble",
      type: "freedraw",
      x: 0,
      y: 0,
      width: 10,
      height: 10,
      points: [
        [0, 0],
        [5, 5],
      ],
    };
    const frame = { id: "frame", type: "frame", x: -100, y: -100, width: 900, height: 500, name: "Backend" };
    const image = { id: "img", type: "image", x: 0, y: 300, width: 50, height: 50, fileId: "f1" };
    const { graph } = graphOf(
      scene(aElements, bElements, arrow("self", a, a), arrow("ok", a, b), [scribble, frame, image]),
    );
    expect(graph.nodes.map((node) => node.id)).toEqual(["a", "b"]);
    expect(graph.edges).toEqual([{ from: "a", to: "b", label: "", bidirectional: false }]);
  });

  it("collapses a multi-line label and cuts a very long one to the label limit", () => {
    const [, aElements] = labelledBox("a", "Read\n  replica\tof orders", 0, 0);
    const [, bElements] = labelledBox("b", `Cache ${"x".repeat(300)}`, 1, 0);
    const { graph } = graphOf(scene(aElements, bElements));
    expect(graph.nodes[0]).toEqual({ id: "a", label: "Read replica of orders", kind: "database-replica" });
    expect(graph.nodes[1]?.label).toHaveLength(100);
    expect(graph.nodes[1]?.kind).toBe("cache");
  });
});
