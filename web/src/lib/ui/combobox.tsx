import { Combobox as UtrechtCombobox, ComboboxPopover } from '@utrecht/combobox-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { Listbox, ListboxOption } from '@utrecht/listbox-react';
import { Textbox } from '@utrecht/textbox-react';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { describedBy } from './field-ids.ts';
import { FormField } from './form-field.tsx';

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
 * box; the active option is announced through aria-activedescendant. Built from the design
 * system's parts (@utrecht/combobox-react, -textbox-react, -listbox-react); the behaviour is
 * ours, as Utrecht's combobox package brings the layout only.
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
    <FormField id={id} labelId={labelId} label={label} description={description} error={error}>
      <UtrechtCombobox className="ods-combobox">
        <Textbox
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open && shown.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, { description, error })}
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
        <ComboboxPopover
          hidden={!open || shown.length === 0}
          // The package's default position class has another component's name (0.0.13), so
          // the popover would cover the text box: name the combobox's own "below" modifier.
          className="utrecht-combobox__popover--block-end ods-combobox__popover"
        >
          <Listbox
            id={listId}
            aria-labelledby={labelId}
            // Focus stays in the text box; the list is not a tab stop of its own.
            tabIndex={-1}
            className="ods-combobox__listbox"
            // Keep focus in the text box when an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            {shown.map((option, index) => (
              // Keyboard use goes through the text box (aria-activedescendant), not the options.
              <ListboxOption
                key={option.id}
                id={optionId(index)}
                active={index === active}
                selected={index === active}
                tabIndex={-1}
                onClick={() => choose(option)}
              >
                {option.label}
                {option.detail ? (
                  <span className="ods-combobox__detail"> {option.detail}</span>
                ) : null}
              </ListboxOption>
            ))}
          </Listbox>
        </ComboboxPopover>
        <p className="ods-visually-hidden" role="status">
          {status}
        </p>
        {open && matches.length > shown.length ? (
          <FormFieldDescription>
            {t('ui.combobox.typeMore', { count: maxShown })}
          </FormFieldDescription>
        ) : null}
        {open && matches.length === 0 ? (
          <FormFieldDescription>{t('ui.combobox.noResults')}</FormFieldDescription>
        ) : null}
      </UtrechtCombobox>
    </FormField>
  );
}

function sameText(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'nl', { sensitivity: 'base' }) === 0;
}
