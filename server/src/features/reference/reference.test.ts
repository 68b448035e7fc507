import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.ts';

describe('reference data for the forms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('searches organisations by municipality name, with a numeric limit from the query string', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/organisations?q=amster&limit=3',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ id: string }[]>();
    expect(body.length).toBeLessThanOrEqual(3);
    expect(body.map((o) => o.id)).toContain('GM0363');
  });

  it('refuses a limit that is not a number, with a message for that field', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations?limit=veel' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ fields: { limit: expect.any(String) } });
  });
});
