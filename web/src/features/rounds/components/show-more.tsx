import { Button } from '../../../lib/ui/button.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';

/**
 * "12 van 1 412 getoond" and a button for the next page, below a long list. The count is a
 * polite live region, so a screen reader hears the list grow; the button keeps the focus.
 */
export function ShowMore({
  shown,
  total,
  status,
  label,
  busy,
  error,
  onMore,
}: {
  shown: number;
  total: number;
  status: string;
  label: string;
  busy: boolean;
  error?: string | undefined;
  onMore: () => void;
}) {
  if (total === 0) return null;
  return (
    <div>
      <Paragraph role="status">{status}</Paragraph>
      {error ? <Paragraph role="alert">{error}</Paragraph> : null}
      {shown < total ? (
        <Button busy={busy} onClick={onMore}>
          {label}
        </Button>
      ) : null}
    </div>
  );
}
