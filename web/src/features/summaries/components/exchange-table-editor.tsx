import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { SUMMARY_LIMITS, type ExchangeRow } from '@ods/shared/api/summaries';
import { Button } from '../../../lib/ui/button.tsx';
import { Fieldset } from '../../../lib/ui/fieldset.tsx';
import { TextField } from '../../../lib/ui/text-field.tsx';

const COLUMNS = ['municipality', 'approach', 'tools', 'whatWorks'] as const;

type ExchangeTableEditorProps = {
  rows: readonly ExchangeRow[];
  onChange: (rows: ExchangeRow[]) => void;
};

/**
 * The "over de schutting" table as a form: one group of fields per municipality, so each row
 * reads well on a phone and with a screen reader (a grid of inputs would not).
 */
export function ExchangeTableEditor({ rows, onChange }: ExchangeTableEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ExchangeRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset
      id="summary-exchange"
      legend={t('summaries.fields.exchange')}
      description={t('summaries.fields.exchangeHint')}
    >
      {rows.map((row, index) => (
        <div key={index} className="ods-exchange-row">
          {COLUMNS.map((column) => (
            <TextField
              key={column}
              id={`summary-exchange-${index}-${column}`}
              label={t(`summaries.exchange.${column}`, { number: index + 1 })}
              value={row[column]}
              maxLength={column === 'municipality' ? 200 : SUMMARY_LIMITS.cellMax}
              onChange={(value) => update(index, { [column]: value })}
            />
          ))}
          <Button onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {t('summaries.exchange.remove', { number: index + 1, name: row.municipality })}
          </Button>
        </div>
      ))}
      {rows.length < SUMMARY_LIMITS.exchangeRowsMax ? (
        <Button
          onClick={() =>
            onChange([...rows, { municipality: '', approach: '', tools: '', whatWorks: '' }])
          }
        >
          {t('summaries.exchange.add')}
        </Button>
      ) : null}
    </Fieldset>
  );
}
