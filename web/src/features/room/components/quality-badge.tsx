import { useConnectionQualityIndicator } from '@livekit/components-react';
import { ConnectionQuality } from 'livekit-client';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';

const KEYS = {
  [ConnectionQuality.Excellent]: 'room.quality.excellent',
  [ConnectionQuality.Good]: 'room.quality.good',
  [ConnectionQuality.Poor]: 'room.quality.poor',
  [ConnectionQuality.Lost]: 'room.quality.lost',
  [ConnectionQuality.Unknown]: 'room.quality.unknown',
} as const;

/** A participant's connection quality in words (colour alone would not do). */
export function QualityBadge({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { quality } = useConnectionQualityIndicator();
  return (
    <span className={`ods-room__quality ${className ?? ''}`} data-lk-quality={quality}>
      {t(KEYS[quality])}
    </span>
  );
}
