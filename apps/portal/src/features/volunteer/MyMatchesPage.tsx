import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { forgetSession, useMe } from '../../shell/session.js';
import { readServerError } from '../../shell/server-errors.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { MeetingList } from '../meetings/MeetingList.js';
import { useMeetingText } from '../meetings/format.js';
import { openLog, readDraft } from './draft.js';
import { CalendarLink } from '../meetings/CalendarLink.js';
import { ContactCoordinator } from '../../shell/ContactCoordinator.js';
import { MyQuestionnaires } from '../evaluation/MyQuestionnaires.js';
import type { VolunteerMatch } from '../../api-types.js';

export type { VolunteerMatch } from '../../api-types.js';

/**
 * "Mijn koppelingen": a volunteer's own matches, each with the next meetings and a gentle
 * reminder for every meeting without a log (Parent'R'US tool 2: a log after each meeting).
 * The api returns only the signed-in volunteer's own matches.
 */
export function MyMatchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('volunteer.title'));
  const me = useMe().data;
  const matches = useQuery(trpc.portal.myMatches.queryOptions());
  const signedOut = matches.isError && readServerError(matches.error).kind === 'signedOut';
  useEffect(() => {
    if (signedOut) forgetSession();
  }, [signedOut]);

  return (
    <>
      <h1>{t('volunteer.title')}</h1>
      {me && <p className="dh-lead">{t('volunteer.greeting', { name: me.firstName })}</p>}
      {matches.isPending && <p role="status">{t('app.loading')}</p>}
      {matches.isError && !signedOut && <LoadFailed retrying={matches.isFetching} onRetry={() => void matches.refetch()} />}
      {matches.data?.length === 0 && <p>{t('volunteer.noMatches')}</p>}
      {me && matches.data?.map((match) => <MatchCard key={match.matchId} match={match} owner={me.familyMemberId} />)}
      {matches.data && matches.data.length > 0 && <MyQuestionnaires />}
      {matches.data && matches.data.length > 0 && <CalendarLink />}
      {matches.data && <ContactCoordinator intro={t('volunteer.questions')} />}
      {matches.data && matches.data.length > 0 && <SafeguardingContacts />}
    </>
  );
}

function MatchCard({ match, owner }: { match: VolunteerMatch; owner: string }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const [, navigate] = useLocation();
  const name = match.pupilFirstName;
  const draft = readDraft(owner, match.matchId);
  const write = (plannedFor: string | null) => {
    openLog({ owner, matchId: match.matchId, plannedFor });
    navigate('/log');
  };

  if (match.state === 'paused') {
    // Suspended (or the volunteer's screening lapsed): no meetings, nothing to log, only what happens now.
    return (
      <Card title={name}>
        <p className="dh-muted">{t('volunteer.programme', { programme: match.programmeName })}</p>
        <Alert tone="warning" title={t('volunteer.pausedTitle')}>
          <p>{t('volunteer.pausedText', { name })}</p>
        </Alert>
      </Card>
    );
  }

  return (
    <Card title={name}>
      <p className="dh-muted">{t('volunteer.programme', { programme: match.programmeName })}</p>

      {match.logsMissing.length > 0 && (
        <ul className="portal-reminders">
          {match.logsMissing.map((date) => (
            <li key={date} className="portal-reminder">
              <p>{t('volunteer.logMissing', { day: text.day(date) })}</p>
              <Button variant="secondary" onClick={() => write(date)}>
                {t('volunteer.writeThisLog')}
              </Button>
            </li>
          ))}
        </ul>
      )}

      {draft && !match.logsMissing.includes(draft.plannedFor ?? '') && (
        <div className="portal-reminder">
          <p>{t('volunteer.draft')}</p>
          <Button variant="secondary" onClick={() => write(draft.plannedFor)}>
            {t('volunteer.continueDraft')}
          </Button>
        </div>
      )}

      <FamilyContact match={match} />

      <h3>{t('volunteer.nextTitle')}</h3>
      {match.nextMeetings.length > 0 ? <MeetingList meetings={match.nextMeetings} /> : <p>{t('volunteer.noMeetings')}</p>}

      <div className="dh-actions">
        <Button onClick={() => write(null)}>{t('volunteer.writeLog')}</Button>
        <Link href={`/worry/${match.matchId}`} className="dh-button dh-button--secondary">
          {t('worry.button', { name })}
        </Link>
      </div>
      <p className="dh-muted">{t('volunteer.logsThere', { name })}</p>
    </Card>
  );
}

/** CON-6: the family's phone numbers and address, only while they agree to share them. */
function FamilyContact({ match }: { match: VolunteerMatch }) {
  const { t } = useTranslation();
  const contact = match.familyContact;
  return (
    <>
      <h3>{t('volunteer.familyContactTitle')}</h3>
      {contact ? (
        <dl className="portal-family-contact">
          {contact.people.map((person) => (
            <div key={`${person.firstName}-${person.phone}`}>
              <dt>{t('volunteer.phoneOf', { name: person.firstName })}</dt>
              <dd>
                <a href={`tel:${person.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">{person.phone}</a>
              </dd>
            </div>
          ))}
          <div>
            <dt>{t('volunteer.address')}</dt>
            <dd>{contact.address ? `${contact.address}, ${contact.postcode}` : contact.postcode}</dd>
          </div>
        </dl>
      ) : (
        <p className="dh-muted">{t('volunteer.familyContactHidden')}</p>
      )}
    </>
  );
}

/** SAF-17: who volunteers go to with a worry about a child: the safeguarding lead(s) and deputies. */
function SafeguardingContacts() {
  const { t, i18n } = useTranslation();
  const contacts = useQuery(trpc.safeguarding.contacts.queryOptions());
  if (!contacts.data || contacts.data.leads.length === 0) return null;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return <p className="dh-muted">{t('worry.contacts', { leads: list.format(contacts.data.leads), deputies: list.format(contacts.data.deputies) })}</p>;
}
