import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import type { CaseDetails } from '@ods/shared/api/cases';
import { ApiError } from '../../../lib/api/api-error.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { ButtonGroup } from '../../../lib/ui/button-group.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useArchiveCase } from '../api/archive-case.ts';
import { useWithdrawCase } from '../api/withdraw-case.ts';

/** What the owner can still do with a case: take a ready one back to edit it, or archive it. */
export function CaseOwnerActions({ item }: { item: CaseDetails }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawCase();
  const archive = useArchiveCase();
  if (item.state === 'archived') return null;
  const failure = withdraw.error ?? archive.error;
  return (
    <section aria-labelledby="case-actions-title" className="ods-case-actions">
      <Heading level={2} id="case-actions-title">
        {t('cases.actions.title')}
      </Heading>
      {failure ? (
        <Alert type="error" role="alert">
          {failure instanceof ApiError ? failure.message : t('errors.unexpected')}
        </Alert>
      ) : null}
      {item.state === 'ready' ? <Paragraph>{t('cases.actions.withdrawNote')}</Paragraph> : null}
      <Paragraph>{t('cases.actions.archiveNote')}</Paragraph>
      <ButtonGroup>
        {item.state === 'ready' ? (
          <Button busy={withdraw.isPending} onClick={() => withdraw.mutate(item.id)}>
            {t('cases.actions.withdraw')}
          </Button>
        ) : null}
        <Button busy={archive.isPending} onClick={() => archive.mutate(item.id)}>
          {t('cases.actions.archive')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
