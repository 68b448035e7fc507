import fc from 'fast-check';

// Hostile and broken input for the API fuzz suite (api-fuzz.test.ts), derived from the JSON
// schemas of the OpenAPI document. Deterministic: every random choice comes from fast-check
// with a fixed seed.

/** A JSON schema as the OpenAPI document holds it (the parts the fuzzer reads). */
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
}

/** One request the fuzzer sends: a body (raw or JSON), a content type, a path and a query. */
export interface FuzzCase {
  what: string;
  /** Replaces one path parameter (already encoded as it goes into the URL). */
  param?: { name: string; raw: string };
  query?: string;
  body?: { raw: string; contentType: string } | { json: unknown };
}

/** Strings that have broken web apps: injections, traversal, odd Unicode, NUL bytes. */
export const NASTY_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "1'; DROP TABLE users; --",
  "'; select pg_sleep(5); --",
  '" OR ""="',
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '\u0000',
  'voor\u0000na',
  '\u202eevil\u202c',
  '\ud800',
  '\udfff\ud800',
  '\uffff\ufffe',
  'Z\u0351\u0357\u0315a\u0313\u0352lgo',
  '🙂👩‍👩‍👧‍👦🏳️‍🌈',
  '\r\nSet-Cookie: ods_session=x',
  '%00%2e%2e%2f',
  '%s%s%s%n',
  '   ',
  '',
  'null',
  '-1',
  '1e309',
  '__proto__',
];

/** Values of the wrong type for any field. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  true,
  'x',
  [],
  {},
  [[[[]]]],
  { $gt: '' },
];

/** Path parameter values: traversal, injection, encodings, lengths. */
export const NASTY_PARAMS: readonly string[] = [
  encodeURIComponent('../../../../etc/passwd'),
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  encodeURIComponent("1' OR '1'='1"),
  encodeURIComponent('<script>'),
  encodeURIComponent('🙂'),
  '00000000-0000-4000-8000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  'x'.repeat(99),
  'x'.repeat(150),
  '-1',
  'null',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
];

/** A seeded sample of arbitrary strings and values, for variety beyond the fixed lists. */
export function sampled(seed: number) {
  return {
    strings: fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { seed, numRuns: 6 }),
    values: fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: seed + 1, numRuns: 4 }),
  };
}

/** A value that fits a schema (the first enum value, a date for a date, and so on). */
export function sample(schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.[0]) return sample(schema.anyOf[0]);
  const type = [schema.type].flat()[0];
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of schema.required ?? []) value[key] = sample(schema.properties?.[key] ?? {});
      return value;
    }
    case 'array':
      return (schema.minItems ?? 0) > 0 && schema.items ? [sample(schema.items)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'date') return '2026-12-15';
      if (schema.format === 'date-time') return '2026-12-08T13:00:00.000Z';
      if (schema.format === 'email') return 'iemand@world.example';
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.pattern?.includes('\\.')) return `${'A'.repeat(24)}.${'B'.repeat(22)}`;
      if (schema.pattern?.includes('://')) return 'https://127.0.0.1/agenda.ics';
      return 'a'.repeat(Math.max(schema.minLength ?? 1, 1));
    default:
      return 'a';
  }
}

/** Cases that break the body as a whole: not JSON, the wrong kind of JSON, the wrong type. */
export function bodyCases(base: unknown): FuzzCase[] {
  const raw = (what: string, body: string, contentType = 'application/json'): FuzzCase => ({
    what,
    body: { raw: body, contentType },
  });
  const text = JSON.stringify(base ?? {});
  return [
    { what: 'no body' },
    raw('empty JSON body', ''),
    raw('broken JSON', text.slice(0, Math.max(1, text.length - 2))),
    raw('JSON with a NUL byte', text.replace(/^\{/, '{\u0000')),
    raw('JSON array', '[]'),
    raw('JSON string', '"x"'),
    raw('JSON number', '12'),
    raw('JSON null', 'null'),
    raw('deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    raw(
      'prototype pollution',
      `{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}`,
    ),
    raw('plain text', 'hallo', 'text/plain'),
    raw('form data', 'a=b&c=d', 'application/x-www-form-urlencoded'),
    raw(
      'multipart',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
      'multipart/form-data; boundary=x',
    ),
    raw(
      'XML',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      'application/xml',
    ),
    raw('JSON under another type', text, 'text/plain'),
    raw('JSON with a charset nobody knows', text, 'application/json; charset=klingon'),
    raw('over the size limit', JSON.stringify({ x: 'a'.repeat(300 * 1024) })),
  ];
}

/**
 * Cases that keep the body an object and break one field at a time: missing, of the wrong
 * type, a hostile string, very long, and an extra field; one level into arrays of objects.
 */
export function fieldCases(
  schema: Schema,
  base: Record<string, unknown>,
  seed: number,
): FuzzCase[] {
  const cases: FuzzCase[] = [{ what: 'extra field', body: { json: { ...base, zzzExtra: 1 } } }];
  const { strings, values } = sampled(seed);
  const props = Object.entries(schema.properties ?? {});
  for (const [i, [key, prop]] of props.entries()) {
    const withValue = (what: string, value: unknown): FuzzCase => ({
      what: `${key}: ${what}`,
      body: { json: { ...base, [key]: value } },
    });
    if (schema.required?.includes(key)) {
      const rest = { ...base };
      delete rest[key];
      cases.push({ what: `${key}: missing`, body: { json: rest } });
    }
    // Each field gets a different slice of the lists, so all of them are used across fields.
    for (const [j, value] of WRONG_TYPES.entries())
      if ((i + j) % 4 === 0) cases.push(withValue(`wrong type ${JSON.stringify(value)}`, value));
    for (const [j, value] of NASTY_STRINGS.entries())
      if ((i + j) % 8 === 0) cases.push(withValue(`string ${JSON.stringify(value)}`, value));
    cases.push(withValue('a string of 100 000 characters', 'ä'.repeat(100_000)));
    cases.push(withValue('sampled string', strings[i % strings.length]));
    cases.push(withValue('sampled value', values[i % values.length]));
    if (prop.type === 'array') {
      cases.push(
        withValue(
          '1000 items',
          Array.from({ length: 1000 }, () => sample(prop.items ?? {})),
        ),
      );
      const item = prop.items;
      if (item?.properties) {
        const itemBase = sample(item) as Record<string, unknown>;
        for (const [itemKey] of Object.entries(item.properties)) {
          cases.push(
            withValue(`[0].${itemKey} wrong type`, [{ ...itemBase, [itemKey]: { nested: [1] } }]),
          );
          cases.push(withValue(`[0].${itemKey} NUL`, [{ ...itemBase, [itemKey]: '\u0000' }]));
        }
      }
    }
    if (prop.properties) {
      const inner = (base[key] ?? sample(prop)) as Record<string, unknown>;
      for (const innerKey of Object.keys(prop.properties)) {
        cases.push(withValue(`.${innerKey} wrong type`, { ...inner, [innerKey]: [null] }));
        cases.push(withValue(`.${innerKey} injection`, { ...inner, [innerKey]: "' OR 1=1 --" }));
      }
    }
  }
  return cases;
}

/** Every byte percent-encoded (a lone surrogate, which encodeURIComponent refuses, becomes U+FFFD). */
function percentEncode(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

/** Cases for query parameters: hostile values, repeats (arrays), bracket syntax, lengths. */
export function queryCases(names: readonly string[]): FuzzCase[] {
  const cases: FuzzCase[] = [
    { what: 'bracket query', query: '__proto__[role]=admin&a[b][c]=d' },
    { what: 'unknown query parameter', query: 'zzz=1' },
  ];
  for (const name of names) {
    for (const value of NASTY_STRINGS.filter((_, i) => i % 3 === 0))
      cases.push({
        what: `?${name}=${JSON.stringify(value)}`,
        query: `${name}=${percentEncode(value)}`,
      });
    cases.push({ what: `?${name} twice`, query: `${name}=a&${name}=b` });
    cases.push({ what: `?${name} empty`, query: `${name}=` });
    cases.push({ what: `?${name} very long`, query: `${name}=${'a'.repeat(8000)}` });
    cases.push({ what: `?${name} raw NUL`, query: `${name}=%00` });
    cases.push({ what: `?${name} broken encoding`, query: `${name}=%E0%A4%A` });
  }
  return cases;
}

/** Cases for path parameters. */
export function paramCases(names: readonly string[]): FuzzCase[] {
  return names.flatMap((name) =>
    NASTY_PARAMS.map((raw) => ({ what: `:${name} = ${raw.slice(0, 40)}`, param: { name, raw } })),
  );
}
