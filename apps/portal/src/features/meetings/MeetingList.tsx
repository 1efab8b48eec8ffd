import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@driehoek/ui/Badge';
import { useMeetingText, type Meeting } from './format.js';

type Props = {
  meetings: readonly Meeting[];
  /** The parent's view says who comes; the volunteer knows. */
  withWhom?: string;
  /** One action per meeting ("We can't make it"). */
  action?: (meeting: Meeting) => ReactNode;
};

/** The next meetings: day and time in the page's language, with whom, how and where. */
export function MeetingList({ meetings, withWhom, action }: Props) {
  const { t } = useTranslation();
  const text = useMeetingText();
  return (
    <ul className="portal-meetings">
      {meetings.map((meeting) => (
        <li key={`${meeting.date}-${meeting.time}`} className="portal-meeting">
          <p className="portal-meeting__when">
            <strong>{t('meetings.when', { day: text.day(meeting.date), time: text.time(meeting.date, meeting.time) })}</strong>
            {meeting.kind !== 'planned' && (
              <>
                {' '}
                <Badge tone="info">{t(`meetings.kind.${meeting.kind}`)}</Badge>
              </>
            )}
          </p>
          <p className="portal-meeting__what">
            {withWhom && <span>{t('meetings.with', { name: withWhom })}</span>}
            <span>{text.format(meeting.format)}</span>
            <span>{text.minutes(meeting.durationMinutes)}</span>
            {meeting.place && <span>{t('meetings.place', { place: meeting.place })}</span>}
          </p>
          {action?.(meeting)}
        </li>
      ))}
    </ul>
  );
}
