// The dashboard's charts (recharts, loaded lazily so the first page stays small): overall score over
// time, and the average per topic. Each chart has a text alternative listing the same numbers.
import type { RouterOutputs } from "@interviewer/api";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useDocumentTheme } from "../layout/use-document-theme.ts";
import { formatDate } from "../ui/format.ts";
import { scoreTone } from "../ui/score-scale.ts";

type Summary = RouterOutputs["dashboard"]["summary"];

/** SVG attributes cannot use var(): read the palette once from the stylesheet. */
function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

export default function ScoreCharts({ summary }: { summary: Summary }) {
  // Re-render with the new palette when the theme changes (the colours below are read from CSS).
  useDocumentTheme();
  const trend = summary.scoreTrend.map((point) => ({
    id: point.interviewId,
    date: formatDate(point.endedAt),
    score: point.overallPercent,
  }));
  const topics = summary.topicAverages.map((topic) => ({ label: topic.label, score: topic.averagePercent }));
  const axis = cssColor("--text-muted");
  const line = cssColor("--accent");
  return (
    <div className="chart-grid">
      <figure className="card chart" data-testid="score-trend-chart">
        <figcaption>Overall score over time</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={trend} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={cssColor("--border")} />
            <XAxis dataKey="date" stroke={axis} fontSize={12} />
            <YAxis domain={[0, 100]} stroke={axis} fontSize={12} unit="%" />
            <Tooltip />
            <Line
              type="monotone"
              dataKey="score"
              name="Score"
              stroke={line}
              strokeWidth={2}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
        <ul className="visually-hidden">
          {trend.map((point) => (
            <li key={point.id}>
              {point.date}: {point.score}%
            </li>
          ))}
        </ul>
      </figure>
      <figure className="card chart" data-testid="topic-chart">
        <figcaption>Average by topic</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={topics} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={cssColor("--border")} />
            <XAxis type="number" domain={[0, 100]} stroke={axis} fontSize={12} unit="%" />
            <YAxis type="category" dataKey="label" stroke={axis} fontSize={12} width={120} />
            <Tooltip />
            <Bar dataKey="score" name="Average" isAnimationActive={false}>
              {topics.map((topic) => (
                <Cell key={topic.label} fill={cssColor(`--score-${scoreTone(topic.score)}`)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        <ul className="visually-hidden">
          {topics.map((topic) => (
            <li key={topic.label}>
              {topic.label}: {topic.score}%
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
