import '../cases.css';
import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useTopics } from '../../../lib/queries/topics.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { CaseEditor } from './case-editor.tsx';
import { EditorIntro } from './editor-intro.tsx';

/** /casussen/nieuw: an empty editor. */
export function NewCasePage() {
  const { t } = useTranslation();
  const topics = useTopics();
  return (
    <>
      <PageHeading>{t('cases.editor.titleNew')}</PageHeading>
      <EditorIntro />
      {topics.isError ? (
        <Alert type="error">{t('cases.editor.loadError')}</Alert>
      ) : topics.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : (
        <CaseEditor stored={undefined} topics={topics.data} />
      )}
    </>
  );
}
