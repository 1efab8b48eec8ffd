import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { formatDay } from '../../dates';
import { NominationStatusBadge } from '../pupils/badges';
import type { PupilDetail } from '../../api-types';

/**
 * The first thing on the pupil page, from the domain's consent assessment: "Ready to match", or
 * who to ask next (always the pupil first, CON-2), or why the pupil cannot be matched (a refusal
 * closes the nomination, CON-3; a withdrawal stops it, CON-4).
 */
export function ConsentBanner({ pupil }: { pupil: PupilDetail }) {
  const { t, i18n } = useTranslation();
  const { consent } = pupil;
  const blockers = consent.blockers.map((code) => t(code, { defaultValue: t('errors.invalid') }));

  let alert;
  if (consent.nextStep === 'cannotMatch' || pupil.status === 'closed') {
    alert = (
      <Alert tone="error" title={t('consentBanner.cannotMatchTitle')}>
        <p>{consent.closedBecauseRefused ? t('consentBanner.closedRefused') : t('consentBanner.cannotMatchText')}</p>
        {blockers.length > 0 && (
          <ul>
            {blockers.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </Alert>
    );
  } else if (consent.readyToMatch) {
    alert = (
      <Alert tone="success" title={t('consentBanner.readyTitle')}>
        <p>{t('consentBanner.readyText')}</p>
      </Alert>
    );
  } else {
    alert = (
      <Alert tone="warning" title={t(`consentBanner.${consent.nextStep}Title`, { defaultValue: t('consentBanner.neededTitle') })}>
        <p>{t(`consentBanner.${consent.nextStep}Text`, { defaultValue: '' })}</p>
        {blockers.length > 0 && (
          <>
            <p>{t('consentBanner.stillNeeded')}</p>
            <ul>
              {blockers.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </>
        )}
      </Alert>
    );
  }

  return (
    <div className="coordinator-banner">
      {alert}
      <p className="coordinator-status-line">
        <span className="coordinator-label">{t('pupil.status')}: </span>
        <NominationStatusBadge status={pupil.status} />
        <span>
          {t('consentBanner.legalBasis', {
            age: consent.subjectAge,
            giver: t(`legalBasisGiver.${consent.legalBasisGiver}`, { defaultValue: consent.legalBasisGiver }),
          })}
        </span>
      </p>
      {consent.familyInformed && <p className="coordinator-waiver">{t('consentBanner.familyInformed')}</p>}
      {consent.reconfirmationDueOn && (
        <p>{t('consentBanner.reconfirmation', { date: formatDay(consent.reconfirmationDueOn, i18n.language) })}</p>
      )}
    </div>
  );
}
