import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { queryClient, trpc } from '../../trpc';
import { formatMoment } from '../../dates';
import { useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { matchesChanged } from '../matches/saving';
import { explainParts, scoreText, tradeOffText } from './explain';
import { BATCH_OBJECTIVES, type BatchObjective } from './vocabulary';
import { applyAccepted, loadReview, otherRowsWith, reviewOf, storeReview, type BatchReview, type ReviewRow } from './batch-review';
import type { BatchProposalView, MatchSummary } from '../../api-types';

type ProposeManyResult = { created: MatchSummary[]; refused: { pupilId: string; volunteerId: string; code: string }[] };

/**
 * "Voorstel voor iedereen": the exact proposal for the whole programme (nothing is saved by the
 * run), reviewed row by row: accept, drop, or another volunteer from the pupil's suggestions;
 * accepting creates the matches (`matches.proposeMany`), each checked on its own.
 */
export function BatchPanel({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const serverText = useServerErrorText();
  const [objective, setObjective] = useState<BatchObjective>('lexicographic');
  const [review, setReviewState] = useState<BatchReview | null>(() => loadReview(programmeId));
  const [focusTarget, setFocusTarget] = useState<{ id: string; version: number } | null>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => setReviewState(loadReview(programmeId)), [programmeId]);
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const setReview = (next: BatchReview | null) => {
    storeReview(programmeId, next);
    setReviewState(next);
  };
  const focus = (id: string) => setFocusTarget((previous) => ({ id, version: (previous?.version ?? 0) + 1 }));

  const run = useMutation({
    mutationFn: (chosen: BatchObjective): Promise<BatchProposalView> =>
      queryClient.fetchQuery({ ...trpc.matching.proposeBatch.queryOptions({ programmeId, objective: chosen }), staleTime: 0 }),
    onSuccess: (result) => {
      setReview(reviewOf(result, new Date().toISOString()));
      focus('batch-results');
    },
  });
  const accept = useMutation(trpc.matches.proposeMany.mutationOptions());

  const sendRows = (rows: ReviewRow[]) => {
    if (!review || rows.length === 0) return;
    const sent = rows.map((row) => row.pupilId);
    accept.mutate(
      { proposals: rows.map((row) => ({ pupilId: row.pupilId, volunteerId: row.volunteerId, source: 'batch' as const })) },
      {
        onSuccess: (result: ProposeManyResult) => {
          matchesChanged();
          setReview({ ...review, rows: applyAccepted(review.rows, sent, result) });
          focus(rows.length === 1 ? `batch-row-${rows[0]!.pupilId}` : 'batch-accepted-summary');
        },
      },
    );
  };
  const updateRow = (pupilId: string, change: Partial<ReviewRow>) => {
    if (!review) return;
    setReview({ ...review, rows: review.rows.map((row) => (row.pupilId === pupilId ? { ...row, ...change } : row)) });
  };

  const open = review?.rows.filter((row) => row.state === 'open') ?? [];
  const accepted = review?.rows.filter((row) => row.state === 'accepted').length ?? 0;
  const refused = review?.rows.filter((row) => row.state === 'refused').length ?? 0;

  return (
    <Card title={t('batch.title')} className="coordinator-batch">
      <p>{t('batch.intro')}</p>
      <Fieldset legend={t('batch.objective')}>
        <div className="dh-options">
          {BATCH_OBJECTIVES.map((option) => (
            <div key={option} className="dh-checkbox">
              <input
                id={`batch-objective-${option}`}
                type="radio"
                name="batch-objective"
                className="dh-checkbox__input"
                value={option}
                checked={objective === option}
                onChange={() => setObjective(option)}
                aria-describedby={`batch-objective-${option}-hint`}
              />
              <label className="dh-checkbox__label" htmlFor={`batch-objective-${option}`}>
                {t(`batch.objectives.${option}`)}
              </label>
              <p className="dh-field__hint dh-checkbox__note" id={`batch-objective-${option}-hint`}>
                {t(`batch.objectiveHints.${option}`)}
              </p>
            </div>
          ))}
        </div>
      </Fieldset>
      <div className="dh-actions">
        <Button type="button" busy={run.isPending} onClick={() => run.mutate(objective)}>
          {t('batch.run')}
        </Button>
        {review && (
          <Button type="button" variant="secondary" onClick={() => setReview(null)}>
            {t('batch.clear')}
          </Button>
        )}
      </div>
      {run.isError && (
        <Alert tone="error" title={t('batch.runFailed')}>
          <p>{serverText(run.error)}</p>
        </Alert>
      )}

      {review && (
        <div className="coordinator-batch-results">
          <h3 id="batch-results" ref={resultsRef} tabIndex={-1}>
            {t('batch.resultsTitle')}
          </h3>
          <p className="dh-muted">
            {t('batch.ranAt', { moment: formatMoment(review.ranAt, i18n.language), objective: t(`batch.objectives.${review.objective}`) })}
          </p>
          <p>
            {t('batch.summary', { count: review.rows.length, waiting: t('batch.stillWaiting', { count: review.unmatched.length }), total: Math.round(review.totalScore), pairs: review.feasiblePairs })}
          </p>
          <div id="batch-accepted-summary" tabIndex={-1} className="coordinator-focus-target" role="status">
            {(accepted > 0 || refused > 0) && <p>{t('batch.acceptedSummary', { accepted, refused })}</p>}
          </div>
          {accept.isError && (
            <Alert tone="error" title={t('batch.acceptFailed')}>
              <p>{serverText(accept.error)}</p>
            </Alert>
          )}
          {review.rows.length === 0 ? (
            <p>{t('batch.noProposals')}</p>
          ) : (
            <>
              <ol className="coordinator-batch-list">
                {review.rows.map((row) => (
                  <BatchRow
                    key={row.pupilId}
                    row={row}
                    rows={review.rows}
                    tradeOff={row.changed ? undefined : review.tradeOffs?.find((entry) => entry.pupilId === row.pupilId)}
                    busy={accept.isPending}
                    onAccept={() => sendRows([row])}
                    onDrop={() => {
                      updateRow(row.pupilId, { state: 'dropped' });
                      focus(`batch-row-${row.pupilId}`);
                    }}
                    onRestore={() => {
                      updateRow(row.pupilId, { state: 'open' });
                      focus(`batch-row-${row.pupilId}`);
                    }}
                    onChange={(change) => {
                      updateRow(row.pupilId, { ...change, changed: true, state: 'open' });
                      focus(`batch-row-${row.pupilId}`);
                    }}
                  />
                ))}
              </ol>
              <div className="dh-actions">
                <Button type="button" busy={accept.isPending} disabled={open.length === 0} onClick={() => sendRows(open)}>
                  {t('batch.acceptAll')}
                </Button>
              </div>
            </>
          )}
          {review.unmatched.length > 0 && (
            <>
              <h3>{t('batch.unmatchedTitle', { count: review.unmatched.length })}</h3>
              <ul>
                {review.unmatched.map((pupil) => (
                  <li key={pupil.pupilId}>
                    <Link href={`/pupils/${encodeURIComponent(pupil.pupilId)}`}>{pupil.pupilName}</Link>: {t(pupil.reason, { defaultValue: t('batch.unknownReason') })}{' '}
                    <span className="dh-muted">{t('batch.eligible', { count: pupil.eligibleVolunteers })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </Card>
  );
}

const STATE_TONE = { open: 'info', accepted: 'success', refused: 'danger', dropped: 'neutral' } as const;

function BatchRow({
  row,
  rows,
  tradeOff,
  busy,
  onAccept,
  onDrop,
  onRestore,
  onChange,
}: {
  row: ReviewRow;
  rows: ReviewRow[];
  tradeOff: BatchProposalView['tradeOffs'][number] | undefined;
  busy: boolean;
  onAccept: () => void;
  onDrop: () => void;
  onRestore: () => void;
  onChange: (change: Pick<ReviewRow, 'volunteerId' | 'volunteerName' | 'score' | 'maxScore' | 'parts'>) => void;
}) {
  const { t, i18n } = useTranslation();
  const [changing, setChanging] = useState(false);
  const others = otherRowsWith(rows, row.volunteerId, row.pupilId);
  return (
    <li className="coordinator-batch-row">
      <div id={`batch-row-${row.pupilId}`} tabIndex={-1} className="coordinator-focus-target">
        <h4>{t('batch.pair', { pupil: row.pupilName, volunteer: row.volunteerName })}</h4>
        <p className="coordinator-step-badges">
          <Badge tone={STATE_TONE[row.state]}>{t(`batch.state.${row.state}`)}</Badge>
          {row.changed && <Badge tone="warning">{t('batch.changed')}</Badge>}
          <span className="coordinator-score">{scoreText(t, row.score, row.maxScore)}</span>
        </p>
      </div>
      <p>{explainParts(t, i18n.language, row.parts)}</p>
      {tradeOff && (
        <p className="coordinator-trade-off">{tradeOffText(t, tradeOff, row)}</p>
      )}
      {row.state === 'open' && others > 0 && <p className="coordinator-waiver">{t('batch.volunteerTwice', { name: row.volunteerName, count: others })}</p>}
      {row.state === 'refused' && row.code && <p className="coordinator-problem-text">{t(row.code, { defaultValue: t('errors.generic') })}</p>}
      {row.state === 'accepted' && row.matchId && (
        <p>
          <Link href={`/matches/${encodeURIComponent(row.matchId)}`}>
            {t('batch.openMatch')}
            <span className="dh-visually-hidden"> {t('matching.forName', { name: row.pupilName })}</span>
          </Link>
        </p>
      )}
      {(row.state === 'open' || row.state === 'refused') && (
        <div className="dh-actions">
          <Button type="button" busy={busy} onClick={onAccept} aria-label={t('batch.acceptFor', { name: row.pupilName })}>
            {t('batch.accept')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setChanging((c) => !c)} aria-expanded={changing} aria-label={t('batch.changeFor', { name: row.pupilName })}>
            {t('batch.change')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDrop} aria-label={t('batch.dropFor', { name: row.pupilName })}>
            {t('batch.drop')}
          </Button>
        </div>
      )}
      {row.state === 'dropped' && (
        <Button type="button" variant="secondary" onClick={onRestore} aria-label={t('batch.restoreFor', { name: row.pupilName })}>
          {t('batch.restore')}
        </Button>
      )}
      {changing && (row.state === 'open' || row.state === 'refused') && (
        <ChangeVolunteer
          row={row}
          rows={rows}
          onChosen={(change) => {
            setChanging(false);
            onChange(change);
          }}
        />
      )}
    </li>
  );
}

/** Another volunteer for one proposal, from the pupil's suggestions (the same reasons in words). */
function ChangeVolunteer({ row, rows, onChosen }: { row: ReviewRow; rows: ReviewRow[]; onChosen: (change: Pick<ReviewRow, 'volunteerId' | 'volunteerName' | 'score' | 'maxScore' | 'parts'>) => void }) {
  const { t, i18n } = useTranslation();
  const suggestions = useQuery(trpc.matching.suggestForPupil.queryOptions({ pupilId: row.pupilId, limit: 10 }));
  const [chosen, setChosen] = useState('');
  if (suggestions.isPending) return <LoadingState />;
  if (suggestions.isError) return <LoadError error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  const options = suggestions.data.suggestions.filter((s) => s.volunteerId !== row.volunteerId);
  const selected = options.find((s) => s.volunteerId === chosen);
  if (options.length === 0) return <p>{t('batch.noOtherVolunteer')}</p>;
  return (
    <div className="coordinator-subform coordinator-subform--plain">
      <SelectField
        label={t('batch.otherVolunteer', { name: row.pupilName })}
        placeholder={t('matching.choose')}
        options={options.map((s) => {
          const used = otherRowsWith(rows, s.volunteerId, row.pupilId);
          return { value: s.volunteerId, label: `${s.volunteerName} (${scoreText(t, s.score, s.maxScore)})${used > 0 ? ` – ${t('batch.alreadyProposed')}` : ''}` };
        })}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      />
      {selected && <p>{explainParts(t, i18n.language, selected.parts)}</p>}
      <Button
        type="button"
        variant="secondary"
        disabled={!selected}
        onClick={() => selected && onChosen({ volunteerId: selected.volunteerId, volunteerName: selected.volunteerName, score: selected.score, maxScore: selected.maxScore, parts: selected.parts })}
      >
        {t('batch.useVolunteer')}
        <span className="dh-visually-hidden"> {t('matching.forName', { name: row.pupilName })}</span>
      </Button>
    </div>
  );
}
