import '../network-overview.css';
import * as Plot from '@observablehq/plot';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { ParticipationMap as MapData } from '@ods/shared/api/participation';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { DataTable } from '../../../lib/ui/data-table.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { cellText } from '../model/cells.ts';
import { MAP_CLASSES, MAP_COLOURS, participationRows } from '../model/map-classes.ts';
import { OVERVIEW_TABLE } from '../model/table-look.ts';
import { fetchNlTopology, municipalityShapes, nlShapes } from '../model/topology.ts';
import { PlotFigure, PlotLegend } from './plot-figure.tsx';

type ParticipationMapProps = {
  data: MapData;
  /** The level of the map's heading, under the page's or section's own. */
  headingLevel?: 2 | 3 | 4;
};

/**
 * A map of the Netherlands with each municipality coloured by how many of its professionals
 * take part, province borders on top, and the same figures as a table right below it.
 */
export function ParticipationMap({ data, headingLevel = 2 }: ParticipationMapProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const topology = useQuery({
    queryKey: ['network-overview', 'nl-topology'],
    queryFn: fetchNlTopology,
    staleTime: Infinity,
  });
  const shapes = useMemo(() => (topology.data ? nlShapes(topology.data) : null), [topology.data]);
  const rows = useMemo(
    () =>
      shapes
        ? participationRows(municipalityShapes(shapes), data.municipalities, data.threshold)
        : [],
    [shapes, data],
  );
  const legend = useMemo(
    () =>
      MAP_CLASSES.map((mapClass) => ({
        label: t(`networkOverview.map.classes.${mapClass}`, { threshold: data.threshold }),
        colour: MAP_COLOURS[mapClass],
      })),
    [t, data.threshold],
  );
  const options = useMemo<Plot.PlotOptions | null>(() => {
    if (!shapes) return null;
    const classOf = new Map(rows.map((row) => [row.code, row.mapClass]));
    return {
      width: 560,
      height: 640,
      projection: {
        type: 'mercator',
        domain: { type: 'FeatureCollection', features: shapes.municipalities },
      },
      marks: [
        Plot.geo(shapes.municipalities, {
          fill: (f: { id: string }) => MAP_COLOURS[classOf.get(f.id) ?? 'none'],
          stroke: '#ffffff',
          strokeWidth: 0.5,
        }),
        Plot.geo(shapes.provinceBorders, { stroke: '#1b1b1b', strokeWidth: 1.25 }),
      ],
    };
  }, [shapes, rows]);

  return (
    <section aria-labelledby="overview-map-heading" className="ods-overview__section">
      <Heading level={headingLevel} id="overview-map-heading">
        {t('networkOverview.map.heading')}
      </Heading>
      <Paragraph>{t('networkOverview.map.lead', { threshold: data.threshold })}</Paragraph>
      {topology.isError ? (
        <Alert type="warning">{t('networkOverview.map.unavailable')}</Alert>
      ) : options && shapes ? (
        <figure className="ods-overview__figure ods-overview__figure--map">
          <PlotFigure options={options} label={t('networkOverview.map.label')} />
          <figcaption>
            <PlotLegend items={legend} />
            <Paragraph small>{t('networkOverview.map.source')}</Paragraph>
          </figcaption>
        </figure>
      ) : (
        <Paragraph role="status">{t('networkOverview.map.loading')}</Paragraph>
      )}
      {shapes ? (
        <details className="ods-overview__details">
          <summary>{t('networkOverview.map.tableToggle')}</summary>
          <DataTable
            caption={t('networkOverview.map.caption')}
            columns={[
              t('networkOverview.map.municipality'),
              t('networkOverview.map.province'),
              t('networkOverview.map.professionals'),
            ]}
            textColumns={[1]}
            {...OVERVIEW_TABLE}
            rows={rows.map((row) => ({
              key: row.code,
              cells: [
                row.name,
                shapes.provinceNames.get(row.province) ?? row.province,
                cellText(row.professionals, data.threshold, language),
              ],
            }))}
          />
        </details>
      ) : null}
    </section>
  );
}
