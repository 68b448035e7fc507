/** Joins the class names that are switched on, e.g. classNames('a', invalid && 'a--invalid'). */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
