// The hints and clarifying questions the grader counts for a turn: those of every attempt at the same
// question up to this one, so hints taken on a first attempt still cap the retry (the candidate has
// seen them), while each turn keeps its own per-question caps for asking.
import type { TurnAssist } from "@interviewer/engine";
import type { TurnRecord } from "./interview-codec.ts";

export function assistsOfQuestion(turns: readonly TurnRecord[], turn: TurnRecord): TurnAssist[] {
  const earlier = turns.filter(
    (each) => each.questionId === turn.questionId && each.position < turn.position && each.id !== turn.id,
  );
  return [...earlier.flatMap((each) => each.assists), ...turn.assists];
}
