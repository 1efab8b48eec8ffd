import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge, type BadgeProps } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { queryClient, trpc } from '../../../trpc';
import { formatDay } from '../../../dates';
import { useServerErrorText } from '../../../server-errors';
import { LoadError, LoadingState } from '../../../shell/LoadState';
import type { MatchEvaluationView } from '../../../api-types';
import { addEvaluationTexts } from './evaluation-texts';

addEvaluationTexts();

type AnswerSet = MatchEvaluationView['answerSets'][number];
type Answer = AnswerSet['answers'][number];

const STATUS_TONES: Record<string, BadgeProps['tone']> = { answered: 'success', open: 'info', scheduled: 'neutral', expired: 'warning' };
const DIRECTION_TONES: Record<string, BadgeProps['tone']> = { better: 'success', same: 'neutral', worse: 'warning' };

/**
 * "Vragenlijsten" on the match (DOMAIN.md §7): who is asked which questionnaire and who answered,
 * the mirror of mentor and mentee on the same statements (where they agree and where they differ),
 * the change from mid-term to final, and the answers themselves. A worrying free-text answer can
 * be opened as a concern by hand (EVA-4: nothing scans the words).
 */
export function EvaluationSection({ matchId }: { matchId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const evaluation = useQuery(trpc.evaluation.forMatch.queryOptions({ matchId, language }));
  // Vandaag links here (`#evaluation`): once the panel has loaded, it is brought into view.
  useEffect(() => {
    if (evaluation.isSuccess && window.location.hash === '#evaluation') document.getElementById('evaluation')?.scrollIntoView();
  }, [evaluation.isSuccess]);
  return (
    <Card title={t('evaluation.title')}>
      {evaluation.isPending ? (
        <LoadingState />
      ) : evaluation.isError ? (
        <LoadError error={evaluation.error} onRetry={() => void evaluation.refetch()} />
      ) : evaluation.data.invitations.length === 0 && evaluation.data.answerSets.length === 0 ? (
        <p>{t('evaluation.none')}</p>
      ) : (
        <EvaluationView matchId={matchId} view={evaluation.data} />
      )}
    </Card>
  );
}

function EvaluationView({ matchId, view }: { matchId: string; view: MatchEvaluationView }) {
  const { t, i18n } = useTranslation();
  const value = useAnswerText();
  return (
    <>
      <h3>{t('evaluation.whoTitle')}</h3>
      <div className="coordinator-table-scroll"><table className="data">
        <caption className="dh-visually-hidden">{t('evaluation.whoTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.questionnaire')}</th>
            <th scope="col">{t('evaluation.person')}</th>
            <th scope="col">{t('evaluation.sendOn')}</th>
            <th scope="col">{t('evaluation.status')}</th>
          </tr>
        </thead>
        <tbody>
          {view.invitations.map((invitation) => (
            <tr key={invitation.invitationId}>
              <td>
                {invitation.title} <span className="dh-muted">({t(`questionnaireWhen.${invitation.moment}`)})</span>
              </td>
              <td>
                {invitation.personName} <span className="dh-muted">({t(`evaluation.role.${invitation.role}`)})</span>
              </td>
              <td>{formatDay(invitation.sendOn, i18n.language)}</td>
              <td>
                <Badge tone={STATUS_TONES[invitation.status] ?? 'neutral'}>{t(`evaluation.state.${invitation.status}`)}</Badge>
                {invitation.status === 'open' && <span className="dh-muted"> {t('evaluation.until', { day: formatDay(invitation.expiresOn, i18n.language) })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table></div>

      {view.mirrors.map((mirror) => (
        <section key={`${mirror.questionnaireId}-${mirror.moment}`} aria-label={t('evaluation.mirrorTitle', { title: mirror.title })}>
          <h3>{t('evaluation.mirrorTitle', { title: mirror.title })}</h3>
          {mirror.agreementShare !== null && <p>{t('evaluation.mirrorShare', { percent: Math.round(mirror.agreementShare * 100) })}</p>}
          <div className="coordinator-table-scroll"><table className="data">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.statement')}</th>
                <th scope="col">{t(`evaluation.respondent.${mirror.respondents[0]}`)}</th>
                <th scope="col">{t(`evaluation.respondent.${mirror.respondents[1]}`)}</th>
                <th scope="col">{t('evaluation.same')}</th>
              </tr>
            </thead>
            <tbody>
              {mirror.items.map((item) => (
                <tr key={item.itemId}>
                  <td>{item.text}</td>
                  <td>{value(item.first)}</td>
                  <td>{value(item.second)}</td>
                  <td>
                    <Badge tone={item.same ? 'success' : 'warning'}>{item.same ? t('evaluation.agree') : t('evaluation.differ')}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table></div>
        </section>
      ))}

      {view.changes.map((change) => (
        <section key={`${change.respondent}-${change.toQuestionnaireId}`}>
          <h3>{t('evaluation.changeTitle', { respondent: t(`evaluation.respondent.${change.respondent}`) })}</h3>
          <div className="coordinator-table-scroll"><table className="data">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.statement')}</th>
                <th scope="col">{t('questionnaireWhen.midTerm')}</th>
                <th scope="col">{t('questionnaireWhen.end')}</th>
                <th scope="col">{t('evaluation.change')}</th>
              </tr>
            </thead>
            <tbody>
              {[...change.scales.map((scale) => ({ key: `scale-${scale.scaleId}`, text: scale.title, before: scale.before.toFixed(1), after: scale.after.toFixed(1), direction: scale.direction })),
                ...change.items.map((item) => ({ key: item.itemId, text: item.text, before: value(item.before), after: value(item.after), direction: item.direction }))].map((row) => (
                <tr key={row.key}>
                  <td>{row.text}</td>
                  <td>{row.before}</td>
                  <td>{row.after}</td>
                  <td>
                    <Badge tone={DIRECTION_TONES[row.direction] ?? 'neutral'}>{t(`evaluation.direction.${row.direction}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table></div>
        </section>
      ))}

      {view.answerSets.map((set) => (
        <details key={set.answerSetId} className="coordinator-evaluation-answers">
          <summary>
            {t('evaluation.answersOf', { title: set.title, respondent: t(`evaluation.respondent.${set.respondent}`), day: formatDay(set.submittedOn, i18n.language) })}
          </summary>
          <dl>
            {set.answers.map((answer) => (
              <div key={answer.itemId}>
                <dt>{answer.text}</dt>
                <dd>
                  {answer.kind === 'text' ? <span className="coordinator-notes">{String(answer.value)}</span> : value(answer.value)}
                  {answer.explanation && <p className="coordinator-notes">{answer.explanation}</p>}
                  <ConcernFromAnswer matchId={matchId} answerSetId={set.answerSetId} answer={answer} />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </>
  );
}

/** An answer's value in words: Agree / Disagree / Could be improved, yes / no, or the number. */
function useAnswerText() {
  const { t } = useTranslation();
  return (value: string | number): string => (typeof value === 'number' ? String(value) : t(`evaluation.answer.${value}`, { defaultValue: value }));
}

/** EVA-4: the coordinator opens a worrying free-text answer as a concern; afterwards the link to it. */
function ConcernFromAnswer({ matchId, answerSetId, answer }: { matchId: string; answerSetId: string; answer: Answer }) {
  const { t } = useTranslation();
  const errorText = useServerErrorText();
  const [asking, setAsking] = useState(false);
  const [acute, setAcute] = useState<'' | 'yes' | 'no'>('');
  const [disclosure, setDisclosure] = useState(false);
  const open = useMutation(
    trpc.evaluation.concernFromAnswer.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.evaluation.forMatch.queryKey() }),
    }),
  );
  const words = answer.kind === 'text' ? String(answer.value) : (answer.explanation ?? '');
  if (answer.concernId) return <Link href={`/concerns/${encodeURIComponent(answer.concernId)}`}>{t('evaluation.concernOpened')}</Link>;
  if (open.data) return <Link href={`/concerns/${encodeURIComponent(open.data.concernId)}`}>{t('evaluation.concernOpened')}</Link>;
  if (words.trim() === '') return null;
  if (!asking) {
    return (
      <p>
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('evaluation.openConcern')}
        </Button>
      </p>
    );
  }
  const error = open.isError ? errorText(open.error) : undefined;
  return (
    <div className="coordinator-subform">
      <fieldset>
        <legend>{t('evaluation.acuteQuestion')}</legend>
        {(['yes', 'no'] as const).map((choice) => (
          <label key={choice} className="coordinator-radio">
            <input type="radio" name={`acute-${answerSetId}-${answer.itemId}`} value={choice} checked={acute === choice} onChange={() => setAcute(choice)} /> {t(`evaluation.acute.${choice}`)}
          </label>
        ))}
      </fieldset>
      <Checkbox label={t('evaluation.disclosure')} checked={disclosure} onChange={(event) => setDisclosure(event.target.checked)} />
      {error && (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      )}
      <div className="dh-actions">
        <Button
          busy={open.isPending}
          onClick={() => open.mutate({ matchId, answerSetId, itemId: answer.itemId, acuteDanger: acute === '' ? null : acute === 'yes', disclosure })}
        >
          {t('evaluation.openConcernConfirm')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('evaluation.cancel')}
        </Button>
      </div>
    </div>
  );
}
