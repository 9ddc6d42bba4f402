// The dashboard's delivery trend: the median pace (words a minute) and filler words a minute of each
// interview with spoken answers, oldest first (dashboard.summary's scoreTrend[].delivery). Loaded
// lazily with the other charts (recharts). The list under it is the text alternative, and it is
// visible: two numbers per interview read better as words than as a second axis.
import type { RouterOutputs } from "@interviewer/api";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useDocumentTheme } from "../layout/use-document-theme.ts";
import { formatDateTime } from "../ui/format.ts";
import "./voice.css";

type TrendPoint = RouterOutputs["dashboard"]["summary"]["scoreTrend"][number];

const dayFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });

/** SVG attributes cannot use var(): read the palette from the stylesheet (again on theme change). */
function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

export default function DeliveryTrend({ trend }: { trend: readonly TrendPoint[] }) {
  useDocumentTheme();
  const points = trend.flatMap((point) =>
    point.delivery
      ? [
          {
            id: point.interviewId,
            day: dayFormat.format(point.endedAt),
            when: formatDateTime(point.endedAt),
            title: point.title,
            pace: point.delivery.medianWordsPerMinute,
            fillers: point.delivery.fillersPerMinute,
          },
        ]
      : [],
  );
  if (points.length === 0) return null;
  const axis = cssColor("--text-muted");
  const grid = cssColor("--border");
  return (
    <figure className="card chart" data-testid="delivery-trend">
      <figcaption>How you came across: pace and filler words</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={points} margin={{ top: 12, right: 4, bottom: 4, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke={grid} />
          <XAxis dataKey="day" stroke={axis} tick={{ fill: axis, fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis yAxisId="pace" stroke={axis} tick={{ fill: axis, fontSize: 12 }} />
          <YAxis yAxisId="fillers" orientation="right" stroke={axis} tick={{ fill: axis, fontSize: 12 }} />
          <Tooltip wrapperStyle={{ outline: "none" }} />
          <Legend />
          <Line
            yAxisId="pace"
            dataKey="pace"
            name="Words a minute"
            stroke={cssColor("--accent")}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            yAxisId="fillers"
            dataKey="fillers"
            name="Fillers a minute"
            stroke={cssColor("--score-mid")}
            strokeWidth={2}
            strokeDasharray="5 3"
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
      <ul className="delivery-trend-list muted">
        {points.map((point) => (
          <li key={point.id}>
            {point.title}, {point.when}: {point.pace === null ? "pace not measured" : `${point.pace} words a minute`},{" "}
            {point.fillers === null ? "fillers not measured" : `${point.fillers} filler words a minute`}
          </li>
        ))}
      </ul>
    </figure>
  );
}
