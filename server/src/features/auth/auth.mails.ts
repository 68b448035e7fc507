import type { Language } from '@ods/shared';
import { renderMail } from '../../plugins/mail/render.ts';
import type { OutgoingMail } from '../../plugins/mail/outbox.ts';

export function loginMail(to: string, link: string, language: Language): OutgoingMail {
  const nl = language === 'nl';
  return {
    kind: 'login',
    to,
    subject: nl ? 'Je inloglink voor Over de schutting' : 'Your sign-in link for Over de schutting',
    ...renderMail({
      heading: nl ? 'Inloggen bij Over de schutting' : 'Sign in to Over de schutting',
      paragraphs: nl
        ? [
            'Klik op de knop om in te loggen. De link werkt één keer en is 15 minuten geldig.',
            'Heb je dit niet aangevraagd? Dan kun je deze mail negeren.',
          ]
        : [
            'Click the button to sign in. The link works once and is valid for 15 minutes.',
            'Did not ask for this? Then you can ignore this mail.',
          ],
      button: { label: nl ? 'Inloggen' : 'Sign in', url: link },
    }),
  };
}

export function emailChangeMail(to: string, link: string, language: Language): OutgoingMail {
  const nl = language === 'nl';
  return {
    kind: 'email-change',
    to,
    subject: nl ? 'Bevestig je nieuwe e-mailadres' : 'Confirm your new e-mail address',
    ...renderMail({
      heading: nl ? 'Bevestig je nieuwe e-mailadres' : 'Confirm your new e-mail address',
      paragraphs: nl
        ? [
            'Je wilt dit adres gebruiken voor Over de schutting. Bevestig dat met de knop; de link is 15 minuten geldig.',
          ]
        : [
            'You want to use this address for Over de schutting. Confirm with the button; the link is valid for 15 minutes.',
          ],
      button: { label: nl ? 'Bevestigen' : 'Confirm', url: link },
    }),
  };
}
