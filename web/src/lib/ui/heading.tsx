import type { HTMLAttributes } from 'react';
import { classNames } from './class-names.ts';

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { level: 2 | 3 | 4 };

/** A section heading; pages have exactly one h1, rendered by PageHeading. */
export function Heading({ level, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} className={classNames(`utrecht-heading-${level}`, className)} />;
}
