import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import {
  EmailChangeRequest,
  errorResponses,
  LoginLinkRequest,
  SessionState,
  TokenBody,
} from '@ods/shared';
import { EmailTaken, LinkExpired, LinkInvalid } from '../../errors.ts';
import { requestLanguage } from '../../lib/language.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { createSession, deleteSession, findSessionUser } from '../../plugins/auth/session-store.ts';
import { emailMatchesOrganisation } from '../../lib/organisation-domain.ts';
import { SESSION_COOKIE } from '../../plugins/auth/access.ts';
import {
  consumeMailToken,
  createMailToken,
  recentlyIssued,
} from '../../domain/mail-tokens/mail-tokens.repository.ts';
import { emailInUse, emailOf, findOrCreateUser } from './users.repository.ts';
import { emailChangeMail, loginMail } from './auth.mails.ts';

const Accepted = Type.Object({ message: Type.String() });
const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function authRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  const api = typed(app);

  /** Who is signed in, and the CSRF token every state-changing request must carry. */
  api.get(
    '/api/session',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 200: SessionState } } },
    async (request, reply) => ({ user: request.user, csrfToken: reply.generateCsrf() }),
  );

  api.post(
    '/api/auth/login-link',
    {
      config: { access: 'public', limits: ['requests', 'sign-in-link', 'sign-in-mail'] },
      schema: {
        tags: ['auth'],
        body: LoginLinkRequest,
        response: { 202: Accepted, ...errorResponses },
      },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      const language = request.body.language ?? requestLanguage(request);
      const now = clock.now();
      const link = await app.db.transaction().execute(async (trx) => {
        // A double click or a retry: the link on its way serves it, no second mail.
        if (await recentlyIssued(trx, { purpose: 'login', email, userId: null }, now)) return;
        const token = await createMailToken(
          trx,
          { purpose: 'login', email, userId: null, language },
          now,
        );
        const url = `${config.publicUrl}/inloggen/bevestigen#token=${token}`;
        await enqueueMail(trx, { ...loginMail(email, url, language), secrets: [token] }, now);
        return url;
      });
      app.kickMail();
      // A newcomer without a mail server signs in from the console or /dev/outbox.
      if (config.env === 'development' && link)
        app.log.info(`Sign-in link (development only): ${link}`);
      const message =
        language === 'nl'
          ? `We hebben een inloglink gestuurd naar ${email}. Hij is 15 minuten geldig.`
          : `We have sent a sign-in link to ${email}. It is valid for 15 minutes.`;
      return reply.status(202).send({ message });
    },
  );

  api.post(
    '/api/auth/session',
    {
      config: { access: 'signed-link', limits: ['requests', 'link-use'] },
      schema: {
        tags: ['auth'],
        body: TokenBody,
        response: { 200: SessionState, ...errorResponses },
      },
    },
    async (request, reply) => {
      const now = clock.now();
      const secret = await app.db.transaction().execute(async (trx) => {
        const result = await consumeMailToken(trx, request.body.token, 'login', now);
        if (!result.ok) throw result.reason === 'expired' ? new LinkExpired() : new LinkInvalid();
        const userId = await findOrCreateUser(trx, result.email, result.language, now);
        return createSession(trx, userId, now);
      });
      reply.setCookie(SESSION_COOKIE, secret, app.sessionCookieOptions);
      return {
        user: (await findSessionUser(app.db, secret, now)) ?? null,
        csrfToken: reply.generateCsrf(),
      };
    },
  );

  api.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 204: Type.Null() } } },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await deleteSession(app.db, secret);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/account/email-change',
    {
      config: { access: 'signed-in', limits: ['requests', 'email-change', 'email-change-mail'] },
      schema: {
        tags: ['account'],
        body: EmailChangeRequest,
        response: { 202: Accepted, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const newEmail = normaliseEmail(request.body.newEmail);
      if (await emailInUse(app.db, newEmail)) throw new EmailTaken();
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        const purpose = 'email-change';
        if (await recentlyIssued(trx, { purpose, email: newEmail, userId: user.id }, now)) return;
        const token = await createMailToken(
          trx,
          { purpose, email: newEmail, userId: user.id, language: user.language },
          now,
        );
        const url = `${config.publicUrl}/account/e-mail-bevestigen#token=${token}`;
        await enqueueMail(
          trx,
          { ...emailChangeMail(newEmail, url, user.language), secrets: [token] },
          now,
        );
      });
      app.kickMail();
      const message =
        requestLanguage(request) === 'nl'
          ? `We hebben een bevestigingslink gestuurd naar ${newEmail}. Je adres verandert zodra je op die link klikt.`
          : `We have sent a confirmation link to ${newEmail}. Your address changes once you click that link.`;
      return reply.status(202).send({ message });
    },
  );

  api.post(
    '/api/auth/email-change',
    {
      config: { access: 'signed-link', limits: ['requests', 'link-use'] },
      schema: {
        tags: ['account'],
        body: TokenBody,
        response: { 200: Accepted, ...errorResponses },
      },
    },
    async (request) => {
      const now = clock.now();
      await app.db.transaction().execute(async (trx) => {
        const result = await consumeMailToken(trx, request.body.token, 'email-change', now);
        // The link clicked again after it worked: the address is already the new one.
        if (
          !result.ok &&
          result.reason === 'used' &&
          (await emailOf(trx, result.userId)) === result.email
        )
          return;
        if (!result.ok) throw result.reason === 'expired' ? new LinkExpired() : new LinkInvalid();
        if (await emailInUse(trx, result.email)) throw new EmailTaken();
        const user = await trx
          .selectFrom('users')
          .select('organisation_id')
          .where('id', '=', result.userId!)
          .executeTakeFirstOrThrow();
        const verified = await emailMatchesOrganisation(trx, result.email, user.organisation_id);
        await trx
          .updateTable('users')
          .set({
            email: result.email,
            organisation_verified: verified ? 1 : 0,
            updated_at: now.toISOString(),
          })
          .where('id', '=', result.userId!)
          .execute();
      });
      return {
        message:
          requestLanguage(request) === 'nl'
            ? 'Je e-mailadres is gewijzigd.'
            : 'Your e-mail address has been changed.',
      };
    },
  );
}
