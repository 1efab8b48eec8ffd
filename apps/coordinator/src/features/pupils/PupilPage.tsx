import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { TriangleSection } from '../matches/running/TriangleSection';
import { Link } from 'wouter';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { isSchoolMentor, useSignedIn } from '../../shell/signed-in';
import { ConsentBanner } from '../consent/ConsentBanner';
import { ConsentSection } from '../consent/ConsentSection';
import { ParentsUnreachable } from '../consent/ParentsUnreachable';
import { NominationDetails } from './NominationDetails';
import { FamilyCard } from './FamilyCard';
import { CaseNotes } from './CaseNotes';
import { PupilMatchingProfile } from '../matching/PupilMatchingProfile';

/**
 * One pupil: where consent stands (first, and prominent), the nomination, consents, the family,
 * the matching profile, the parents-unreachable route (CON-5) and, for coordinators only, case notes.
 */
export function PupilPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useSignedIn();
  const pupil = useQuery(trpc.pupils.get.queryOptions({ id }));

  if (pupil.isPending) return <LoadingState />;
  if (pupil.isError) {
    return (
      <>
        <PageHeading>{t('pupil.title')}</PageHeading>
        <LoadError error={pupil.error} onRetry={() => void pupil.refetch()} />
        <p>
          <Link href="/pupils">{t('pupil.backToList')}</Link>
        </p>
      </>
    );
  }
  const data = pupil.data;
  // A school mentor never sees case notes: no section at all, even an empty one.
  const showNotes = !isSchoolMentor(me) && data.caseNotes !== null;

  return (
    <div className="coordinator-pupil">
      <p className="coordinator-back">
        <Link href="/pupils">{t('pupil.backToList')}</Link>
      </p>
      <PageHeading>
        {data.firstName} {data.lastName}
      </PageHeading>
      <ConsentBanner pupil={data} />
      {data.openMatch?.startedOn && !isSchoolMentor(me) && (
        <>
          <TriangleSection matchId={data.openMatch.id} pupilName={data.firstName} />
          <p>
            <Link href={`/matches/${encodeURIComponent(data.openMatch.id)}`}>{t('pupil.openMatch')}</Link>
          </p>
        </>
      )}
      <NominationDetails pupil={data} />
      <ConsentSection pupil={data} />
      <FamilyCard pupil={data} />
      <PupilMatchingProfile key={data.id} pupil={data} />
      {data.programme.mentee === 'pupil' && <ParentsUnreachable pupil={data} />}
      {showNotes && <CaseNotes pupil={data} notes={data.caseNotes ?? []} />}
    </div>
  );
}
