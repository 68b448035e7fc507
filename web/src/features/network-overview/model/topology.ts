import type { Feature, FeatureCollection, MultiLineString, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// A static asset of its own (hashed, brotli beside it): only this page fetches it, and the
// browser keeps it, instead of every visitor carrying the shapes in a script.
import topologyUrl from '../../../../../db/data/nl-2025.topo.json?url';
import type { MunicipalityShape } from './map-classes.ts';

interface MunicipalityProperties {
  name: string;
  province: string;
}

export type NlTopology = Topology<{
  gemeenten: GeometryCollection<MunicipalityProperties>;
  provincies: GeometryCollection<{ name: string }>;
}>;

export interface NlShapes {
  municipalities: Feature<Geometry, MunicipalityProperties>[];
  /** Every province border once, inner and outer, to draw over the municipalities. */
  provinceBorders: MultiLineString;
  provinceNames: Map<string, string>;
}

/** The municipality and province boundaries (CBS 2025, db/data/SOURCES.md). */
export async function fetchNlTopology(): Promise<NlTopology> {
  const response = await fetch(topologyUrl);
  if (!response.ok) throw new Error(`map shapes: HTTP ${response.status}`);
  return (await response.json()) as NlTopology;
}

/** GeoJSON for the map from the topology. */
export function nlShapes(topology: NlTopology): NlShapes {
  const municipalities: FeatureCollection<Geometry, MunicipalityProperties> = feature(
    topology,
    topology.objects.gemeenten,
  );
  return {
    municipalities: municipalities.features,
    provinceBorders: mesh(topology, topology.objects.provincies),
    provinceNames: new Map(
      topology.objects.provincies.geometries.map((g) => [
        String(g.id),
        (g.properties as { name: string } | undefined)?.name ?? String(g.id),
      ]),
    ),
  };
}

/** The municipalities as the table lists them. */
export function municipalityShapes(shapes: NlShapes): MunicipalityShape[] {
  return shapes.municipalities.map((f) => ({
    code: String(f.id),
    name: f.properties.name,
    province: f.properties.province,
  }));
}
