import { useEffect } from 'react';
import { childWords } from './child-words.js';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Badge, type BadgeProps } from '@driehoek/ui/Badge';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { forgetSession, useMe } from '../../shell/session.js';
import { readServerError } from '../../shell/server-errors.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { ConsentQuestion } from './ConsentQuestion.js';
import { NextMeetings, type ChildSchedule } from './NextMeetings.js';
import { CalendarLink } from '../meetings/CalendarLink.js';
import { ContactCoordinator } from '../../shell/ContactCoordinator.js';
import type { PortalFamily } from '../../api-types.js';

type Child = PortalFamily['children'][number];

/**
 * A parent's own page: who the organisation is, what taking part means, and per child where it
 * stands and the consent questions. The api returns only the signed-in parent's own family.
 */
export function FamilyPage() {
  const { t } = useTranslation();
  usePageTitle(t('family.title'));
  const me = useMe().data;
  const family = useQuery(trpc.portal.family.queryOptions());
  const signedOut = family.isError && readServerError(family.error).kind === 'signedOut';
  // The session ended (expired, or signed out in another tab): back to the sign-in.
  useEffect(() => {
    if (signedOut) forgetSession();
  }, [signedOut]);

  return (
    <>
      <h1>{t('family.title')}</h1>
      {me && <p className="dh-lead">{t('family.greeting', { name: me.firstName })}</p>}
      {family.isPending && <p role="status">{t('app.loading')}</p>}
      {family.isError && !signedOut && <LoadFailed retrying={family.isFetching} onRetry={() => void family.refetch()} />}
      {family.data && <FamilyView family={family.data} />}
    </>
  );
}

function FamilyView({ family }: { family: PortalFamily }) {
  const { t } = useTranslation();
  const organisation = family.organisation.name;
  // One sentence per kind of programme the children take part in.
  const programmes = [...new Map(family.children.map((child) => [child.programme.template, child.programme])).values()];
  // The next meetings, for the children who have a volunteer.
  const matched = family.children.some((child) => child.status === 'matched');
  const schedule = useQuery({ ...trpc.portal.schedule.queryOptions(), enabled: matched });
  const scheduleOf = (child: Child) => (child.status === 'matched' ? (schedule.data ?? []).filter((item) => item.pupilId === child.pupilId) : []);
  const about = (
    <>
      <Card title={t('family.whoTitle')}>
        <p>{t('family.who', { organisation })}</p>
        <p>{t('family.free')}</p>
      </Card>

      {programmes.length > 0 && (
        <Card title={t('family.meaningTitle')}>
          {programmes.map((programme) => (
            <p key={programme.template}>
              {programmes.length > 1 && <strong>{programme.name}: </strong>}
              {t(`family.meaning.${programme.template}`, { defaultValue: t('family.meaning.other') })}
            </p>
          ))}
          <p>{t('family.meaningChoice')}</p>
        </Card>
      )}
    </>
  );
  const children = (
    <>
      {family.children.length === 0 && <p>{t('family.noChildren')}</p>}
      {family.children.map((child) => (
        <ChildSection key={child.pupilId} child={child} schedules={scheduleOf(child)} />
      ))}
      {matched && <CalendarLink />}
    </>
  );
  // Before a family has decided, who we are and what taking part means come first. Once a child
  // has a volunteer, the parent comes for the next meeting: the children (with their next
  // meetings) come first and the fixed cards below, instead of a screen and a half down. The
  // children keep their place in the tree either way: a withdrawal that pauses the match changes
  // the order, and the answer's confirmation must survive it.
  return (
    <>
      {!matched && about}
      {children}
      {matched && about}

      <ContactCoordinator intro={t('family.questions', { organisation })} />
    </>
  );
}

const STATUS_TONES: Record<Child['status'], BadgeProps['tone']> = {
  consentPending: 'info',
  waiting: 'info',
  matched: 'success',
  closed: 'neutral',
};

/** Pupil's own questions first (CON-2), taking part (MENTORING) first among them. */
function inAskingOrder(consents: Child['consents']): Child['consents'] {
  const rank = (item: Child['consents'][number]) => (item.giver === 'pupil' ? 0 : 2) + (item.purpose === 'mentoring' ? 0 : 1);
  return [...consents].sort((a, b) => rank(a) - rank(b));
}

function ChildSection({ child, schedules }: { child: Child; schedules: ChildSchedule[] }) {
  const { t } = useTranslation();
  const name = child.firstName;
  const words = childWords(child);
  const pupilFirst = child.consents.find((item) => item.giver === 'pupil' && item.purpose === 'mentoring' && item.state === 'pending');
  const consents = inAskingOrder(child.consents);
  return (
    <Card title={name}>
      <p className="portal-child-status">
        <Badge tone={STATUS_TONES[child.status]}>{t(`family.status.${child.status}.badge`)}</Badge>{' '}
        <span>{t(`family.status.${child.status}.text`, words)}</span>
      </p>
      <p className="dh-muted">{t('family.programme', { programme: child.programme.name })}</p>

      {schedules.map((schedule) => (
        <NextMeetings key={schedule.matchId} schedule={schedule} />
      ))}

      {consents.length > 0 && (
        <>
          <p>{pupilFirst?.canAnswer ? t('consent.pupilFirst', words) : t('consent.intro')}</p>
          <ul className="portal-questions">
            {consents.map((item) => (
              <li key={`${item.giver}-${item.purpose}`}>
                <ConsentQuestion pupilId={child.pupilId} child={words} item={item} waitingForPupil={!!pupilFirst} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
