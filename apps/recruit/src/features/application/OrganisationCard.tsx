import { useTranslation } from 'react-i18next';
import type { OrganisationContact } from '@driehoek/contracts/organisation';

/**
 * The organisation the visitor applies to, as it publishes itself: its logo and name, and whom to
 * ask (the coordinator on duty, phone, e-mail). One site serves many organisations, so the
 * visitor sees whose programme they chose before they send anything.
 */
export function OrganisationCard({ organisation }: { organisation: OrganisationContact }) {
  const { t } = useTranslation();
  const reach = organisation.phone || organisation.email;
  return (
    <section className="recruit-organisation" aria-labelledby="recruit-organisation-title">
      {organisation.logoUrl && <img className="recruit-organisation__logo" src={organisation.logoUrl} alt="" />}
      <h3 id="recruit-organisation-title">{t('apply.organisation.title', { organisation: organisation.organisationName })}</h3>
      {reach && (
        <>
          <p>{organisation.coordinatorName ? t('apply.organisation.askCoordinator', { name: organisation.coordinatorName }) : t('apply.organisation.ask')}</p>
          <ul className="recruit-organisation__reach">
            {organisation.phone && (
              <li>
                {t('apply.organisation.phone')}:{' '}
                <a href={`tel:${organisation.phone.replace(/[^+0-9]/g, '')}`}>{organisation.phone}</a>
              </li>
            )}
            {organisation.email && (
              <li>
                {t('apply.organisation.email')}: <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
