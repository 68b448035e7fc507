import type { FastifyInstance } from 'fastify';
import {
  errorResponses,
  SessionIdParams,
  SessionReportReceipt,
  SessionReportRequest,
} from '@ods/shared';
import { isParticipant } from '../../domain/sessions/sessions.repository.ts';
import { FieldErrors, NotFound, NotParticipant } from '../../errors.ts';
import { IdempotencyHeaders } from '../../plugins/idempotency.ts';
import { typed, type FeatureOptions } from '../../lib/deps.ts';
import { enqueueMail } from '../../plugins/mail/outbox.ts';
import { reportMail } from './report-mail.ts';
import { insertReport, reportContext, reportRecipients } from './reports.repository.ts';

const DETAILS_REQUIRED = {
  nl: 'Beschrijf kort wat er aan de hand is.',
  en: 'Describe briefly what is going on.',
};

/** "Report a problem with this session": stored, and mailed to the coordinators at once. */
export async function sessionReportRoutes(app: FastifyInstance, { config, clock }: FeatureOptions) {
  typed(app).post(
    '/api/sessions/:id/reports',
    {
      config: { access: 'signed-in', idempotent: true },
      schema: {
        tags: ['room'],
        headers: IdempotencyHeaders,
        params: SessionIdParams,
        body: SessionReportRequest,
        response: { 201: SessionReportReceipt, ...errorResponses },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const sessionId = request.params.id;
      if (!(await isParticipant(app.db, sessionId, userId))) throw new NotParticipant();
      const context = await reportContext(app.db, sessionId, userId);
      if (!context) throw new NotFound();
      const now = clock.now();
      const details = request.body.details.trim();
      if (!details) throw new FieldErrors({ details: DETAILS_REQUIRED });
      const id = await app.db.transaction().execute(async (trx) => {
        const reportId = await insertReport(trx, {
          sessionId,
          reporterId: userId,
          kind: request.body.kind,
          details,
          createdAt: now.toISOString(),
        });
        const sessionUrl = `${config.publicUrl}/sessies/${sessionId}`;
        for (const recipient of await reportRecipients(trx, sessionId)) {
          const mail = reportMail(
            recipient,
            { kind: request.body.kind, details, sessionUrl },
            context,
          );
          await enqueueMail(trx, mail, now);
        }
        return reportId;
      });
      app.kickMail();
      return reply.status(201).send({ id, createdAt: now.toISOString() });
    },
  );
}
