import type { ReactNode } from 'react';

// The lists hold static text from the translation files, so an item's position is a stable key.

/** A bulleted list of plain items. */
export function UnorderedList({ items }: { items: readonly ReactNode[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item, index) => (
        <li key={index} className="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** A numbered list, for steps that happen in order. */
export function OrderedList({ items }: { items: readonly ReactNode[] }) {
  return (
    <ol className="utrecht-ordered-list">
      {items.map((item, index) => (
        <li key={index} className="utrecht-ordered-list__item">
          {item}
        </li>
      ))}
    </ol>
  );
}
