import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { PhaseCommandMessage } from '@ods/shared/api/notes';
import { phaseClock, type PhaseState } from '@ods/shared/method/phase-state';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { classNames } from '../../../lib/ui/class-names.ts';
import { useLanguageText } from '../model/use-language-text.ts';
import { PhaseSettings } from './phase-settings.tsx';

type PhaseGuideProps = {
  provider: HocuspocusProvider;
  state: PhaseState;
  now: Date;
  isFacilitator: boolean;
  readOnly: boolean;
};

function formatSeconds(total: number): string {
  const abs = Math.abs(total);
  return `${total < 0 ? '-' : ''}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The phase guide: where the group is in the method, the countdown, what comes next. The
 * state lives in the notes document, so everyone sees the same; only the facilitator's
 * buttons change it (the server checks the role). Time up is a soft signal: a colour change
 * and a polite announcement, no sound.
 */
export function PhaseGuide({ provider, state, now, isFacilitator, readOnly }: PhaseGuideProps) {
  const { t } = useTranslation();
  const text = useLanguageText();
  const clock = phaseClock(state, now);
  const [announcement, setAnnouncement] = useState('');
  const announcedFor = useRef('');

  const key = `${state.current}-${state.startedAt ?? ''}`;
  useEffect(() => {
    if (clock.timeIsUp && announcedFor.current !== key) {
      announcedFor.current = key;
      setAnnouncement(t('notes.phase.timeUp', { phase: text(clock.phase.title) }));
    }
  }, [clock.timeIsUp, clock.phase.title, key, t, text]);

  const send = (command: PhaseCommandMessage) => provider.sendStateless(JSON.stringify(command));

  return (
    <section
      aria-labelledby="notes-phase-heading"
      className={classNames('ods-phase-guide', clock.timeIsUp && 'ods-phase-guide--time-up')}
    >
      <Heading level={3} id="notes-phase-heading">
        {t('notes.phase.heading')}
      </Heading>
      <p className="ods-phase-guide__current">
        <span className="ods-phase-guide__label">{t('notes.phase.now')}</span>{' '}
        <strong>
          {t('notes.phase.numbered', { number: state.current + 1, title: text(clock.phase.title) })}
        </strong>{' '}
        <span className="ods-phase-guide__clock" aria-label={t('notes.phase.clockLabel')}>
          {clock.secondsLeft === null
            ? t('notes.phase.minutes', { count: clock.phase.minutes })
            : clock.timeIsUp
              ? t('notes.phase.overtime', { time: formatSeconds(-clock.secondsLeft) })
              : formatSeconds(clock.secondsLeft)}
        </span>
      </p>
      <p className="utrecht-paragraph">{text(clock.phase.purpose)}</p>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {clock.next
          ? t('notes.phase.next', { title: text(clock.next.title), count: clock.next.minutes })
          : t('notes.phase.last')}
      </p>
      <p className="ods-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
      {isFacilitator && !readOnly ? (
        <div className="ods-phase-guide__controls">
          <p className="utrecht-paragraph utrecht-paragraph--small">
            <strong>{t('notes.phase.tip')}</strong> {text(clock.phase.facilitatorTip)}
          </p>
          <ButtonGroup>
            <Button
              onClick={() => send({ type: 'phase', action: 'previous' })}
              disabled={state.current === 0}
            >
              {t('notes.phase.previous')}
            </Button>
            <Button onClick={() => send({ type: 'phase', action: 'start' })}>
              {state.startedAt ? t('notes.phase.restart') : t('notes.phase.start')}
            </Button>
            <Button
              appearance="primary"
              onClick={() => send({ type: 'phase', action: 'next' })}
              disabled={!clock.next}
            >
              {t('notes.phase.nextButton')}
            </Button>
          </ButtonGroup>
          <PhaseSettings
            options={state.options}
            onChange={(options) => send({ type: 'phase', action: 'configure', options })}
          />
        </div>
      ) : null}
      <details className="ods-phase-guide__all">
        <summary>{t('notes.phase.all')}</summary>
        <ol>
          {clock.phases.map((phase, index) => (
            <li key={phase.id} aria-current={index === state.current ? 'step' : undefined}>
              {text(phase.title)} ({t('notes.phase.minutes', { count: phase.minutes })})
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
