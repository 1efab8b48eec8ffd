import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { formatDay } from '../../dates';
import type { ApplicantDetail } from '../../api-types';

const HELD_STATUS_TITLE: Record<string, string> = {
  actionRequired: 'banner.actionRequiredTitle',
  screeningExpired: 'banner.expiredTitle',
  revoked: 'banner.revokedTitle',
};

/**
 * The first thing on the applicant page: "Ready to match", or what is still needed, or the
 * decision that ended the application.
 */
export function StatusBanner({ applicant }: { applicant: ApplicantDetail }) {
  const { t, i18n } = useTranslation();
  const { assessment, record } = applicant;
  const decision = record.decision;

  const waived = assessment.steps.filter((step) => step.requirement === 'waived');
  const waiver =
    waived.length > 0 ? (
      <p className="coordinator-waiver">{t('banner.waived', { steps: waived.map((step) => t(`step.${step.step}`)).join(', ') })}</p>
    ) : null;
  const status = (
    <p className="coordinator-status-line">
      <span className="coordinator-label">{t('applicant.status')}: </span>
      <Badge tone={assessment.readyToMatch ? 'success' : decision ? 'danger' : 'info'}>
        {t(`status.${assessment.status}`, { defaultValue: assessment.status })}
      </Badge>
      {assessment.vogRenewalDue && (
        <span className="coordinator-renewal"> {t('banner.vogRenewalDue', { date: formatDay(assessment.vogRenewalDue, i18n.language) })}</span>
      )}
    </p>
  );

  if (decision) {
    return (
      <div className="coordinator-banner">
        <Alert tone="warning" title={decision.kind === 'withdrawn' ? t('banner.withdrawnTitle') : t('banner.rejectedTitle')}>
          <p>{t('banner.decidedText', { date: formatDay(decision.decidedOn, i18n.language), reason: decision.reason })}</p>
        </Alert>
        {status}
        {waiver}
      </div>
    );
  }

  if (assessment.readyToMatch) {
    return (
      <div className="coordinator-banner">
        <Alert tone="success" title={t('banner.readyTitle')}>
          <p>{t('banner.readyText')}</p>
        </Alert>
        {status}
        {waiver}
      </div>
    );
  }

  const open = assessment.steps.filter((step) => step.requirement === 'required' && step.state !== 'done');
  const titleKey = HELD_STATUS_TITLE[assessment.status] ?? 'banner.neededTitle';
  return (
    <div className="coordinator-banner">
      <Alert tone="warning" title={t(titleKey)}>
        {open.length > 0 && (
          <>
            <p>{t('banner.neededText')}</p>
            <ul>
              {open.map((step) => (
                <li key={step.step}>
                  <strong>{t(`step.${step.step}`)}</strong>
                  {': '}
                  {step.problems.length > 0
                    ? step.problems.map((problem) => t(problem, { defaultValue: problem })).join(' ')
                    : t(`stepState.${step.state}`)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Alert>
      {status}
    </div>
  );
}
