import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { OrganisationContact } from '@driehoek/contracts/organisation';
import { trpc } from '../trpc.js';

/**
 * "Questions? Contact your coordinator", with whom and how: the coordinator on duty, the phone
 * number and the e-mail address the organisation published in its settings. Signed in, it asks
 * the api; a page without a portal session (the applicant's status page) passes the `contact` it has.
 */
export function ContactCoordinator({ intro, contact: given }: { intro: string; contact?: OrganisationContact }) {
  const { t } = useTranslation();
  const contact = useQuery({ ...trpc.portal.contact.queryOptions(), enabled: !given });
  const data = given ?? contact.data;
  return (
    <section className="portal-contact" aria-labelledby="portal-contact-title">
      <h2 id="portal-contact-title">{t('contact.title')}</h2>
      <p>{intro}</p>
      {data?.logoUrl && <img className="portal-contact-logo" src={data.logoUrl} alt={data.organisationName} />}
      {data && (
        <dl>
          <dt>{t('contact.who')}</dt>
          <dd>{data.coordinatorName ? t('contact.coordinatorOf', { name: data.coordinatorName, organisation: data.organisationName }) : data.organisationName}</dd>
          {data.phone && (
            <>
              <dt>{t('contact.phone')}</dt>
              <dd>
                <a href={`tel:${data.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">{data.phone}</a>
              </dd>
            </>
          )}
          {data.email && (
            <>
              <dt>{t('contact.email')}</dt>
              <dd>
                <a href={`mailto:${data.email}`} dir="ltr">{data.email}</a>
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
