import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import type { EvaluationLanguage } from '@driehoek/domain/evaluation';
import { trpc } from '../../trpc.js';
import { useMeetingText } from '../meetings/format.js';
import { useEvaluationTexts } from './texts.js';
import { lastDay } from './last-day.js';
import type { VolunteerEvaluations } from '../../api-types.js';

type Invitation = VolunteerEvaluations['invitations'][number];

/**
 * A volunteer's questionnaires on "Mijn koppelingen": the open ones to fill in, the others with
 * their state, and the volunteer's own choice to take part (EVA-1: voluntary; no changes nothing).
 */
export function MyQuestionnaires() {
  const { t, i18n } = useTranslation();
  const ready = useEvaluationTexts();
  const queryClient = useQueryClient();
  // Titles in the reader's language (the api falls back to Dutch where a questionnaire has none).
  const language = i18n.resolvedLanguage as EvaluationLanguage | undefined;
  const evaluations = useQuery({ ...trpc.evaluation.myEvaluations.queryOptions(language ? { language } : undefined), placeholderData: (previous) => previous });
  const decide = useMutation(
    trpc.evaluation.decideEvaluationConsent.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.evaluation.myEvaluations.pathFilter()),
    }),
  );
  const data = evaluations.data;
  if (!ready || !data) return null;
  const shown = data.invitations.filter((invitation) => invitation.status !== 'scheduled');
  const taking = data.consent === 'given';
  return (
    <Card title={t('evaluation.mineTitle')}>
      <p className="dh-muted">{t('evaluation.mineIntro')}</p>
      {shown.length > 0 ? (
        <ul className="portal-questionnaires">
          {shown.map((invitation) => (
            <InvitationRow key={invitation.invitationId} invitation={invitation} />
          ))}
        </ul>
      ) : (
        taking && <p>{t('evaluation.noneOpen')}</p>
      )}
      <div aria-live="polite">
        {data.consent === 'pending' && <p>{t('evaluation.consentQuestion')}</p>}
        {taking && <p>{t('evaluation.consentGiven')}</p>}
        {(data.consent === 'refused' || data.consent === 'withdrawn') && <p>{t('evaluation.consentRefused')}</p>}
      </div>
      <div className="dh-actions">
        {data.consent !== 'given' && (
          <Button variant={data.consent === 'pending' ? 'primary' : 'secondary'} busy={decide.isPending} onClick={() => decide.mutate({ decision: 'given' })}>
            {data.consent === 'pending' ? t('evaluation.consentYes') : t('evaluation.consentRestart')}
          </Button>
        )}
        {data.consent === 'pending' && (
          <Button variant="secondary" busy={decide.isPending} onClick={() => decide.mutate({ decision: 'refused' })}>
            {t('evaluation.consentNo')}
          </Button>
        )}
        {taking && (
          <Button variant="secondary" busy={decide.isPending} onClick={() => decide.mutate({ decision: 'withdrawn' })}>
            {t('evaluation.consentStop')}
          </Button>
        )}
      </div>
    </Card>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  return (
    <li className="portal-reminder">
      <p>
        <strong>{invitation.title}</strong> ({t(`evaluation.moments.${invitation.moment}`)}) · {t('evaluation.about', { name: invitation.menteeFirstName })}
      </p>
      {invitation.status === 'open' ? (
        <>
          <p className="dh-muted">{t('evaluation.fillInUntil', { day: text.day(lastDay(invitation.expiresOn)) })}</p>
          <Link href={`/evaluation/${invitation.invitationId}`} className="dh-button dh-button--secondary">
            {t('evaluation.fillIn')}
          </Link>
        </>
      ) : (
        <Badge tone={invitation.status === 'answered' ? 'success' : 'neutral'}>{t(`evaluation.${invitation.status}`)}</Badge>
      )}
    </li>
  );
}
