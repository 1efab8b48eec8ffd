import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { nextStepText } from '../matches/vocabulary';

/** A proposed match; `nextStep` is the first of the match's next steps (its programme's lifecycle). */
export type Proposed = { matchId: string; pupilName: string; volunteerName: string; nextStep: string | null; version: number };

/**
 * "Proposed": a status message that takes the focus, with the way to the new match and the step
 * that comes next in this programme (no matching conversation where the programme has none).
 */
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
        {proposed.nextStep && <p>{t('matching.proposedNext', { step: nextStepText(t, proposed.nextStep) })}</p>}
        <p>
          <Link href={`/matches/${encodeURIComponent(proposed.matchId)}`}>{t('matching.openMatch')}</Link>
        </p>
      </Alert>
    </div>
  );
}
