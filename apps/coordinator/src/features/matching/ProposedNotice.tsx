import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';

export type Proposed = { matchId: string; pupilName: string; volunteerName: string; version: number };

/** "Proposed": a status message that takes the focus, with the way to the new match. */
export function ProposedNotice({ proposed }: { proposed: Proposed | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (proposed) ref.current?.focus();
  }, [proposed]);
  if (!proposed) return null;
  return (
    <div ref={ref} tabIndex={-1} className="coordinator-focus-target">
      <Alert tone="success" title={t('matching.proposedTitle')}>
        <p>{t('matching.proposedText', { pupil: proposed.pupilName, volunteer: proposed.volunteerName })}</p>
        <p>
          <Link href={`/matches/${encodeURIComponent(proposed.matchId)}`}>{t('matching.openMatch')}</Link>
        </p>
      </Alert>
    </div>
  );
}
