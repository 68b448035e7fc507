import '../cases.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useProfile } from '../../../lib/queries/profile.ts';
import { useOfferedTopics } from '../../../lib/queries/topics.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { CaseEditor } from './case-editor.tsx';
import { EditorIntro } from './editor-intro.tsx';

/** /casussen/nieuw: an empty editor. */
export function NewCasePage() {
  const { t } = useTranslation();
  // The topics of the author's networks (the whole list until the profile names an organisation).
  const organisation = useProfile().data?.organisationId;
  const topics = useOfferedTopics(organisation ? { organisation } : undefined);
  return (
    <>
      <PageHeading>{t('cases.editor.titleNew')}</PageHeading>
      <EditorIntro />
      {topics.isError ? (
        <Alert type="error">{t('cases.editor.loadError')}</Alert>
      ) : topics.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : (
        <CaseEditor stored={undefined} topics={topics.data ?? []} />
      )}
    </>
  );
}
