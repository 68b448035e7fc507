import type { FastifyInstance } from 'fastify';
import { errorResponses, PauseRequest, Profile, ProfileInput } from '@ods/shared';
import { FieldErrors, NotFound, ProfileIncomplete } from '../../errors.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { loadProfile, saveProfile } from './profile.repository.ts';
import { profileProblems } from './profile.validation.ts';

export async function profileRoutes(app: FastifyInstance, { clock }: FeatureOptions) {
  const api = typed(app);
  const response = { 200: Profile, ...errorResponses };

  async function current(userId: string): Promise<Profile> {
    const profile = await loadProfile(app.db, userId);
    if (!profile) throw new NotFound();
    return profile;
  }

  async function setPoolStatus(
    userId: string,
    status: 'active' | 'paused' | 'left',
    pausedUntil: string | null,
  ) {
    const profile = await current(userId);
    if (!profile.complete) throw new ProfileIncomplete();
    await app.db
      .updateTable('users')
      .set({
        pool_status: status,
        paused_until: pausedUntil,
        updated_at: clock.now().toISOString(),
      })
      .where('id', '=', userId)
      .execute();
    return current(userId);
  }

  api.get(
    '/api/profile',
    { config: { access: 'signed-in' }, schema: { tags: ['profile'], response } },
    async (request) => current(request.user!.id),
  );

  api.put(
    '/api/profile',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['profile'], body: ProfileInput, response },
    },
    async (request) => {
      const userId = request.user!.id;
      const before = await current(userId);
      const problems = await profileProblems(
        app.db,
        request.body,
        before.houseRulesAcceptedAt !== null,
        before.topics.map((t) => t.slug),
      );
      if (Object.keys(problems).length > 0) throw new FieldErrors(problems);
      await saveProfile(app.db, userId, request.body, clock.now());
      return current(userId);
    },
  );

  api.post(
    '/api/profile/pause',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['profile'], body: PauseRequest, response },
    },
    async (request) => {
      const today = clock.now().toISOString().slice(0, 10);
      if (request.body.until <= today) {
        throw new FieldErrors({
          until: { nl: 'Kies een datum in de toekomst.', en: 'Choose a date in the future.' },
        });
      }
      return setPoolStatus(request.user!.id, 'paused', request.body.until);
    },
  );
  api.post(
    '/api/profile/resume',
    { config: { access: 'signed-in' }, schema: { tags: ['profile'], response } },
    async (request) => setPoolStatus(request.user!.id, 'active', null),
  );
  api.post(
    '/api/profile/leave',
    { config: { access: 'signed-in' }, schema: { tags: ['profile'], response } },
    async (request) => setPoolStatus(request.user!.id, 'left', null),
  );
}
