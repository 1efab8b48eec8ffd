import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { StatusBanner } from '../screening/StatusBanner';
import { ScreeningChecklist } from '../screening/ScreeningChecklist';
import { DecisionPanel } from '../screening/DecisionPanel';
import { RevokePanel } from '../screening/RevokePanel';
import { ApplicationDetails } from './ApplicationDetails';
import { PageHeading } from '../../shell/PageHeading';
import { VolunteerMatchingProfile } from '../matching/VolunteerMatchingProfile';
import { AllowanceSection } from '../support/AllowanceSection';

/** One applicant: the status banner, the application, the screening checklist, the matching profile, the allowance and the decision. */
export function ApplicantPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const applicant = useQuery(trpc.applicants.get.queryOptions({ id }));

  if (applicant.isPending) return <LoadingState />;
  if (applicant.isError) {
    return (
      <>
        <PageHeading>{t('applicant.application')}</PageHeading>
        <LoadError error={applicant.error} onRetry={() => void applicant.refetch()} />
        <p>
          <Link href="/applicants">{t('app.backToApplicants')}</Link>
        </p>
      </>
    );
  }
  const data = applicant.data;

  return (
    <div className="coordinator-applicant">
      <p className="coordinator-back">
        <Link href={`/programmes/${encodeURIComponent(data.programme.id)}`}>{t('app.backToApplicants')}</Link>
      </p>
      <PageHeading>
        {data.firstName} {data.lastName}
      </PageHeading>
      <StatusBanner applicant={data} />
      <ApplicationDetails applicant={data} />
      <ScreeningChecklist applicant={data} />
      <VolunteerMatchingProfile key={data.id} applicant={data} />
      <AllowanceSection key={`allowance-${data.id}`} volunteerId={data.id} />
      <RevokePanel applicant={data} />
      <DecisionPanel applicant={data} />
    </div>
  );
}
