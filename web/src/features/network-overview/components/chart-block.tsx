import type * as Plot from '@observablehq/plot';
import { useId, type ComponentProps } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { DataTable } from '../../../lib/ui/data-table.tsx';
import { OVERVIEW_TABLE } from '../model/table-look.ts';
import { PlotFigure } from './plot-figure.tsx';

type ChartBlockProps = {
  title: string;
  level: 2 | 3 | 4;
  /** What the picture shows, for a screen reader; the table below gives the figures. */
  label: string;
  options: Plot.PlotOptions;
  table: Omit<ComponentProps<typeof DataTable>, 'caption'>;
};

/** One chart with its table alternative right under it, in a disclosure. */
export function ChartBlock({ title, level, label, options, table }: ChartBlockProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ods-overview__chart">
      <Heading level={level} id={headingId}>
        {title}
      </Heading>
      <figure className="ods-overview__figure">
        <PlotFigure options={options} label={label} />
      </figure>
      <details className="ods-overview__details">
        <summary>{t('networkOverview.charts.tableToggle', { title })}</summary>
        <DataTable caption={title} {...OVERVIEW_TABLE} {...table} />
      </details>
    </section>
  );
}
