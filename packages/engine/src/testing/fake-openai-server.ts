// A local fake of the OpenAI chat completions API for tests: node:http on 127.0.0.1 (port 0), speaking
// POST /v1/chat/completions as JSON or, when the request says `stream: true`, as SSE
// (`data: {chunk}\n\n` … `data: [DONE]\n\n`) — so tests drive the real `openai` SDK over real HTTP.
// Replies are scripted per request (`enqueue`), else produced by `defaultReply` (by default a valid
// canned reply for whichever of the engine's response formats was requested). No timers: a `hang`
// reply stays open until `close()`, and a `gate` lets a test hold a stream half-sent.
// It also speaks POST /v1/audio/transcriptions (multipart; verbose_json with word timings from a
// scripted text, see enqueueTranscription) and /v1/audio/speech (a short WAV) for voice answers.
// Exported as "@interviewer/engine/testing" for the server's integration tests.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ModelCodingQuestion } from "../openai/model-output-schemas.ts";

export type FakeModelReply =
  | {
      kind: "completion";
      /** The assistant message content (for the engine: a JSON document). */
      content: string;
      usage?: { promptTokens: number; completionTokens: number };
      /** Characters per SSE chunk when streaming (default 12). */
      chunkSize?: number;
      /** When streaming: after this many chunks, wait for `gate` before sending the rest. */
      pauseAfterChunks?: number;
      gate?: Promise<void>;
      /** When streaming: awaited before every chunk. Benchmarks pass a fixed-rate timer; tests leave it out. */
      pace?: () => Promise<void>;
    }
  | { kind: "error"; status: number; message?: string; headers?: Record<string, string> }
  | { kind: "hang" };

export interface RecordedChatRequest {
  body: {
    model?: string;
    stream?: boolean;
    messages?: Array<{ role: string; content: unknown }>;
    response_format?: { type: string; json_schema?: { name?: string; schema?: unknown } };
    [key: string]: unknown;
  };
  headers: IncomingMessage["headers"];
}

export interface FakeOpenAIServer {
  /** Pass as the SDK's baseURL. */
  baseURL: string;
  /** Every chat completion request received, in order. */
  requests: RecordedChatRequest[];
  enqueue(...replies: FakeModelReply[]): void;
  /** Every /v1/audio request received (transcriptions and speech), in order. */
  audioRequests: RecordedAudioRequest[];
  /** Scripted replies of /v1/audio/transcriptions, in order; then `defaultTranscript`. */
  enqueueTranscription(...replies: FakeTranscriptionReply[]): void;
  close(): Promise<void>;
}

export interface FakeOpenAIServerOptions {
  defaultReply?: (request: RecordedChatRequest) => FakeModelReply;
  /** What /v1/audio/transcriptions says when nothing is scripted (default: CANNED_TRANSCRIPT). */
  defaultTranscript?: string;
}

/**
 * A transcription reply: the text, spoken at `msPerWord` (default 400 ms) with optional longer gaps before
 * given word indexes, so tests know the word timings and the pauses the metrics should find.
 */
export type FakeTranscriptionReply =
  | { kind: "transcript"; text: string; msPerWord?: number; gapsBeforeWordMs?: Record<number, number> }
  | { kind: "error"; status: number; message?: string };

export interface RecordedAudioRequest {
  path: "transcriptions" | "speech";
  /** Form fields (transcriptions) or JSON body fields (speech), as text. */
  fields: Record<string, string>;
  /** The uploaded file (transcriptions): its bytes, name and declared type. */
  file: { bytes: Uint8Array; name: string; type: string } | null;
}

export const CANNED_TRANSCRIPT =
  "Um, an index is, like, a sorted structure, basically a B-tree, that lets the database find rows without scanning the whole table.";

const DEFAULT_USAGE = { promptTokens: 120, completionTokens: 80 };

/**
 * A valid coding question with tests whose reference solutions pass them in every language, as the
 * model is asked to write it (test values as JSON text). Tests derive failing variants from it.
 */
export const CANNED_CODING_QUESTION: ModelCodingQuestion = {
  text: "Write a function that returns the length of the longest run of equal consecutive values in a list of integers.",
  keyPoints: [
    { label: "single pass", evidence: ["single pass", "one pass"] },
    { label: "linear time", evidence: ["o(n)", "linear time"] },
    { label: "empty input returns zero", evidence: ["empty list", "returns 0"] },
  ],
  wrongClaims: [
    {
      claim: "Sorting the list first finds the longest run",
      correction: "Sorting groups equal values that were never adjacent, so it changes the answer.",
      evidence: ["sort the list first"],
    },
  ],
  modelAnswer:
    "Walk the list once, keeping the length of the current run and the best seen. When a value equals the one before it the run grows, otherwise it restarts at one. An empty list has no run, so the answer is zero. This is O(n) time and O(1) space.",
  modelAnswerOutline: ["Track the current run and the best", "Restart the run on a change", "Empty list gives 0"],
  executable: {
    kind: "function",
    entryPoint: { javascript: "longestRun", typescript: "longestRun", python: "longest_run" },
    starterCode: {
      javascript:
        "/** The length of the longest run of equal consecutive values. */\nfunction longestRun(values) {\n  // Your code here.\n}\n",
      typescript:
        "/** The length of the longest run of equal consecutive values. */\nfunction longestRun(values: number[]): number {\n  // Your code here.\n}\n",
      python:
        'def longest_run(values):\n    """The length of the longest run of equal consecutive values."""\n    # Your code here.\n    pass\n',
    },
    comparison: "exact",
    examples: [{ name: "a run of three in the middle", args: "[[1,1,2,2,2,3]]", expected: "3" }],
    hiddenTests: [
      { name: "empty list", args: "[[]]", expected: "0" },
      { name: "one element", args: "[[7]]", expected: "1" },
      { name: "all equal", args: "[[4,4,4,4]]", expected: "4" },
      { name: "no repeats", args: "[[1,2,3]]", expected: "1" },
      { name: "negative numbers", args: "[[-1,-1,0]]", expected: "2" },
    ],
    referenceSolutions: {
      javascript:
        "function longestRun(values) {\n  let best = 0;\n  let current = 0;\n  for (let i = 0; i < values.length; i += 1) {\n    current = i > 0 && values[i] === values[i - 1] ? current + 1 : 1;\n    if (current > best) best = current;\n  }\n  return best;\n}\n",
      typescript:
        "function longestRun(values: number[]): number {\n  let best = 0;\n  let current = 0;\n  for (let i = 0; i < values.length; i += 1) {\n    current = i > 0 && values[i] === values[i - 1] ? current + 1 : 1;\n    if (current > best) best = current;\n  }\n  return best;\n}\n",
      python:
        "def longest_run(values):\n    best = 0\n    current = 0\n    for i, value in enumerate(values):\n        current = current + 1 if i > 0 and value == values[i - 1] else 1\n        best = max(best, current)\n    return best\n",
    },
  },
};

/** Valid replies for each structured output the engine asks for, keyed by response_format name. */
export const CANNED_MODEL_CONTENT: Readonly<Record<string, unknown>> = {
  answer_evaluation: {
    summary:
      "A solid answer that covers the main mechanism and one trade-off. It would be stronger with failure handling.",
    score: 7,
    strengths: ["Explained the core mechanism clearly."],
    gaps: ["Did not discuss failure handling."],
    improvement: "Describe what happens when the dependency is unavailable.",
    keyPointsCovered: ["core mechanism"],
    keyPointsMissed: ["failure handling"],
    evidence: { covered: [], missed: [{ point: "failure handling", hint: null }], wrongClaims: [] },
    modelAnswerOutline: ["State the mechanism", "Discuss trade-offs", "Cover failure handling"],
    followUp: { ask: true, question: "What happens when the dependency is down?" },
  },
  interview_question: {
    text: "How would you design an idempotent payment API endpoint?",
    keyPoints: [
      { label: "idempotency key", evidence: ["idempotency key", "request id"] },
      { label: "atomic storage of the result", evidence: ["transaction", "unique constraint"] },
      { label: "replay returns the stored response", evidence: ["stored response", "same response"] },
    ],
    wrongClaims: [
      {
        claim: "Retrying a POST is always safe",
        correction: "A retried POST can charge twice unless the server deduplicates it by key.",
        evidence: ["retry post always safe"],
      },
    ],
    modelAnswer:
      "The client sends an idempotency key with each payment request. The server stores the key and the result in one transaction, with a unique constraint on the key, so a retry with the same key returns the stored response instead of charging again.",
    modelAnswerOutline: ["Require an idempotency key", "Store key and result atomically", "Replay the stored response"],
  },
  coding_interview_question: CANNED_CODING_QUESTION,
  // interview.ask: a reply that states a constraint and no key point of the canned questions.
  interviewer_assist: {
    reply: "Assume about a thousand requests per second at peak, and state any other assumption you make.",
  },
  job_description_analysis: {
    level: "senior",
    levelEvidence: ["Senior Backend Engineer"],
    yearsOfExperienceStatements: [],
    domain: "fintech and payments",
    techStack: [{ name: "PostgreSQL", category: "database" }],
    keyResponsibilities: ["Design and operate payment services"],
    keyQualifications: ["Experience with distributed systems"],
  },
};

export function cannedReplyFor(request: RecordedChatRequest): FakeModelReply {
  const name = request.body.response_format?.json_schema?.name ?? "answer_evaluation";
  const content = CANNED_MODEL_CONTENT[name] ?? CANNED_MODEL_CONTENT.answer_evaluation;
  return { kind: "completion", content: JSON.stringify(content) };
}

let completionCounter = 0;

function usageBody(usage: { promptTokens: number; completionTokens: number }) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function sendCompletion(
  response: ServerResponse,
  reply: Extract<FakeModelReply, { kind: "completion" }>,
  request: RecordedChatRequest,
): Promise<void> {
  const id = `chatcmpl-fake-${++completionCounter}`;
  const model = request.body.model ?? "fake-model";
  const usage = usageBody(reply.usage ?? DEFAULT_USAGE);
  if (!request.body.stream) {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        id,
        object: "chat.completion",
        created: 0,
        model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: reply.content, refusal: null },
            finish_reason: "stop",
            logprobs: null,
          },
        ],
        usage,
      }),
    );
    return;
  }
  response.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  const send = (payload: unknown) => response.write(`data: ${JSON.stringify(payload)}\n\n`);
  const chunk = (delta: Record<string, unknown>, finishReason: string | null) => ({
    id,
    object: "chat.completion.chunk",
    created: 0,
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  });
  const size = reply.chunkSize ?? 12;
  const pieces: string[] = [];
  for (let index = 0; index < reply.content.length; index += size)
    pieces.push(reply.content.slice(index, index + size));
  send(chunk({ role: "assistant", content: "" }, null));
  for (const [index, piece] of pieces.entries()) {
    if (reply.gate && index === reply.pauseAfterChunks) await reply.gate;
    if (reply.pace) await reply.pace();
    send(chunk({ content: piece }, null));
  }
  send(chunk({}, "stop"));
  const streamOptions = request.body.stream_options as { include_usage?: boolean } | undefined;
  if (streamOptions?.include_usage)
    send({ id, object: "chat.completion.chunk", created: 0, model, choices: [], usage });
  response.write("data: [DONE]\n\n");
  response.end();
}

export async function startFakeOpenAIServer(options: FakeOpenAIServerOptions = {}): Promise<FakeOpenAIServer> {
  const queue: FakeModelReply[] = [];
  const requests: RecordedChatRequest[] = [];
  const defaultReply = options.defaultReply ?? cannedReplyFor;

  const transcriptions: FakeTranscriptionReply[] = [];
  const audioRequests: RecordedAudioRequest[] = [];
  const audio = { transcriptions, audioRequests, defaultTranscript: options.defaultTranscript ?? CANNED_TRANSCRIPT };

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method === "POST" && request.url?.includes("/audio/")) {
        await handleAudio(request, response, audio);
        return;
      }
      const raw = await readBody(request);
      if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
        response.writeHead(404, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: "Not found", type: "invalid_request_error" } }));
        return;
      }
      const recorded: RecordedChatRequest = { body: JSON.parse(raw || "{}"), headers: request.headers };
      requests.push(recorded);
      const reply = queue.shift() ?? defaultReply(recorded);
      if (reply.kind === "hang") return; // held open until close()
      if (reply.kind === "error") {
        response.writeHead(reply.status, {
          "content-type": "application/json",
          // Tell the SDK to retry immediately, so tests never wait for its backoff.
          "retry-after-ms": "0",
          ...reply.headers,
        });
        response.end(
          JSON.stringify({
            error: {
              message: reply.message ?? `Fake error ${reply.status}`,
              type: "server_error",
              code: null,
              param: null,
            },
          }),
        );
        return;
      }
      await sendCompletion(response, reply, recorded);
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    audioRequests,
    enqueueTranscription: (...replies) => transcriptions.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// /v1/audio: transcriptions (multipart form; verbose_json with word timestamps, from a scripted text)
// and speech (a short silent WAV). The form is parsed with the platform's own Request.formData().
async function handleAudio(
  request: IncomingMessage,
  response: ServerResponse,
  audio: { transcriptions: FakeTranscriptionReply[]; audioRequests: RecordedAudioRequest[]; defaultTranscript: string },
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (request.url?.endsWith("/audio/speech")) {
    const fields = Object.fromEntries(
      Object.entries(JSON.parse(body.toString("utf8") || "{}")).map(([key, value]) => [key, String(value)]),
    );
    audio.audioRequests.push({ path: "speech", fields, file: null });
    response.writeHead(200, { "content-type": "audio/wav" });
    response.end(silentWav(8000, 250));
    return;
  }
  if (!request.url?.endsWith("/audio/transcriptions")) {
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: { message: "Not found", type: "invalid_request_error" } }));
    return;
  }
  const form = await new Request("http://fake/", {
    method: "POST",
    headers: { "content-type": request.headers["content-type"] ?? "" },
    body,
  }).formData();
  const fields: Record<string, string> = {};
  let file: RecordedAudioRequest["file"] = null;
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") fields[key] = fields[key] === undefined ? value : `${fields[key]},${value}`;
    else file = { bytes: new Uint8Array(await value.arrayBuffer()), name: value.name, type: value.type };
  }
  audio.audioRequests.push({ path: "transcriptions", fields, file });
  const reply = audio.transcriptions.shift() ?? { kind: "transcript", text: audio.defaultTranscript };
  if (reply.kind === "error") {
    response.writeHead(reply.status, { "content-type": "application/json", "retry-after-ms": "0" });
    response.end(
      JSON.stringify({ error: { message: reply.message ?? `Fake error ${reply.status}`, type: "server_error" } }),
    );
    return;
  }
  const msPerWord = reply.msPerWord ?? 400;
  let at = 0;
  const words = reply.text
    .split(" ")
    .filter((word) => word.length > 0)
    .map((word, index) => {
      at += reply.gapsBeforeWordMs?.[index] ?? 0;
      const timing = { word: word.replace(/[,.?!]$/, ""), start: at / 1000, end: (at + msPerWord - 50) / 1000 };
      at += msPerWord;
      return timing;
    });
  response.writeHead(200, { "content-type": "application/json" });
  response.end(
    JSON.stringify({ task: "transcribe", language: "english", duration: at / 1000, text: reply.text, words }),
  );
}

/** A mono 16-bit PCM WAV of silence: enough for a client to play and for a sniffer to recognise. */
function silentWav(sampleRate: number, durationMs: number): Buffer {
  const samples = Math.round((sampleRate * durationMs) / 1000);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write("WAVEfmt ", 8, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples * 2, 40);
  return wav;
}
