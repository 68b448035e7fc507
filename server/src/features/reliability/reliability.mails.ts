import type { Language } from '@ods/shared';
import type { OutgoingMail } from '../../plugins/mail/outbox.ts';
import { renderMail } from '../../plugins/mail/render.ts';

/** Asks, without blame, whether someone still wants to take part; one click resumes. */
export function stillInterestedMail(
  to: string,
  name: string,
  link: string,
  language: Language,
): OutgoingMail {
  const nl = language === 'nl';
  return {
    kind: 'still-interested',
    to,
    subject: nl
      ? 'Wil je nog meedoen met Over de schutting?'
      : 'Do you still want to take part in Over de schutting?',
    ...renderMail({
      heading: nl ? `Hoi ${name}, doe je nog mee?` : `Hi ${name}, are you still in?`,
      paragraphs: nl
        ? [
            'Je was twee keer niet bij een sessie waarvoor je was ingedeeld, zonder af te melden. Dat kan gebeuren. Om je groepsgenoten niet te laten wachten, delen we je voorlopig niet meer in.',
            'Wil je weer meedoen? Klik dan op de knop. Wil je niet meer meedoen, dan hoef je niets te doen.',
          ]
        : [
            'You missed two sessions you were matched for, without declining. That can happen. So your group does not wait for you, we have stopped matching you for now.',
            'Want to take part again? Click the button. If not, you need not do anything.',
          ],
      button: { label: nl ? 'Ik doe weer mee' : 'I want to take part again', url: link },
    }),
  };
}
