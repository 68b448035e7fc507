import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sizeClassOf, type SizeClass } from '@ods/shared/municipality';

export interface MunicipalityRecord {
  code: string;
  name: string;
  provinceCode: string;
  province: string;
  population: number;
  sizeClass: SizeClass;
  regionCode: string;
  region: string;
  lat: number;
  lon: number;
}

export interface TopicRecord {
  slug: string;
  themeNl: string;
  themeEn: string;
  nameNl: string;
  nameEn: string;
}

const dataDir = new URL('../data/', import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(new URL(file, dataDir), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
}

/** All Dutch municipalities (CBS 2026), with their size class derived from population. */
export function loadMunicipalities(): MunicipalityRecord[] {
  return readCsv('municipalities.csv').map((row) => {
    const population = Number(row.population);
    return {
      code: String(row.code),
      name: String(row.name),
      provinceCode: String(row.province_code),
      province: String(row.province),
      population,
      sizeClass: sizeClassOf(population),
      regionCode: String(row.labour_market_region_code),
      region: String(row.labour_market_region),
      lat: Number(row.lat),
      lon: Number(row.lon),
    };
  });
}

/** The topic taxonomy of the social domain. */
export function loadTopics(): TopicRecord[] {
  return readCsv('topics.csv').map((row) => ({
    slug: String(row.slug),
    themeNl: String(row.theme_nl),
    themeEn: String(row.theme_en),
    nameNl: String(row.name_nl),
    nameEn: String(row.name_en),
  }));
}
