// What the API reports for monitoring. The host implements it (Prometheus via prom-client in
// apps/server); the API only says what happened, so it stays free of any metrics library.
export interface ModelCallObservation {
  /** "evaluate" for grading an answer; more call kinds can follow. */
  operation: "evaluate";
  provider: string;
  model: string | null;
  fallback: boolean;
  durationMs: number;
  usage: { promptTokens: number; completionTokens: number } | null;
}

export interface ApiMetrics {
  modelCall(observation: ModelCallObservation): void;
}
