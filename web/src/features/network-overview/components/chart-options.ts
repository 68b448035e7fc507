import * as Plot from '@observablehq/plot';
import { splitHidden, type ChartPoint } from '../model/cells.ts';

/** Colours with at least 4.5:1 against white, so bars and lines stand out and text on them reads. */
export const SERIES_COLOURS = ['#1f5fa8', '#a8430b'] as const;
const INK = '#1b1b1b';
const WIDTH = 640;

/** Bars per month (or topic) with the hidden ones marked "< 5" on the axis, never with a value. */
export function countBars(
  points: readonly ChartPoint[],
  threshold: number,
  valueLabel: string,
  direction: 'vertical' | 'horizontal' = 'vertical',
): Plot.PlotOptions {
  const { shown, hidden } = splitHidden(points, threshold);
  const domain = points.map((p) => p.label);
  const hiddenText = () => `< ${threshold}`;
  if (direction === 'horizontal') {
    return {
      width: WIDTH,
      height: 40 + 28 * points.length,
      marginLeft: 200,
      y: { domain, label: null },
      x: { grid: true, label: valueLabel, nice: true },
      marks: [
        Plot.barX(shown, { y: 'label', x: 'value', fill: SERIES_COLOURS[0] }),
        Plot.text(hidden, {
          y: 'label',
          x: 0,
          text: hiddenText,
          dx: 6,
          textAnchor: 'start',
          fill: INK,
        }),
        Plot.ruleX([0]),
      ],
    };
  }
  return {
    width: WIDTH,
    height: 260,
    x: { domain, label: null },
    y: { grid: true, label: valueLabel, nice: true },
    marks: [
      Plot.barY(shown, { x: 'label', y: 'value', fill: SERIES_COLOURS[0] }),
      Plot.text(hidden, { x: 'label', y: 0, text: hiddenText, dy: -8, fill: INK }),
      Plot.ruleY([0]),
    ],
  };
}

export interface LineSeries {
  name: string;
  points: readonly ChartPoint[];
}

/** One or two lines per month; a month without a shown value leaves a gap in its line. */
export function monthLines(
  series: readonly LineSeries[],
  options: { valueLabel: string; domain?: [number, number]; percent?: boolean; zero?: boolean },
): Plot.PlotOptions {
  const labels = series[0]?.points.map((p) => p.label) ?? [];
  return {
    width: WIDTH,
    height: 260,
    x: { domain: labels, label: null, type: 'point', padding: 0.5 },
    y: {
      grid: true,
      label: options.valueLabel,
      domain: options.domain,
      zero: options.zero,
      tickFormat: options.percent ? '%' : undefined,
    },
    color:
      series.length > 1
        ? {
            legend: true,
            domain: series.map((s) => s.name),
            range: series.map((_, i) => SERIES_COLOURS[i % SERIES_COLOURS.length]!),
          }
        : undefined,
    marks: series.flatMap((s, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
      const data = s.points.map((p) => ({ label: p.label, value: p.value }));
      return [
        // The second line is dashed, so the two differ by more than their colour.
        Plot.lineY(data, {
          x: 'label',
          y: 'value',
          stroke: colour,
          strokeWidth: 2,
          strokeDasharray: i === 0 ? undefined : '6 4',
        }),
        Plot.dot(data, {
          x: 'label',
          y: 'value',
          fill: colour,
          symbol: i === 0 ? 'circle' : 'square',
          r: 3.5,
        }),
      ];
    }),
  };
}
