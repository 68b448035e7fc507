import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

type PlotFigureProps = {
  /** Plot's options; memoise them, a new object draws the chart anew. */
  options: Plot.PlotOptions;
  /** The accessible name of the picture; the figures themselves are in the table beside it. */
  label: string;
};

/**
 * Draws an Observable Plot chart or map as one image for assistive technology: an SVG with
 * role="img" and a name. Its axes and marks are not read out one by one; the table alternative
 * next to it carries the data (WCAG 1.1.1).
 */
export function PlotFigure({ options, label }: PlotFigureProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot(options);
    // With a legend Plot wraps the chart in a figure; the chart is its own svg child (the
    // legend's swatches are svgs too, deeper down).
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
    svg?.setAttribute('role', 'img');
    svg?.setAttribute('aria-label', label);
    // Plot names each group of marks ("bar", "line"); inside an image those names are not
    // read, and ARIA forbids them on elements without a role.
    for (const part of svg?.querySelectorAll('[aria-label], [aria-description]') ?? []) {
      part.removeAttribute('aria-label');
      part.removeAttribute('aria-description');
    }
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div ref={container} className="ods-overview__plot" />;
}

type PlotLegendProps = {
  /** The classes in order, each with its colour and its text. */
  items: readonly { label: string; colour: string }[];
};

/** A colour legend drawn by Plot: swatches with their text, readable as text. */
export function PlotLegend({ items }: PlotLegendProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const legend = Plot.legend({
      color: {
        type: 'ordinal',
        domain: items.map((item) => item.label),
        range: items.map((item) => item.colour),
      },
      swatchSize: 16,
    });
    container.current?.replaceChildren(legend);
    return () => legend.remove();
  }, [items]);
  return <div ref={container} className="ods-overview__legend" />;
}
