import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { classNames } from './class-names.ts';
import { describedBy } from './field-ids.ts';
import { FieldMessages } from './field-messages.tsx';

export type ComboboxOption = { id: string; label: string; detail?: string };

type ComboboxProps = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  /** All options matching the typed text, best first. */
  search: (query: string) => readonly ComboboxOption[];
  /** Single choice: the chosen option's label, shown in the box while not typing. */
  selectedLabel?: string | undefined;
  onSelect: (option: ComboboxOption) => void;
  /** For adding to a list: the box empties after each choice. */
  clearAfterSelect?: boolean;
  maxShown?: number;
};

/**
 * An editable combobox with a list of suggestions (the WAI-ARIA "list autocomplete" pattern):
 * type to filter, arrow keys to move, Enter to choose, Escape to close. Focus stays in the text
 * box; the active option is announced through aria-activedescendant.
 */
export function Combobox({
  id,
  label,
  description,
  error,
  search,
  selectedLabel,
  onSelect,
  clearAfterSelect = false,
  maxShown = 50,
}: ComboboxProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const listId = `${id}-listbox`;
  const [query, setQuery] = useState(selectedLabel ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = open ? search(query) : [];
  const shown = matches.slice(0, maxShown);
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active >= 0)
      document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const choose = (option: ComboboxOption) => {
    onSelect(option);
    setQuery(clearAfterSelect ? '' : option.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) {
        setOpen(true);
        setActive(step === 1 ? 0 : Math.min(search(query).length, maxShown) - 1);
        return;
      }
      setActive((current) => Math.max(0, Math.min(shown.length - 1, current + step)));
    } else if (event.key === 'Enter' && open && shown[active]) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  // Leaving the box: an exact match counts as chosen; otherwise show the real choice again, so
  // the text never suggests a choice that was not made.
  const onBlur = () => {
    const exact = search(query).find((option) => sameText(option.label, query));
    if (exact && !sameText(query, selectedLabel ?? '')) choose(exact);
    else if (!clearAfterSelect) setQuery(selectedLabel ?? '');
    setOpen(false);
    setActive(-1);
  };

  const status = !open
    ? ''
    : matches.length === 0
      ? t('ui.combobox.noResults')
      : t('ui.combobox.results', { count: matches.length });

  return (
    <div
      className={classNames(
        'utrecht-form-field utrecht-form-field--text',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label id={labelId} className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages fieldId={id} description={description} error={error} />
      <div className="utrecht-form-field__input ods-combobox">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open && shown.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { description, error })}
          className={classNames(
            'utrecht-textbox utrecht-textbox--html-input',
            error && 'utrecht-textbox--invalid',
          )}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={labelId}
          hidden={!open || shown.length === 0}
          className="utrecht-listbox ods-combobox__listbox"
          // Keep focus in the text box when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {shown.map((option, index) => (
            // Keyboard use goes through the text box (aria-activedescendant), not the options.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              tabIndex={-1}
              className={classNames(
                'utrecht-listbox__option utrecht-listbox__option--html-li',
                index === active && 'utrecht-listbox__option--active',
              )}
              onClick={() => choose(option)}
            >
              {option.label}
              {option.detail ? (
                <span className="ods-combobox__detail"> {option.detail}</span>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="ods-visually-hidden" role="status">
          {status}
        </p>
        {open && matches.length > shown.length ? (
          <p className="utrecht-form-field-description">
            {t('ui.combobox.typeMore', { count: maxShown })}
          </p>
        ) : null}
        {open && matches.length === 0 ? (
          <p className="utrecht-form-field-description">{t('ui.combobox.noResults')}</p>
        ) : null}
      </div>
    </div>
  );
}

function sameText(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'nl', { sensitivity: 'base' }) === 0;
}
