import { Heading } from '../../../lib/ui/heading.tsx';
import { UnorderedList } from '../../../lib/ui/lists.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

export type StatementSection = {
  heading: string;
  paragraphs?: readonly string[];
  items?: readonly string[];
  after?: readonly string[];
};

/** The sections of a long statement (privacy, accessibility), from the translation files. */
export function StatementSections({ sections }: { sections: readonly StatementSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} aria-labelledby={headingId(section.heading)}>
          <Heading level={2} id={headingId(section.heading)}>
            {section.heading}
          </Heading>
          {section.paragraphs?.map((text) => (
            <Paragraph key={text}>{text}</Paragraph>
          ))}
          {section.items ? <UnorderedList items={section.items} /> : null}
          {section.after?.map((text) => (
            <Paragraph key={text}>{text}</Paragraph>
          ))}
        </section>
      ))}
    </>
  );
}

function headingId(heading: string): string {
  return `section-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
