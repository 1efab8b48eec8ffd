import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { z } from 'zod';
import { requiredText } from '@driehoek/contracts/common';
import { proposeMatchInput } from '@driehoek/contracts/matches';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { trpc } from '../../trpc';
import { useErrorText, useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { useFormServerErrors } from '../../forms/form-errors';
import { StepForm } from '../../forms/StepForm';
import { matchSaved } from '../matches/saving';
import { explainExclusions, explainParts, fullName } from './explain';
import type { Proposed } from './ProposedNotice';
import type { MatchDetail, MatchingBoard, ReadyVolunteer, Suggestions, WaitingPupil } from '../../api-types';

export type { Proposed } from './ProposedNotice';

const SUGGESTIONS = 5;
let proposals = 0;

type Side = 'pupil' | 'volunteer';
type Candidate = { id: string; name: string };

/** The proposing of one pair from the board, as a suggestion or by hand; the result goes to the board's notice. */
function useProposeMatch(onProposed: (proposed: Proposed) => void) {
  return useMutation(
    trpc.matches.propose.mutationOptions({
      onSuccess: (detail: MatchDetail) => {
        matchSaved(detail);
        proposals += 1;
        onProposed({ matchId: detail.id, pupilName: detail.pupil.name, volunteerName: detail.volunteer.name, nextStep: detail.nextSteps[0] ?? null, version: proposals });
      },
    }),
  );
}

/** A pupil's best volunteers, why, who is excluded and why, and a match by hand. */
export function PupilSuggestions({ pupil, board, onProposed }: { pupil: WaitingPupil; board: MatchingBoard; onProposed: (proposed: Proposed) => void }) {
  const { t } = useTranslation();
  const suggestions = useQuery(trpc.matching.suggestForPupil.queryOptions({ pupilId: pupil.id, limit: SUGGESTIONS }));
  const name = fullName(pupil);
  const noMoments = Boolean(
    suggestions.data &&
      suggestions.data.suggestions.length === 0 &&
      suggestions.data.excluded.length > 0 &&
      suggestions.data.excluded.every((pair) => pair.exclusions.some((e) => e.code === 'MATCHING.NO_SHARED_AVAILABILITY' && (e.shared ?? 0) === 0)),
  );
  return (
    <SuggestionSection
      side="pupil"
      heading={t('matching.suggestionsForPupil', { name })}
      personName={name}
      personId={pupil.id}
      query={suggestions}
      candidates={board.readyVolunteers.map((v: ReadyVolunteer) => ({ id: v.id, name: fullName(v) }))}
      onProposed={onProposed}
      warning={
        pupil.needs.length === 0 || noMoments ? (
          <Alert tone="warning" title={t('matching.profileIncomplete')}>
            <p>{noMoments ? t('matching.noMomentsText') : t('matching.noNeedsText')}</p>
            <p>
              <Link href={`/pupils/${encodeURIComponent(pupil.id)}`}>{t('matching.editProfile', { name })}</Link>
            </p>
          </Alert>
        ) : null
      }
    />
  );
}

/** A volunteer's best pupils, the same from the other side. */
export function VolunteerSuggestions({ volunteer, board, onProposed }: { volunteer: ReadyVolunteer; board: MatchingBoard; onProposed: (proposed: Proposed) => void }) {
  const { t } = useTranslation();
  const suggestions = useQuery(trpc.matching.suggestForVolunteer.queryOptions({ volunteerId: volunteer.id, limit: SUGGESTIONS }));
  const name = fullName(volunteer);
  return (
    <SuggestionSection
      side="volunteer"
      heading={t('matching.suggestionsForVolunteer', { name, left: volunteer.capacityLeft })}
      personName={name}
      personId={volunteer.id}
      query={suggestions}
      candidates={board.waitingPupils.map((p) => ({ id: p.id, name: fullName(p) }))}
      onProposed={onProposed}
      warning={null}
    />
  );
}

function SuggestionSection({
  side,
  heading,
  personName,
  personId,
  query,
  candidates,
  onProposed,
  warning,
}: {
  side: Side;
  heading: string;
  personName: string;
  personId: string;
  query: { data?: Suggestions | undefined; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  candidates: Candidate[];
  onProposed: (proposed: Proposed) => void;
  warning: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useServerErrorText();
  const propose = useProposeMatch(onProposed);
  const [proposing, setProposing] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (propose.isError) errorRef.current?.focus();
  }, [propose.isError, propose.failureCount]);

  const other = (s: { volunteerId: string; volunteerName: string; pupilId: string; pupilName: string }) =>
    side === 'pupil' ? { id: s.volunteerId, name: s.volunteerName } : { id: s.pupilId, name: s.pupilName };
  const pair = (otherId: string) => (side === 'pupil' ? { pupilId: personId, volunteerId: otherId } : { pupilId: otherId, volunteerId: personId });

  return (
    <section aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{heading}</h2>
      {warning}
      {propose.isError && (
        <div ref={errorRef} tabIndex={-1} className="coordinator-focus-target">
          <Alert tone="error" title={t('matching.proposeFailed')}>
            <p>{errorText(propose.error)}</p>
          </Alert>
        </div>
      )}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError || !query.data ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {query.data.suggestions.length === 0 ? (
            <p>{t('matching.noSuggestions')}</p>
          ) : (
            <ol className="coordinator-suggestion-list">
              {query.data.suggestions.map((suggestion) => {
                const candidate = other(suggestion);
                return (
                  <li key={candidate.id} className="coordinator-suggestion">
                    <h3>{candidate.name}</h3>
                    <p className="coordinator-score">{t('matching.score', { score: Math.round(suggestion.score), max: suggestion.maxScore })}</p>
                    <p>{explainParts(t, i18n.language, suggestion.parts)}</p>
                    <Button
                      type="button"
                      busy={propose.isPending && proposing === candidate.id}
                      disabled={propose.isPending}
                      onClick={() => {
                        setProposing(candidate.id);
                        propose.mutate({ ...pair(candidate.id), source: 'suggestion' });
                      }}
                    >
                      {t('matching.propose')}
                      <span className="dh-visually-hidden">
                        {' '}
                        {side === 'pupil'
                          ? t('matching.proposePair', { volunteer: candidate.name, pupil: personName })
                          : t('matching.proposePair', { volunteer: personName, pupil: candidate.name })}
                      </span>
                    </Button>
                  </li>
                );
              })}
            </ol>
          )}
          {query.data.excluded.length > 0 && (
            <details className="coordinator-excluded">
              <summary>{side === 'pupil' ? t('matching.excludedVolunteers', { count: query.data.excluded.length }) : t('matching.excludedPupils', { count: query.data.excluded.length })}</summary>
              <ul>
                {query.data.excluded.map((excluded) => {
                  const candidate = other(excluded);
                  return (
                    <li key={candidate.id}>
                      <span className="coordinator-label">{candidate.name}</span>: {explainExclusions(t, i18n.language, excluded.exclusions)}
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          <ManualMatch side={side} personId={personId} personName={personName} candidates={candidates} onProposed={onProposed} />
        </>
      )}
    </section>
  );
}

const manualForm = proposeMatchInput.extend({ manualReason: requiredText(1000) });
type ManualValues = z.input<typeof manualForm>;

/** A match outside the suggestions: any ready volunteer (or waiting pupil), with the reason why (kept on the match). */
function ManualMatch({ side, personId, personName, candidates, onProposed }: { side: Side; personId: string; personName: string; candidates: Candidate[]; onProposed: (proposed: Proposed) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const form = useForm<ManualValues>({
    resolver: zodResolver(manualForm),
    defaultValues: side === 'pupil' ? { pupilId: personId, volunteerId: '', source: 'manual', manualReason: '' } : { pupilId: '', volunteerId: personId, source: 'manual', manualReason: '' },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['pupilId', 'volunteerId', 'manualReason'], { menteeId: 'pupilId' });
  const propose = useProposeMatch(onProposed);
  const otherField = side === 'pupil' ? 'volunteerId' : 'pupilId';

  if (!open) {
    return (
      <p>
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t('matching.manualOpen')}
          <span className="dh-visually-hidden"> {t('matching.forName', { name: personName })}</span>
        </Button>
      </p>
    );
  }
  return (
    <div className="coordinator-subform coordinator-subform--plain">
      <h3>{t('matching.manualTitle')}</h3>
      <p>{t('matching.manualText')}</p>
      <StepForm
        submitLabel={t('matching.manualSubmit')}
        busy={propose.isPending}
        formError={server.formError}
        onCancel={() => setOpen(false)}
        onSubmit={form.handleSubmit((values) => {
          server.clear();
          propose.mutate(values, { onError: server.onError });
        })}
      >
        <SelectField
          label={side === 'pupil' ? t('matching.manualVolunteer') : t('matching.manualPupil')}
          placeholder={t('matching.choose')}
          options={candidates.map((c) => ({ value: c.id, label: c.name }))}
          error={errorText(errors[otherField]?.message, t('errors.chooseField', { field: side === 'pupil' ? t('matching.manualVolunteer') : t('matching.manualPupil') }))}
          {...form.register(otherField)}
        />
        <TextArea label={t('matching.manualReason')} hint={t('matching.manualReasonHint')} rows={3} error={errorText(errors.manualReason?.message)} {...form.register('manualReason')} />
      </StepForm>
    </div>
  );
}
