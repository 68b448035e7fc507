import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Round } from '@ods/shared/api/rounds';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { AdjustPersonControl } from './adjust-person-control.tsx';
import { AdjustPreviewPanel } from './adjust-preview-panel.tsx';
import { CommitRound } from './commit-round.tsx';
import { LeftOutList } from './left-out-list.tsx';
import { RoundGroupCard } from './round-group-card.tsx';
import { LockGroupToggle, RerunRound } from './round-adjust.tsx';
import { RoundSessionsLoader } from './round-sessions-loader.tsx';
import { useAdjustmentDraft, type FocusTarget } from './use-adjustment-draft.ts';

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
  // One live region for every adjustment: present from the start, so its changes are heard.
  const [announcement, announce] = useState('');
  // Where the focus goes once the round has been drawn again after an adjustment (a ref, so
  // the effect that moves the focus changes no state; the counter makes it run).
  const pendingFocus = useRef<FocusTarget | null>(null);
  const [focusRequest, requestFocus] = useState(0);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const id = 'group' in target ? `round-group-${target.group + 1}` : `adjust-${target.personId}`;
    document.getElementById(id)?.focus();
  }, [focusRequest, round]);
  const focus = (target: FocusTarget) => {
    pendingFocus.current = target;
    requestFocus((n) => n + 1);
  };
  const draft = useAdjustmentDraft(round, { announce, focus });
  const { stats } = round;
  const period = {
    start: formatDate(round.periodStart, language),
    end: formatDate(round.periodEnd, language),
  };
  // The preview sits right after the control the adjustment was chosen in.
  const controlFor = (personId: string, name: string, fromGroup: number | null) => (
    <>
      <AdjustPersonControl
        round={round}
        personId={personId}
        name={name}
        fromGroup={fromGroup}
        onChoose={draft.choose}
      />
      {draft.adjustment?.personId === personId ? <AdjustPreviewPanel draft={draft} /> : null}
    </>
  );
  return (
    <section aria-labelledby="round-heading">
      <h2 id="round-heading" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {t(
          round.state === 'committed' ? 'rounds.view.committedTitle' : 'rounds.view.title',
          period,
        )}
      </h2>
      <p className="ods-visually-hidden" role="status">
        {announcement}
      </p>
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
      <Heading level={2}>{t('rounds.view.groupsTitle', { n: round.page.groupsTotal })}</Heading>
      {round.page.groupsTotal === 0 ? <Paragraph>{t('rounds.view.noGroups')}</Paragraph> : null}
      <RoundSessionsLoader round={round}>
        {(sessionOf) =>
          round.groups.map((group, index) => (
            <RoundGroupCard
              key={`${group.startsAt}-${index}`}
              group={group}
              number={index + 1}
              lockToggle={
                round.adjustable ? (
                  <LockGroupToggle round={round} group={index} announce={announce} />
                ) : null
              }
              adjustFor={
                round.adjustable
                  ? (member) => controlFor(member.userId, member.name, index)
                  : undefined
              }
              sessionState={sessionOf(index)}
            />
          ))
        }
      </RoundSessionsLoader>
      {moreGroups}
      <Heading level={2}>{t('rounds.view.leftOutTitle', { n: round.page.leftOutTotal })}</Heading>
      <LeftOutList people={round.leftOut} />
      {round.adjustable
        ? round.leftOut.map((person, index) => (
            <div key={`${person.userId}-${index}`}>
              {controlFor(person.userId, person.name, null)}
            </div>
          ))
        : null}
      {moreLeftOut}
    </section>
  );
}
