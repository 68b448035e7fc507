import type { ReactNode } from 'react';

type AccountSectionProps = { id: string; heading: string; children: ReactNode };

/** One task on the account page, named by its heading. */
export function AccountSection({ id, heading, children }: AccountSectionProps) {
  return (
    // The id makes each section an address of its own, such as /account#mail.
    <section id={id} aria-labelledby={headingId(id)} className="ods-account-section">
      {/* tabIndex -1: after an action replaces the button that had focus, focus moves here. */}
      <h2 id={headingId(id)} tabIndex={-1} className="utrecht-heading-2">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** Moves focus to a section's heading, so it is not lost when the focused button disappears. */
export function focusSectionHeading(id: string): void {
  document.getElementById(headingId(id))?.focus();
}

function headingId(id: string): string {
  return `${id}-heading`;
}
