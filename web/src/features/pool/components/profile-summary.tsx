import type { ReactNode } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { Profile } from '@ods/shared/api/profile';
import type { Topic } from '@ods/shared/api/reference';
import { formatMinute } from '@ods/shared/availability';
import { useLanguage } from '../../../lib/i18n/use-language.ts';

type ProfileSummaryProps = { profile: Profile; topics: readonly Topic[] };

/** What the matching will use, so people can check it at a glance. */
export function ProfileSummary({ profile, topics }: ProfileSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const topicName = (slug: string) =>
    topics.find((topic) => topic.slug === slug)?.name[language] ?? slug;
  const rows: Array<[string, ReactNode]> = [
    [
      t('pool.summary.organisation'),
      <>
        {profile.organisationName ?? '—'}
        {profile.organisationVerified ? null : (
          <span className="ods-not-verified"> {t('pool.summary.notVerified')}</span>
        )}
      </>,
    ],
    [t('pool.summary.jobTitle'), profile.jobTitle],
    [
      t('pool.summary.topics'),
      profile.topics
        .map(
          (choice) => `${topicName(choice.slug)} (${t(`profile.topics.levels.${choice.level}`)})`,
        )
        .join(', '),
    ],
    [
      t('pool.summary.availability'),
      profile.availability
        .map(
          (block) =>
            `${t(`pool.summary.days.${weekdayKey(block.weekday)}`)} ${formatMinute(block.startMinute)}–${formatMinute(block.endMinute)}`,
        )
        .join(', '),
    ],
    [t('pool.summary.frequency'), t('profile.frequency.option', { count: profile.frequencyWeeks })],
  ];
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {rows.map(([key, value]) => (
        <div key={key} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function weekdayKey(weekday: number): '1' | '2' | '3' | '4' | '5' | '6' | '7' {
  const keys = ['1', '2', '3', '4', '5', '6', '7'] as const;
  return keys[weekday - 1] ?? '1';
}
