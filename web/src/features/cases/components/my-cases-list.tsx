import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { formatDate } from '../../../lib/i18n/format-date.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { Button } from '../../../lib/ui/button.tsx';
import { Heading } from '../../../lib/ui/heading.tsx';
import { Link } from '../../../lib/ui/link.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { useMyCases } from '../api/list-my-cases.ts';
import { casePath } from '../case-paths.ts';

/** My cases, newest change first, each with its state and topic. */
export function MyCasesList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const cases = useMyCases();
  return (
    <section aria-labelledby="my-cases-title">
      <Heading level={2} id="my-cases-title">
        {t('cases.list.mine')}
      </Heading>
      {cases.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : cases.isError ? (
        <>
          <Alert type="error">{t('cases.list.loadError')}</Alert>
          <Button onClick={() => void cases.refetch()}>{t('app.retry')}</Button>
        </>
      ) : cases.data.length === 0 ? (
        <Paragraph>{t('cases.list.empty')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list ods-case-list">
          {cases.data.map((item) => (
            <li key={item.id} className="utrecht-unordered-list__item">
              <Link to={casePath(item.id)}>{item.title}</Link>
              <span className="ods-case-list__meta">
                {' '}
                · {t(`cases.state.${item.state}`)} · {item.topic.name[language]} ·{' '}
                {t('cases.list.updated', { date: formatDate(item.updatedAt, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
