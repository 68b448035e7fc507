import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { TimeOptions } from '@ods/shared/api/scheduling';
import type { SessionDetails } from '@ods/shared/api/sessions';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { useProposeTime } from '../api/propose-time.ts';
import { useTimeOptions } from '../api/time-options.ts';
import { useVoteOnProposal } from '../api/vote-on-proposal.ts';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';
import { ProposalVote } from './proposal-vote.tsx';
import { ProposeTimeForm } from './propose-time-form.tsx';

const OPEN = ['invited', 'confirmed', 'moved'];

type LastAction = { proposalId: string; kind: 'proposed' | 'accepted' | 'rejected' };

/** Proposing another time for a session, and agreeing or not with the open proposals. */
export function TimeProposals({ session }: { session: SessionDetails }) {
  if (!OPEN.includes(session.state) || session.myRole === null) return null;
  return <TimeProposalsFor sessionId={session.id} />;
}

function TimeProposalsFor({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const options = useTimeOptions(sessionId);
  const propose = useProposeTime(sessionId);
  const vote = useVoteOnProposal(sessionId);
  const [last, setLast] = useState<LastAction | null>(null);
  const failed = propose.error ?? vote.error;
  const open = options.data?.proposals.filter((p) => p.state === 'open') ?? [];
  const headingId = `proposals-${sessionId}`;

  return (
    <div className="ods-time-proposals">
      {/* Always present, so screen readers announce what a proposal or vote did. */}
      <div role="status">
        <ResultMessage last={last} options={options.data} />
      </div>
      {failed ? (
        <Alert type="error" role="alert">
          {failed instanceof ApiError ? failed.message : t('errors.network')}
        </Alert>
      ) : null}
      {options.isError ? <Alert type="error">{t('sessions.propose.loadError')}</Alert> : null}
      {open.length > 0 ? (
        <section aria-labelledby={headingId}>
          <Heading level={3} id={headingId}>
            {t('sessions.propose.heading')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {open.map((proposal) => (
              <ProposalVote
                key={proposal.id}
                proposal={proposal}
                busy={vote.isPending}
                onVote={(accept) => {
                  propose.reset();
                  vote.mutate(
                    { proposalId: proposal.id, accept },
                    {
                      onSuccess: () =>
                        setLast({
                          proposalId: proposal.id,
                          kind: accept ? 'accepted' : 'rejected',
                        }),
                    },
                  );
                }}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {options.data ? (
        <ProposeTimeForm
          sessionId={sessionId}
          slots={options.data.slots}
          busy={propose.isPending}
          onPropose={(startsAt, done) => {
            vote.reset();
            propose.mutate(
              { startsAt },
              {
                onSuccess: ({ id }) => {
                  setLast({ proposalId: id, kind: 'proposed' });
                  done();
                },
              },
            );
          }}
        />
      ) : null}
    </div>
  );
}

/** What the last action did; a yes that completes the votes moves the session. */
function ResultMessage({ last, options }: { last: LastAction | null; options?: TimeOptions }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!last) return null;
  const proposal = options?.proposals.find((p) => p.id === last.proposalId);
  if (proposal?.state === 'accepted') {
    const when = formatSessionWindow(proposal.startsAt, proposal.endsAt, language);
    return <Alert type="ok">{t('sessions.propose.moved', { when })}</Alert>;
  }
  return <Alert type="ok">{t(`sessions.propose.${last.kind}`)}</Alert>;
}
