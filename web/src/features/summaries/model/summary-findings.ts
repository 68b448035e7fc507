import { findKnownPeople, scanPersonalData, type Finding } from '@ods/shared/guard';
import type { SummaryFinding, SummaryView } from '@ods/shared/api/summaries';
import type { SummaryTextField } from '@ods/shared/api/summary-limits';

/**
 * What the guard finds in one text of the summary as it is being edited: the names of
 * participants who are not shown by name (live, from the names on the page), what the server
 * found for the saved text (it also knows e-mail addresses and organisations), and the general
 * guard. Where two overlap, the participant's name wins: it blocks.
 */
export function summaryFieldFindings(
  view: Pick<SummaryView, 'participants' | 'content' | 'knownPeople'>,
  field: SummaryTextField,
  text: string,
): Finding[] {
  const keptOut = view.participants
    .filter((p) => p.consent?.attribution !== 'name-and-municipality')
    .map((p) => ({ name: p.name }));
  const savedText = field === 'exchange' ? null : view.content[field];
  const fromServer =
    text === savedText
      ? view.knownPeople
          .filter((f: SummaryFinding) => f.field === field)
          .map(({ field: _field, ...finding }) => finding)
      : [];
  const findings: Finding[] = [];
  for (const f of [...fromServer, ...findKnownPeople(text, keptOut), ...scanPersonalData(text)])
    if (!findings.some((k) => k.start < f.end && f.start < k.end)) findings.push(f);
  return findings.sort((a, b) => a.start - b.start);
}
