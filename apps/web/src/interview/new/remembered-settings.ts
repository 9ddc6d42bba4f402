// The new-interview choices, remembered per account in localStorage so the next interview starts from
// the last one. Only choices are kept (never the job description, which can be long and personal), and
// what is read back is checked field by field: a value from an older version of the form, or another
// hand, falls back to the default instead of reaching the API.
import {
  DEFAULT_PLAN_SETTINGS,
  isDifficulty,
  isTopicId,
  LANGUAGE_OPTIONS,
  type PlanSettings,
  QUESTIONS_PER_TOPIC_OPTIONS,
  TIME_LIMIT_OPTIONS,
} from "../plan-options.ts";

const storageKey = (userId: string) => `interviewer:new-interview-settings:${userId}`;

function includes(list: readonly unknown[], value: unknown): boolean {
  return list.includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Valid stored fields over the defaults. */
export function settingsFrom(stored: unknown): PlanSettings {
  if (!isRecord(stored)) return { ...DEFAULT_PLAN_SETTINGS };
  const defaults = DEFAULT_PLAN_SETTINGS;
  const topics = Array.isArray(stored.topics) ? [...new Set(stored.topics.filter(isTopicId))] : [];
  const questionsPerTopic = stored.questionsPerTopic;
  const language = stored.language;
  const timeLimit = stored.timeLimitMinutes;
  return {
    // An empty choice is not worth restoring: it only disables Start.
    topics: topics.length > 0 ? topics : [...defaults.topics],
    questionsPerTopic:
      typeof questionsPerTopic === "number" && includes(QUESTIONS_PER_TOPIC_OPTIONS, questionsPerTopic)
        ? questionsPerTopic
        : defaults.questionsPerTopic,
    difficulty: isDifficulty(stored.difficulty) ? stored.difficulty : defaults.difficulty,
    language: typeof language === "string" && includes(LANGUAGE_OPTIONS, language) ? language : defaults.language,
    timeLimitMinutes:
      timeLimit === null || (typeof timeLimit === "number" && includes(TIME_LIMIT_OPTIONS, timeLimit))
        ? timeLimit
        : defaults.timeLimitMinutes,
  };
}

/** The account's last choices, or the defaults (also when storage is unavailable or holds junk). */
export function loadPlanSettings(userId: string): PlanSettings {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    return settingsFrom(raw === null ? null : JSON.parse(raw));
  } catch {
    return { ...DEFAULT_PLAN_SETTINGS };
  }
}

export function savePlanSettings(userId: string, settings: PlanSettings): void {
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(settings));
  } catch {
    // Storage full or disabled (private mode): the form still works, it just will not remember.
  }
}

export function forgetPlanSettings(userId: string): void {
  try {
    localStorage.removeItem(storageKey(userId));
  } catch {
    // As above: nothing to forget when storage is unavailable.
  }
}
