// Whiteboard scenes for the tests, built the way Excalidraw writes them: shapes with bound label text
// (containerId), arrows bound to shapes (start/endBinding) with points relative to the arrow's x/y, and,
// for the hand-drawn cases, free text on top of a box and arrows that merely end near one.
import type { WhiteboardElement, WhiteboardScene } from "./scene-schema.ts";

export interface PlacedBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const BOX_WIDTH = 160;
export const BOX_HEIGHT = 60;

/** A rectangle at column/row of a grid, with its label bound inside it. */
export function labelledBox(id: string, label: string, column: number, row: number): [PlacedBox, WhiteboardElement[]] {
  const box = { id, x: column * 260, y: row * 140, width: BOX_WIDTH, height: BOX_HEIGHT };
  return [
    box,
    [
      { ...box, type: "rectangle", boundElements: [{ id: `${id}-text`, type: "text" }], strokeColor: "#1e1e1e" },
      {
        id: `${id}-text`,
        type: "text",
        x: box.x + 10,
        y: box.y + 18,
        width: BOX_WIDTH - 20,
        height: 25,
        text: label,
        originalText: label,
        containerId: id,
        fontSize: 20,
      },
    ],
  ];
}

/** A rectangle with a label typed on top of it, not bound (what a quick sketch often is). */
export function sketchedBox(
  id: string,
  label: string,
  column: number,
  row: number,
  type: "rectangle" | "ellipse" | "diamond" = "rectangle",
): [PlacedBox, WhiteboardElement[]] {
  const box = { id, x: column * 260, y: row * 140, width: BOX_WIDTH, height: BOX_HEIGHT };
  return [
    box,
    [
      { ...box, type },
      { id: `${id}-note`, type: "text", x: box.x + 20, y: box.y + 20, width: 100, height: 20, text: label },
    ],
  ];
}

function centre(box: PlacedBox): [number, number] {
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** An arrow between two boxes' edges, bound to both unless `bound` is false (then it stops 8px short). */
export function arrow(
  id: string,
  from: PlacedBox,
  to: PlacedBox,
  options: { label?: string; bound?: boolean; heads?: "end" | "both" | "start" | "none"; type?: "arrow" | "line" } = {},
): WhiteboardElement[] {
  const [fromX, fromY] = centre(from);
  const [toX, toY] = centre(to);
  const rightwards = toX > fromX + 1;
  const downwards = !rightwards && toY > fromY;
  // Leave the source through the side facing the target and enter the target the same way.
  const start: [number, number] = rightwards
    ? [from.x + from.width + 8, fromY]
    : downwards
      ? [fromX, from.y + from.height + 8]
      : [from.x - 8, fromY];
  const end: [number, number] = rightwards ? [to.x - 8, toY] : downwards ? [toX, to.y - 8] : [to.x + to.width + 8, toY];
  const heads = options.heads ?? "end";
  const bound = options.bound ?? true;
  const elements: WhiteboardElement[] = [
    {
      id,
      type: options.type ?? "arrow",
      x: start[0],
      y: start[1],
      width: Math.abs(end[0] - start[0]),
      height: Math.abs(end[1] - start[1]),
      points: [
        [0, 0],
        [end[0] - start[0], end[1] - start[1]],
      ],
      startBinding: bound ? { elementId: from.id, focus: 0, gap: 8 } : null,
      endBinding: bound ? { elementId: to.id, focus: 0, gap: 8 } : null,
      startArrowhead: heads === "both" || heads === "start" ? "arrow" : null,
      endArrowhead: heads === "both" || heads === "end" ? "arrow" : null,
      boundElements: options.label ? [{ id: `${id}-label`, type: "text" }] : null,
    },
  ];
  if (options.label) {
    elements.push({
      id: `${id}-label`,
      type: "text",
      x: (start[0] + end[0]) / 2 - 20,
      y: (start[1] + end[1]) / 2 - 10,
      width: 40,
      height: 20,
      text: options.label,
      containerId: id,
    });
  }
  return elements;
}

/** An arrow from a box to an empty point of the canvas. */
export function danglingArrow(id: string, from: PlacedBox, toX: number, toY: number): WhiteboardElement[] {
  const [, fromY] = centre(from);
  const startX = from.x + from.width + 8;
  return [
    {
      id,
      type: "arrow",
      x: startX,
      y: fromY,
      width: Math.abs(toX - startX),
      height: Math.abs(toY - fromY),
      points: [
        [0, 0],
        [toX - startX, toY - fromY],
      ],
      startBinding: { elementId: from.id, focus: 0, gap: 8 },
      endBinding: null,
      startArrowhead: null,
      endArrowhead: "arrow",
    },
  ];
}

export function scene(...parts: WhiteboardElement[][]): WhiteboardScene {
  return { type: "excalidraw", version: 2, source: "https://excalidraw.com", elements: parts.flat(), appState: {} };
}

// The boxes of a complete URL-shortener design, shared by the fixtures below.
const [client, clientElements] = labelledBox("client", "Web client", 0, 1);
const [balancer, balancerElements] = labelledBox("lb", "Load balancer", 1, 1);
const [api, apiElements] = labelledBox("api", "API service", 2, 1);
const [api2, api2Elements] = labelledBox("api2", "API service", 2, 2);
const [cache, cacheElements] = labelledBox("cache", "Redis", 3, 0);
const [primary, primaryElements] = labelledBox("db", "Postgres", 3, 1);
const [replica, replicaElements] = labelledBox("replica", "Postgres replica", 4, 1);
const [queue, queueElements] = labelledBox("queue", "Kafka", 3, 2);
const [worker, workerElements] = labelledBox("worker", "Click counter worker", 4, 2);

/** Client → LB → two API instances → Redis and Postgres (with a replica); clicks go through Kafka. */
export function completeDesign(): WhiteboardScene {
  return scene(
    clientElements,
    balancerElements,
    apiElements,
    api2Elements,
    cacheElements,
    primaryElements,
    replicaElements,
    queueElements,
    workerElements,
    arrow("a1", client, balancer, { label: "HTTPS" }),
    arrow("a2", balancer, api),
    arrow("a3", balancer, api2),
    arrow("a4", api, cache, { label: "get code" }),
    arrow("a5", api, primary, { label: "on miss" }),
    arrow("a6", primary, replica, { label: "replication" }),
    arrow("a7", api2, queue, { label: "click events" }),
    arrow("a8", queue, worker),
    arrow("a9", worker, primary),
  );
}

/** The complete design with the cache and its arrow removed (deleted elements stay in the scene). */
export function designWithoutCache(): WhiteboardScene {
  const full = completeDesign();
  return {
    ...full,
    elements: full.elements.map((element) =>
      element.id === "cache" || element.id === "cache-text" || element.id === "a4"
        ? { ...element, isDeleted: true }
        : element,
    ),
  };
}

/** The complete design without the replica. */
export function designWithoutReplica(): WhiteboardScene {
  const full = completeDesign();
  const gone = new Set(["replica", "replica-text", "a6", "a6-label"]);
  return { ...full, elements: full.elements.filter((element) => !gone.has(element.id)) };
}

/** Boxes drawn but left unconnected, and an arrow that ends on empty canvas. */
export function unconnectedDesign(): WhiteboardScene {
  return scene(
    clientElements,
    apiElements,
    primaryElements,
    workerElements,
    cacheElements,
    arrow("a1", client, api),
    arrow("a2", api, primary),
    danglingArrow("loose", api, api.x + 200, api.y - 100),
  );
}

/** Labels with typos and synonyms, typed over the boxes, with unbound arrows that stop short. */
export function sketchedDesignWithTypos(): WhiteboardScene {
  const [users, usersElements] = sketchedBox("users", "Users (mobile)", 0, 1, "ellipse");
  const [lb, lbElements] = sketchedBox("lb", "laod balancer", 1, 1);
  const [app, appElements] = sketchedBox("app", "App server", 2, 1);
  const [memcached, memcachedElements] = sketchedBox("mc", "Memcached", 3, 0);
  const [pg, pgElements] = sketchedBox("pg", "PostgreSQL", 3, 1, "diamond");
  const [readReplica, readReplicaElements] = sketchedBox("rr", "read replica", 4, 1);
  const [files, filesElements] = sketchedBox("s3", "S3", 3, 2);
  const [search, searchElements] = sketchedBox("es", "Elastcsearch", 3, 3);
  return scene(
    usersElements,
    lbElements,
    appElements,
    memcachedElements,
    pgElements,
    readReplicaElements,
    filesElements,
    searchElements,
    arrow("b1", users, lb, { bound: false }),
    arrow("b2", lb, app, { bound: false }),
    arrow("b3", app, memcached, { bound: false }),
    arrow("b4", app, pg, { bound: false, heads: "both" }),
    arrow("b5", pg, readReplica, { bound: false, type: "line", heads: "none" }),
    arrow("b6", app, files, { bound: false }),
    arrow("b7", app, search, { bound: false }),
  );
}
