import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { TimeProposal } from '@ods/shared/api/scheduling';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { formatSessionWindow } from '../../../lib/i18n/format-time.ts';

type ProposalVoteProps = {
  proposal: TimeProposal;
  busy: boolean;
  onVote: (accept: boolean) => void;
};

/** One open proposal: the time, who agreed so far, and my "Akkoord" / "Niet akkoord". */
export function ProposalVote({ proposal, busy, onVote }: ProposalVoteProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const when = formatSessionWindow(proposal.startsAt, proposal.endsAt, language);
  const textId = `proposal-${proposal.id}`;
  return (
    <li className="utrecht-unordered-list__item">
      <Paragraph id={textId}>
        {proposal.proposedBy
          ? t('sessions.propose.proposal', { name: proposal.proposedBy, when })
          : t('sessions.propose.proposalUnknown', { when })}
        {' · '}
        {proposal.accepted.length > 0
          ? t('sessions.propose.agreed', { names: proposal.accepted.join(', ') })
          : t('sessions.propose.agreedNone')}
      </Paragraph>
      {proposal.myVote === true ? (
        <Paragraph small>{t('sessions.propose.youAgreed')}</Paragraph>
      ) : (
        // The buttons name the proposal through aria-describedby: a session can have several.
        <ButtonGroup>
          <Button
            appearance="primary"
            busy={busy}
            aria-describedby={textId}
            onClick={() => onVote(true)}
          >
            {t('sessions.propose.accept')}
          </Button>
          <Button busy={busy} aria-describedby={textId} onClick={() => onVote(false)}>
            {t('sessions.propose.reject')}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}
