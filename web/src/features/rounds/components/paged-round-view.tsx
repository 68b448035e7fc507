import { useState } from 'react';
import { ROUND_PAGE, type Round } from '@ods/shared/api/rounds';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { useRoundWithMore, type RoundExtra } from '../api/round.ts';
import { RoundView } from './round-view.tsx';
import { ShowMore } from './show-more.tsx';

/**
 * A round read a page at a time (a proposal can hold thousands of people): the first page of
 * groups and of who is left out, and under each list a button for the next page.
 */
export function PagedRoundView({ round, focusHeading }: { round: Round; focusHeading: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [extra, setExtra] = useState<RoundExtra>({ groups: 0, leftOut: 0 });
  const shown = useRoundWithMore(round, extra);
  const count = (n: number) => new Intl.NumberFormat(language).format(n);
  const { groupsTotal, leftOutTotal } = round.page;
  const failed = shown.failed ? t('rounds.more.error') : undefined;
  return (
    <RoundView
      round={shown.round}
      focusHeading={focusHeading}
      moreGroups={
        groupsTotal > ROUND_PAGE.groupsDefault ? (
          <ShowMore
            shown={shown.round.groups.length}
            total={groupsTotal}
            status={t('rounds.more.groupsShown', {
              shown: count(shown.round.groups.length),
              total: count(groupsTotal),
            })}
            label={t('rounds.more.groups')}
            busy={shown.loading}
            error={failed}
            onMore={() => setExtra((e) => ({ ...e, groups: e.groups + ROUND_PAGE.groupsDefault }))}
          />
        ) : null
      }
      moreLeftOut={
        leftOutTotal > ROUND_PAGE.leftOutDefault ? (
          <ShowMore
            shown={shown.round.leftOut.length}
            total={leftOutTotal}
            status={t('rounds.more.leftOutShown', {
              shown: count(shown.round.leftOut.length),
              total: count(leftOutTotal),
            })}
            label={t('rounds.more.leftOut')}
            busy={shown.loading}
            error={failed}
            onMore={() =>
              setExtra((e) => ({ ...e, leftOut: e.leftOut + ROUND_PAGE.leftOutDefault }))
            }
          />
        ) : null
      }
    />
  );
}
