import { useTranslation } from '../../../lib/i18n/use-translation.ts';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../lib/queries/session.ts';
import { Alert } from '../../../lib/ui/alert.tsx';
import { PageHeading } from '../../../lib/ui/page-heading.tsx';
import { Paragraph } from '../../../lib/ui/paragraph.tsx';
import { SelectField } from '../../../lib/ui/select-field.tsx';
import { useNetworks } from '../api/networks.ts';
import { AdminSection } from './admin-section.tsx';
import { InvitationsSection } from './invitations-section.tsx';
import { OrganisationsSection } from './organisations-section.tsx';
import { OverviewSection } from './overview-section.tsx';
import { TopicsSection } from './topics-section.tsx';

/** The network a page shows lives in the address, so a reload or a shared link keeps it. */
const NETWORK_PARAM = 'netwerk';

/**
 * The console of a network: its organisations and mail domains, topics, invitations and the
 * overview (aggregates only). An admin also creates networks and appoints coordinators.
 */
export function ConsolePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const networks = useNetworks();
  const [params, setParams] = useSearchParams();

  if (user === undefined) return <Paragraph role="status">{t('app.loading')}</Paragraph>;
  if (!user || user.role === 'participant')
    return (
      <>
        <PageHeading>{t('console.title')}</PageHeading>
        <Alert type="warning">{t('console.staffOnly')}</Alert>
      </>
    );
  const list = networks.data?.networks ?? [];
  const chosen = list.find((n) => n.id === params.get(NETWORK_PARAM)) ?? list[0];
  return (
    <>
      <PageHeading>{t('console.title')}</PageHeading>
      <Paragraph lead>{t('console.lead')}</Paragraph>
      {user.role === 'admin' ? <AdminSection networks={list} /> : null}
      {networks.isPending ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : networks.isError ? (
        <Alert type="error">{t('console.loadError')}</Alert>
      ) : !chosen ? (
        <Alert type="info">{t('console.noNetwork')}</Alert>
      ) : (
        <>
          {list.length > 1 ? (
            <SelectField
              id="console-network"
              label={t('console.network')}
              placeholder={t('console.chooseNetwork')}
              value={chosen.id}
              onChange={(id) => setParams({ [NETWORK_PARAM]: id })}
              groups={[{ label: '', options: list.map((n) => ({ value: n.id, label: n.name })) }]}
            />
          ) : null}
          <h2 className="utrecht-heading-2">{chosen.name}</h2>
          <OverviewSection key={`o-${chosen.id}`} networkId={chosen.id} />
          <OrganisationsSection key={`m-${chosen.id}`} networkId={chosen.id} />
          <TopicsSection key={`t-${chosen.id}`} networkId={chosen.id} />
          <InvitationsSection key={`i-${chosen.id}`} networkId={chosen.id} />
        </>
      )}
    </>
  );
}
