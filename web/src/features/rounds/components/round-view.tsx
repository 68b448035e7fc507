import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Round } from '@ods/shared/api/rounds';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { CommitRound } from './commit-round.tsx';
import { LeftOutList } from './left-out-list.tsx';
import { RoundGroupCard } from './round-group-card.tsx';
import {
  AdjustPersonControl,
  AdjustPreviewPanel,
  LockGroupToggle,
  RerunRound,
  useAdjustmentDraft,
} from './round-adjust.tsx';

/**
 * A proposed or committed round: the totals, the commit action, the groups and who is left out
 * (as far as loaded: `moreGroups` and `moreLeftOut` ask for the next pages).
 */
export function RoundView({
  round,
  focusHeading,
  moreGroups,
  moreLeftOut,
}: {
  round: Round;
  focusHeading: boolean;
  moreGroups?: ReactNode;
  moreLeftOut?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const { stats } = round;
  const draft = useAdjustmentDraft(round);
  const period = {
    start: formatDate(round.periodStart, language),
    end: formatDate(round.periodEnd, language),
  };
  return (
    <section aria-labelledby="round-heading">
      <h2 id="round-heading" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {t(
          round.state === 'committed' ? 'rounds.view.committedTitle' : 'rounds.view.title',
          period,
        )}
      </h2>
      <Paragraph>
        {t('rounds.view.summary', {
          matched: stats.matched,
          pool: stats.poolSize,
          groups: stats.groups,
          leftOut: stats.leftOut,
        })}
      </Paragraph>
      <CommitRound round={round} />
      {round.adjustable ? <RerunRound round={round} /> : null}
      {round.adjustable ? <AdjustPreviewPanel round={round} draft={draft} /> : null}
      <Heading level={2}>{t('rounds.view.groupsTitle', { n: round.page.groupsTotal })}</Heading>
      {round.page.groupsTotal === 0 ? <Paragraph>{t('rounds.view.noGroups')}</Paragraph> : null}
      {round.groups.map((group, index) => (
        <RoundGroupCard
          key={`${group.startsAt}-${index}`}
          group={group}
          number={index + 1}
          lockToggle={round.adjustable ? <LockGroupToggle round={round} group={index} /> : null}
          adjustFor={
            round.adjustable
              ? (member) => (
                  <AdjustPersonControl
                    round={round}
                    personId={member.userId}
                    name={member.name}
                    fromGroup={index}
                    onChoose={draft.choose}
                  />
                )
              : undefined
          }
        />
      ))}
      {moreGroups}
      <Heading level={2}>{t('rounds.view.leftOutTitle', { n: round.page.leftOutTotal })}</Heading>
      <LeftOutList people={round.leftOut} />
      {round.adjustable
        ? round.leftOut.map((person, index) => (
            <AdjustPersonControl
              key={`${person.userId}-${index}`}
              round={round}
              personId={person.userId}
              name={person.name}
              fromGroup={null}
              onChoose={draft.choose}
            />
          ))
        : null}
      {moreLeftOut}
    </section>
  );
}
