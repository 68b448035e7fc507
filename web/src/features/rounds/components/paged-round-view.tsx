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
  // The same control under both lists: the groups' and the left-out list's counts and pages.
  const more = (list: 'groups' | 'leftOut', total: number, pageSize: number) =>
    total > pageSize ? (
      <ShowMore
        shown={shown.round[list].length}
        total={total}
        status={t(`rounds.more.${list}Shown`, {
          shown: count(shown.round[list].length),
          total: count(total),
        })}
        label={t(`rounds.more.${list}`)}
        busy={shown.loading}
        error={failed}
        onMore={() => setExtra((e) => ({ ...e, [list]: e[list] + pageSize }))}
      />
    ) : null;
  return (
    <RoundView
      round={shown.round}
      focusHeading={focusHeading}
      moreGroups={more('groups', groupsTotal, ROUND_PAGE.groupsDefault)}
      moreLeftOut={more('leftOut', leftOutTotal, ROUND_PAGE.leftOutDefault)}
    />
  );
}
