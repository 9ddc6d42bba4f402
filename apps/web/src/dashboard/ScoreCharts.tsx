// The dashboard's charts (recharts, loaded lazily so the first page stays small): the overall score of
// each interview that counts, and the average per topic. Every point of the trend is a link to its
// report (click it, or Tab to it and press Enter); the axis names each interview by day and time, so
// two on one day are told apart; topic names wrap instead of overlapping; tooltips use the page's
// surface and text colours, so they read in both themes. Each chart has a text alternative.
import type { RouterOutputs } from "@interviewer/api";
import type { KeyboardEvent } from "react";
import { useNavigate } from "react-router";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { useDocumentTheme } from "../layout/use-document-theme.ts";
import { formatDateTime } from "../ui/format.ts";
import { scoreTone } from "../ui/score-scale.ts";

type Summary = RouterOutputs["dashboard"]["summary"];

interface TrendPoint {
  id: string;
  day: string;
  time: string;
  when: string;
  title: string;
  level: string;
  score: number;
  answered: number;
}

const dayFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" });
const TOPIC_LABEL_CHARS = 16;

/** SVG attributes cannot use var(): read the palette from the stylesheet (again on theme change). */
function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

/** A label cut into lines at word boundaries, for a vertical axis narrower than the longest names. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function pointLabel(point: TrendPoint): string {
  return `${point.title}, ${point.when}: ${point.score}%. Open the report`;
}

function TrendTooltip({ active, activeIndex, points }: Partial<TooltipContentProps> & { points: TrendPoint[] }) {
  const point = active && activeIndex !== null && activeIndex !== undefined ? points[Number(activeIndex)] : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{point.title}</p>
      <p>
        {point.when} · {point.level}
      </p>
      <p>
        <strong>{point.score}%</strong> over {point.answered} answer{point.answered === 1 ? "" : "s"}
      </p>
      <p className="muted">Click the point to open the report</p>
    </div>
  );
}

function TopicTooltip({
  active,
  activeIndex,
  topics,
}: Partial<TooltipContentProps> & { topics: Summary["topicAverages"] }) {
  const topic = active && activeIndex !== null && activeIndex !== undefined ? topics[Number(activeIndex)] : undefined;
  if (!topic) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{topic.label}</p>
      <p>
        <strong>{topic.averagePercent}%</strong> over {topic.answeredQuestions} answer
        {topic.answeredQuestions === 1 ? "" : "s"} in {topic.interviews} interview{topic.interviews === 1 ? "" : "s"}
      </p>
    </div>
  );
}

export default function ScoreCharts({ summary }: { summary: Summary }) {
  // Re-render with the new palette when the theme changes (the colours below are read from CSS).
  useDocumentTheme();
  const navigate = useNavigate();
  const points: TrendPoint[] = summary.scoreTrend.map((point) => ({
    id: point.interviewId,
    day: dayFormat.format(point.endedAt),
    time: timeFormat.format(point.endedAt),
    when: formatDateTime(point.endedAt),
    title: point.title,
    level: point.difficulty,
    score: point.overallPercent,
    answered: point.answeredQuestions,
  }));
  const byId = new Map(points.map((point) => [point.id, point]));
  const topics = summary.topicAverages;
  const axis = cssColor("--text-muted");
  const text = cssColor("--text");
  const line = cssColor("--accent");
  const surface = cssColor("--surface");
  const grid = cssColor("--border");
  const openReport = (id: string) => navigate(`/interviews/${id}/report`);
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openReport(id);
    }
  };

  return (
    <div className="chart-grid">
      <figure className="card chart" data-testid="score-trend-chart">
        <figcaption>Overall score per interview</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 12, right: 16, bottom: 4, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke={grid} />
            <XAxis
              dataKey="id"
              stroke={axis}
              height={40}
              interval="preserveStartEnd"
              minTickGap={12}
              // What recharts measures to keep ticks apart (the drawn tick is the custom one below).
              tickFormatter={(id) => byId.get(String(id))?.time ?? ""}
              tick={({ x, y, payload }) => {
                const point = byId.get(String(payload.value));
                return (
                  <text x={x} y={y} dy={14} textAnchor="middle" fill={axis} fontSize={12}>
                    <tspan x={x}>{point?.day}</tspan>
                    <tspan x={x} dy={14}>
                      {point?.time}
                    </tspan>
                  </text>
                );
              }}
            />
            <YAxis domain={[0, 100]} stroke={axis} tick={{ fill: axis, fontSize: 12 }} unit="%" />
            <Tooltip
              cursor={{ stroke: grid }}
              content={(props) => <TrendTooltip {...props} points={points} />}
              wrapperStyle={{ outline: "none" }}
            />
            <Line
              type="monotone"
              dataKey="score"
              name="Score"
              stroke={line}
              strokeWidth={2}
              isAnimationActive={false}
              // The hover highlight lets clicks through to the point's link beneath (dashboard.css).
              activeDot={({ cx, cy, index }) => {
                const point = points[index];
                return point && cx !== undefined && cy !== undefined ? (
                  <circle
                    cx={cx}
                    cy={cy}
                    r={7}
                    fill={line}
                    stroke={surface}
                    strokeWidth={2}
                    className="trend-dot-active"
                  />
                ) : null;
              }}
              dot={({ cx, cy, index }) => {
                const point = points[index];
                if (!point || cx === undefined || cy === undefined) return null;
                return (
                  // biome-ignore lint/a11y/useSemanticElements: SVG has no <a> React types for chart points; role="link" with Enter is the pattern.
                  <g
                    key={point.id}
                    role="link"
                    tabIndex={0}
                    aria-label={pointLabel(point)}
                    className="trend-dot"
                    data-testid="trend-point"
                    onClick={() => openReport(point.id)}
                    onKeyDown={(event) => onKey(event, point.id)}
                  >
                    {/* A larger transparent target, easier to hit with a finger than the 5px dot. */}
                    <circle cx={cx} cy={cy} r={14} fill="transparent" />
                    <circle cx={cx} cy={cy} r={5} fill={surface} stroke={line} strokeWidth={2} />
                    <circle className="trend-dot-focus" cx={cx} cy={cy} r={9} fill="none" strokeWidth={3} />
                  </g>
                );
              }}
            />
          </LineChart>
        </ResponsiveContainer>
        <ul className="visually-hidden">
          {points.map((point) => (
            <li key={point.id}>
              {point.title}, {point.when}: {point.score}%
            </li>
          ))}
        </ul>
      </figure>
      <figure className="card chart" data-testid="topic-chart">
        <figcaption>Average by topic</figcaption>
        <ResponsiveContainer width="100%" height={Math.max(160, topics.length * 52 + 40)}>
          <BarChart
            data={topics}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={grid} />
            <XAxis type="number" domain={[0, 100]} stroke={axis} tick={{ fill: axis, fontSize: 12 }} unit="%" />
            <YAxis
              type="category"
              dataKey="label"
              stroke={axis}
              width={128}
              interval={0}
              tick={({ x, y, payload }) => {
                const lines = wrapWords(String(payload.value), TOPIC_LABEL_CHARS);
                return (
                  <text x={x} y={y} textAnchor="end" fill={text} fontSize={12}>
                    {lines.map((part, index) => (
                      <tspan key={part} x={x} dx={-4} dy={index === 0 ? 4 - ((lines.length - 1) * 14) / 2 : 14}>
                        {part}
                      </tspan>
                    ))}
                  </text>
                );
              }}
            />
            <Tooltip
              cursor={{ fill: grid, opacity: 0.4 }}
              content={(props) => <TopicTooltip {...props} topics={topics} />}
              wrapperStyle={{ outline: "none" }}
            />
            <Bar dataKey="averagePercent" name="Average" isAnimationActive={false}>
              {topics.map((topic) => (
                <Cell key={topic.topic} fill={cssColor(`--score-${scoreTone(topic.averagePercent)}`)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        <ul className="visually-hidden">
          {topics.map((topic) => (
            <li key={topic.topic}>
              {topic.label}: {topic.averagePercent}%
            </li>
          ))}
        </ul>
      </figure>
    </div>
  );
}
