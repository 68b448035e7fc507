import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useNavigate } from 'react-router';
import type { CaseDetails, ConfirmedWarning } from '@ods/shared/api/cases';
import { scanPersonalData } from '@ods/shared/guard';
import { ApiError } from '../../../lib/api/api-error.ts';
import { newIdempotencyKey } from '../../../lib/api/idempotency-key.ts';
import type { FormErrors } from '../../../lib/forms/form-errors.ts';
import { casePath } from '../case-paths.ts';
import { useCreateCase } from '../api/create-case.ts';
import { useMarkCaseReady } from '../api/mark-case-ready.ts';
import { useUpdateCase } from '../api/update-case.ts';
import { draftProblems, toCaseInput, type CaseDraft } from '../model/case-draft.ts';
import { currentConfirmations, outstanding } from '../model/confirmations.ts';

type SubmitOptions = {
  storedId: string | undefined;
  draft: CaseDraft;
  confirmed: readonly ConfirmedWarning[];
  formErrors: { show: (errors: FormErrors) => void; showFailure: (failure: unknown) => void };
};

/**
 * Saving a draft and marking it ready. Both check in the browser first (the same guard and
 * limits as the server), then send; a new case is created on the first save and edited after.
 */
export function useSubmitCase({ storedId, draft, confirmed, formErrors }: SubmitOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCase();
  const update = useUpdateCase();
  const ready = useMarkCaseReady();
  // A new case that was created but could not be marked ready is edited from then on.
  const [createdId, setCreatedId] = useState<string | undefined>();
  const id = storedId ?? createdId;
  // One key per new case: a retry after a lost answer gets the case the server made already.
  const createKey = useRef(newIdempotencyKey());

  function localErrors(forReady: boolean): FormErrors {
    const fields: Record<string, string> = {};
    for (const [field, found] of Object.entries(draftProblems(draft, { forReady }))) {
      fields[field] = t(`cases.editor.errors.${found.problem}`, { max: found.max });
    }
    if (forReady) {
      for (const field of ['title', 'situation', 'question'] as const) {
        const left = outstanding(scanPersonalData(draft[field]), confirmed);
        if (left.blocking.length > 0) fields[field] ??= t('cases.editor.errors.blocking');
        else if (left.unconfirmed.length > 0)
          fields[field] ??= t('cases.editor.errors.unconfirmed');
      }
    }
    return { fields, general: [] };
  }

  async function persist(): Promise<CaseDetails> {
    const input = toCaseInput(draft);
    if (id) return update.mutateAsync({ id, input });
    try {
      const saved = await create.mutateAsync({ input, key: createKey.current });
      setCreatedId(saved.id);
      return saved;
    } catch (failure) {
      // The server answered (and so kept nothing): the next try is a new request.
      if (failure instanceof ApiError) createKey.current = newIdempotencyKey();
      throw failure;
    }
  }

  async function save() {
    const errors = localErrors(false);
    formErrors.show(errors);
    if (Object.keys(errors.fields).length > 0) return;
    try {
      const saved = await persist();
      await navigate(casePath(saved.id), { replace: true, state: { notice: 'saved' } });
    } catch (failure) {
      formErrors.showFailure(failure);
    }
  }

  async function markReady() {
    const errors = localErrors(true);
    formErrors.show(errors);
    if (Object.keys(errors.fields).length > 0) return;
    try {
      const saved = await persist();
      const findings = [saved.title, saved.situation, saved.question].flatMap((text) =>
        scanPersonalData(text),
      );
      const body = { confirmedWarnings: currentConfirmations(confirmed, findings) };
      const done = await ready.mutateAsync({ id: saved.id, body });
      await navigate(casePath(done.id), { replace: true, state: { notice: 'ready' } });
    } catch (failure) {
      formErrors.showFailure(failure);
    }
  }

  const busy = create.isPending || update.isPending || ready.isPending;
  return { save, markReady, busy };
}
