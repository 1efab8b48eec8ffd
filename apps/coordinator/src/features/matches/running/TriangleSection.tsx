import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../../trpc';
import { formatDay } from '../../../dates';
import { LoadError, LoadingState } from '../../../shell/LoadState';

/**
 * "Driehoek": the pupil in the middle of parents, school and volunteer, with the latest contact
 * of each corner. A list in reading order; the lines of the triangle are decoration only.
 */
export function TriangleSection({ matchId, pupilName }: { matchId: string; pupilName: string }) {
  const { t, i18n } = useTranslation();
  const triangle = useQuery(trpc.matches.triangle.queryOptions({ matchId }));
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : t('triangle.never'));
  const view = triangle.data;

  return (
    <Card title={t('triangle.title')}>
      {triangle.isPending ? (
        <LoadingState />
      ) : triangle.isError || !view ? (
        <LoadError error={triangle.error} onRetry={() => void triangle.refetch()} />
      ) : (
        <div className="coordinator-triangle">
          <svg className="coordinator-triangle-lines" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <polygon points="50,12 10,88 90,88" />
          </svg>
          <p className="coordinator-triangle-centre">
            <span className="dh-visually-hidden">{t('triangle.centre')} </span>
            {pupilName}
          </p>
          <ul className="coordinator-triangle-corners">
            <li className="coordinator-corner coordinator-corner--volunteer">
              <h3>{t('triangle.volunteer')}</h3>
              <p>{view.volunteer.name}</p>
              <p>{t('triangle.lastMeeting', { date: day(view.volunteer.lastMeetingOn) })}</p>
              <p>{t('triangle.lastCheckIn', { date: day(view.volunteer.lastCheckInOn) })}</p>
            </li>
            <li className="coordinator-corner coordinator-corner--parents">
              <h3>{t('triangle.parents')}</h3>
              <p>{view.parents.names.length > 0 ? view.parents.names.join(', ') : t('triangle.noParents')}</p>
              <p>{t('triangle.lastContact', { date: day(view.parents.lastContactOn) })}</p>
            </li>
            <li className="coordinator-corner coordinator-corner--school">
              <h3>{t('triangle.school')}</h3>
              <p>{view.schoolMentor.school || t('triangle.noSchool')}</p>
              <p>{t('triangle.lastContact', { date: day(view.schoolMentor.lastContactOn) })}</p>
            </li>
          </ul>
        </div>
      )}
    </Card>
  );
}
