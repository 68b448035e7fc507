import '../cases.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useProfile } from '../../../lib/queries/profile.ts';
import { useOfferedTopics } from '../../../lib/queries/topics.ts';
import { PATHS } from '../../../lib/routing/paths.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useCase } from '../api/get-case.ts';
import { CaseEditor } from './case-editor.tsx';
import { EditorIntro } from './editor-intro.tsx';
import { CaseOwnerActions } from './case-owner-actions.tsx';
import { CaseView } from './case-view.tsx';

type Notice = 'saved' | 'ready' | 'copied';

function noticeOf(state: unknown): Notice | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'saved' || notice === 'ready' || notice === 'copied' ? notice : undefined;
}

/** /casussen/:id: the editor for the owner's draft, the case itself for everything else. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const notice = noticeOf(useLocation().state);
  const item = useCase(id);
  // The author's networks' topics; the case's own topic stays, also when retired since.
  const organisation = useProfile().data?.organisationId;
  const topics = useOfferedTopics(
    organisation ? { organisation } : undefined,
    item.data ? [item.data.topic.slug] : [],
  );

  if (item.isPending || topics.isPending) {
    return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  }
  if (item.isError || topics.isError) {
    const missing = item.error instanceof ApiError && [400, 404].includes(item.error.status);
    return (
      <>
        <PageHeading>
          {t(missing ? 'cases.view.notFoundTitle' : 'cases.view.loadErrorTitle')}
        </PageHeading>
        <Paragraph>{t(missing ? 'cases.view.notFound' : 'cases.editor.loadError')}</Paragraph>
        {missing ? null : <Button onClick={() => void item.refetch()}>{t('app.retry')}</Button>}
        <Paragraph>
          <Link to={PATHS.cases}>{t('cases.backToList')}</Link>
        </Paragraph>
      </>
    );
  }
  const stored = item.data;
  const editing = stored.isOwner && stored.state === 'draft';
  // A notice from the step before only while it is still true (not after a withdrawal).
  const shown = notice === 'ready' ? stored.state === 'ready' : notice && editing;
  return (
    <>
      <PageHeading title={editing ? t('cases.editor.titleEdit') : stored.title}>
        {editing ? t('cases.editor.titleEdit') : stored.title}
      </PageHeading>
      {notice && shown ? (
        <Alert type="ok" role="status">
          {t(`cases.notice.${notice}`)}
        </Alert>
      ) : null}
      {editing ? (
        <>
          <EditorIntro />
          <CaseEditor key={stored.id} stored={stored} topics={topics.data ?? []} />
        </>
      ) : (
        <CaseView item={stored} />
      )}
      {stored.isOwner ? <CaseOwnerActions item={stored} /> : null}
      <Paragraph>
        <Link to={PATHS.cases}>{t('cases.backToList')}</Link>
      </Paragraph>
    </>
  );
}
