import type { ComponentChildren } from 'preact';
import type { ChartFrame } from '../results/charts';
import type { WaveOutcome } from '../results/results.service';
import { dayStart } from './days';

/**
 * What actions and milestones draw on a trend chart (results/charts.tsx `overlay`): a numbered dashed line where an
 * action started, and a milestone's target as a dashed line with a flag on its due day. The chart's x axis is the
 * waves in order, so a day is placed between the waves that closed around it.
 */

const DAY = 86_400_000;

/** The x of a moment, between the waves that closed around it; before the first or after the last, half a step out. */
export function xOfTime(frame: ChartFrame, waves: readonly Pick<WaveOutcome, 'closedAt'>[], t: number): number {
  const times = waves.map((w) => Date.parse(w.closedAt));
  const n = times.length;
  if (n === 0) return frame.left;
  const gap = n > 1 ? (times[n - 1] - times[0]) / (n - 1) : 14 * DAY;
  if (t <= times[0]) return frame.x(0) - (frame.step / 2) * Math.min(1, (times[0] - t) / gap);
  if (t >= times[n - 1]) return frame.x(n - 1) + (frame.step / 2) * Math.min(1, (t - times[n - 1]) / gap);
  const i = times.findIndex((ti, j) => t >= ti && t <= times[j + 1]);
  return frame.x(i) + (frame.step * (t - times[i])) / (times[i + 1] - times[i] || 1);
}

export interface ActionMark {
  number: number;
  startsOn: string;
}

/** Numbered dashed lines at the actions' starts; badges of actions that start close together are stacked. */
export function actionOverlay(waves: readonly WaveOutcome[], marks: readonly ActionMark[]) {
  return (frame: ChartFrame) => {
    let lastX = -Infinity;
    let stack = 0;
    const sorted = [...marks].map((m) => ({ ...m, x: xOfTime(frame, waves, dayStart(m.startsOn)) })).sort((a, b) => a.x - b.x);
    return (
      <g class="action-marks">
        {sorted.map((m) => {
          stack = m.x - lastX < 16 ? stack + 1 : 0;
          lastX = m.x;
          const cy = frame.top + 8 + stack * 16;
          return (
            <g class="action-mark">
              <line x1={m.x} x2={m.x} y1={frame.top} y2={frame.bottom} />
              <circle cx={m.x} cy={cy} r="7" />
              <text x={m.x} y={cy + 4} text-anchor="middle">
                {m.number}
              </text>
            </g>
          );
        })}
      </g>
    );
  };
}

/**
 * A milestone: its target as a dashed line, a flag on the due day (an arrow at the right edge when it lies ahead),
 * and its label on the side of the line away from the latest value, so the two do not overlap.
 */
export function targetOverlay(waves: readonly WaveOutcome[], target: { measure: string; value: number; dueOn: string; label: string }) {
  const latest = waves.filter((w) => w.published && w.scores?.[target.measure]).at(-1)?.scores?.[target.measure].value;
  return (frame: ChartFrame) => {
    const y = frame.y(target.value);
    const below = latest !== undefined && latest > target.value ? y + 16 <= frame.bottom : y - 8 < frame.top;
    const x = xOfTime(frame, waves, dayStart(target.dueOn));
    const ahead = x >= frame.right - 1;
    const fx = Math.min(x, frame.right - 6);
    return (
      <g class="target-mark">
        <line class="target-line" x1={frame.left} x2={frame.right} y1={y} y2={y} />
        {ahead ? (
          <path class="target-flag" d={`M${frame.right - 8},${y - 6}L${frame.right},${y}L${frame.right - 8},${y + 6}Z`} />
        ) : (
          <path class="target-flag" d={`M${fx},${y - 6}L${fx + 6},${y}L${fx},${y + 6}L${fx - 6},${y}Z`} />
        )}
        <text class="target-label" x={frame.right - 10} y={below ? y + 16 : y - 8} text-anchor="end">
          {target.label}
        </text>
      </g>
    );
  };
}

/** Both overlays on one chart. */
export const overlays =
  (...parts: ((frame: ChartFrame) => ComponentChildren)[]) =>
  (frame: ChartFrame) => <>{parts.map((p) => p(frame))}</>;
