// The skill view's chart: one line per topic, its weekly strength (mean score × 10, in %), weeks along
// the bottom. Colours are read from the stylesheet so both themes work; the list in SkillView.tsx is
// the text alternative.
import type { RouterOutputs } from "@interviewer/api";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useDocumentTheme } from "../layout/use-document-theme.ts";

type SkillTopic = RouterOutputs["drill"]["skills"]["topics"][number];

const weekFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
/** Line colours, distinct in both themes; a topic keeps its colour by its position in the product's order. */
const LINE_VARIABLES = ["--accent", "--score-high", "--score-mid", "--score-low", "--text-muted", "--text"];

function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

export default function SkillChart({ topics }: { topics: SkillTopic[] }) {
  useDocumentTheme();
  const weeks = [...new Set(topics.flatMap((topic) => topic.weeks.map((week) => week.weekStart.getTime())))].sort(
    (a, b) => a - b,
  );
  const rows = weeks.map((week) => {
    const row: Record<string, number | string | null> = { week: weekFormat.format(week) };
    for (const topic of topics) {
      const found = topic.weeks.find((entry) => entry.weekStart.getTime() === week);
      row[topic.topic] = found ? Math.round(found.meanScore * 10) : null;
    }
    return row;
  });
  const axis = cssColor("--text-muted");
  const grid = cssColor("--border");
  const surface = cssColor("--surface");
  const text = cssColor("--text");
  return (
    <figure className="chart" data-testid="skill-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke={grid} />
          <XAxis dataKey="week" stroke={axis} tick={{ fill: axis, fontSize: 12 }} />
          <YAxis domain={[0, 100]} stroke={axis} tick={{ fill: axis, fontSize: 12 }} unit="%" />
          <Tooltip
            contentStyle={{ background: surface, borderColor: grid, color: text }}
            labelStyle={{ color: text }}
            formatter={(value) => `${String(value)}%`}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: text }} />
          {topics.map((topic, index) => (
            <Line
              key={topic.topic}
              type="monotone"
              dataKey={topic.topic}
              name={topic.topicLabel}
              stroke={cssColor(LINE_VARIABLES[index % LINE_VARIABLES.length] ?? "--accent")}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
