import type { ReactNode } from 'react';

type ConsoleSectionProps = { id: string; heading: string; level?: 2 | 3; children: ReactNode };

/** One part of the console, named by its heading (a network's parts under the network's name). */
export function ConsoleSection({ id, heading, level = 3, children }: ConsoleSectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="ods-account-section">
      <Heading id={`${id}-heading`} className={`utrecht-heading-${level}`}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
