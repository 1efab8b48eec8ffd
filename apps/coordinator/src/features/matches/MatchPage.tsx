import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc';
import { formatDay, todayIso } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { capitalise, explainParts } from '../matching/explain';
import { MatchStageBadge } from './badges';
import { ActionForm, AgreementForm, DeclineForm, IntroductionForm, SignatureForm, WarmHandoverForm, WeeklyTimeForm } from './step-forms';
import { isOpenStage, nextStepText, type ContractSigner } from './vocabulary';
import { BudgetSection } from './running/BudgetSection';
import { CheckInsSection } from './running/CheckInsSection';
import { EndMatchSection } from './running/EndMatchSection';
import { LogsSection } from './running/LogsSection';
import { TalkRequestsSection } from './running/TalkRequestsSection';
import { ScheduleSection } from './running/ScheduleSection';
import { SuspendSection } from './running/SuspendSection';
import { TriangleSection } from './running/TriangleSection';
import type { MatchDetail } from '../../api-types';

// The questionnaires of a match load with their own chunk: not every visit of the page opens them.
const EvaluationSection = lazy(() => import('./running/EvaluationSection').then((m) => ({ default: m.EvaluationSection })));

type StepKey = 'introduction' | 'agreement.volunteer' | 'agreement.family' | `signature.${ContractSigner}` | 'weeklyTime' | 'warmHandover' | 'activation' | 'confirmation';

/** One match: who, why (the score in words), and the lifecycle as a checklist with a form per step. */
export function MatchPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const match = useQuery(trpc.matches.get.queryOptions({ matchId: id }));

  if (match.isPending) return <LoadingState />;
  if (match.isError) {
    return (
      <>
        <PageHeading>{t('match.title')}</PageHeading>
        <LoadError error={match.error} onRetry={() => void match.refetch()} />
        <p>
          <Link href="/matches">{t('match.backToList')}</Link>
        </p>
      </>
    );
  }
  return <MatchView match={match.data} />;
}

function MatchView({ match }: { match: MatchDetail }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<Saved & { step: StepKey | null }>({ ...NOT_SAVED, step: null });
  const [declining, setDeclining] = useState(false);
  const [declined, setDeclined] = useState<Saved>(NOT_SAVED);
  const [ended, setEnded] = useState<Saved>(NOT_SAVED);
  const onSaved = (step: StepKey) => () => setSaved((previous) => ({ ...savedWith(t('match.saved'))(previous), step }));
  const open = isOpenStage(match.stage);
  const beforeStart = open && match.stage !== 'active';
  const day = (iso: string | null | undefined) => formatDay(iso, i18n.language);

  const steps: { key: StepKey; title: string; done: boolean; applies: boolean; recorded: ReactNode; form: ReactNode }[] = [
    {
      key: 'introduction',
      title: t('matchSteps.introduction.title'),
      done: Boolean(match.introduction),
      applies: match.lifecycle.requireIntroduction || Boolean(match.introduction),
      recorded: match.introduction && (
        <p>
          {t('matchSteps.introduction.recorded', { date: day(match.introduction.heldOn), attendees: match.introduction.attendees.join(', ') })}
          {match.introduction.organisationRepresentative && <> {t('matchSteps.introduction.recordedRepresentative', { name: match.introduction.organisationRepresentative })}</>}
        </p>
      ),
      form: <IntroductionForm match={match} onSaved={onSaved('introduction')} />,
    },
    ...(['volunteer', 'family'] as const).map((side) => {
      const on = side === 'volunteer' ? match.agreements.volunteerOn : match.agreements.familyOn;
      return {
        key: `agreement.${side}` as const,
        title: t(`matchSteps.agreement.title.${side}`),
        done: Boolean(on),
        applies: true,
        recorded: on && <p>{t('matchSteps.agreement.recorded', { date: day(on) })}</p>,
        form: <AgreementForm match={match} side={side} onSaved={onSaved(`agreement.${side}`)} />,
      };
    }),
    ...match.contract.signersRequired.map((signer) => {
      const signature = match.contract.signatures.find((s) => s.signer === signer);
      return {
        key: `signature.${signer}` as const,
        title: t('matchSteps.signature.title', { signer: t(`signer.${signer}`) }),
        done: Boolean(signature),
        applies: true,
        recorded: signature && <p>{t('matchSteps.signature.recorded', { name: signature.signedBy, date: day(signature.signedOn), version: signature.textVersion })}</p>,
        form: <SignatureForm match={match} signer={signer} onSaved={onSaved(`signature.${signer}`)} />,
      };
    }),
    {
      key: 'weeklyTime',
      title: t('matchSteps.weeklyTime.title'),
      done: Boolean(match.weeklyTime),
      applies: match.lifecycle.requireWeeklyTime || Boolean(match.weeklyTime),
      recorded: match.weeklyTime && (
        <p>
          {t('matchSteps.weeklyTime.recorded', {
            moments: capitalise(match.weeklyTime.slots.map((slot) => t('matchSteps.weeklyTime.moment', { weekday: t(`weekday.${slot.weekday}`), time: slot.time })).join(', ')),
            format: t(`meetingFormat.${match.weeklyTime.format}`, { defaultValue: match.weeklyTime.format }),
            date: day(match.weeklyTime.agreedOn),
          })}
          {match.weeklyTime.place && <> {t('matchSteps.weeklyTime.recordedPlace', { place: match.weeklyTime.place })}</>}
        </p>
      ),
      form: <WeeklyTimeForm match={match} onSaved={onSaved('weeklyTime')} />,
    },
    {
      key: 'warmHandover',
      title: t('matchSteps.warmHandover.title'),
      done: Boolean(match.warmHandover),
      applies: match.lifecycle.requireWarmHandover || Boolean(match.warmHandover),
      recorded: match.warmHandover && <p>{t('matchSteps.warmHandover.recorded', { date: day(match.warmHandover.heldOn), by: match.warmHandover.by })}</p>,
      form: <WarmHandoverForm match={match} onSaved={onSaved('warmHandover')} />,
    },
    {
      key: 'activation',
      title: t('matchSteps.activation.title'),
      done: Boolean(match.startedOn),
      applies: true,
      recorded: match.startedOn && (
        <p>
          {t('matchSteps.activation.recorded', { date: day(match.startedOn) })}
          {match.gettingToKnowUntil && <> {t('matchSteps.activation.gettingToKnow', { date: day(match.gettingToKnowUntil) })}</>}
        </p>
      ),
      form: (
        <>
          <p>{t('matchSteps.activation.text')}</p>
          <ActionForm match={match} action="activate" onSaved={onSaved('activation')} />
        </>
      ),
    },
    {
      key: 'confirmation',
      title: t('matchSteps.confirmation.title', { count: match.lifecycle.gettingToKnowWeeks }),
      done: Boolean(match.confirmedOn),
      applies: match.lifecycle.gettingToKnowWeeks > 0 || Boolean(match.confirmedOn),
      recorded: match.confirmedOn && <p>{t('matchSteps.confirmation.recorded', { date: day(match.confirmedOn) })}</p>,
      form:
        match.stage === 'active' ? (
          <>
            {match.gettingToKnowUntil && (
              <p>
                {match.gettingToKnowUntil > todayIso()
                  ? t('matchSteps.confirmation.notYet', { date: day(match.gettingToKnowUntil) })
                  : t('matchSteps.confirmation.now')}
              </p>
            )}
            <ActionForm match={match} action="confirm" onSaved={onSaved('confirmation')} />
          </>
        ) : (
          <p className="dh-muted">{t('matchSteps.confirmation.afterStart', { count: match.lifecycle.gettingToKnowWeeks })}</p>
        ),
    },
  ];
  const formFor = (step: (typeof steps)[number]) => {
    if (step.done || !open) return null;
    if (step.key === 'confirmation') return step.form;
    return beforeStart ? step.form : null;
  };
  const shown = steps.filter((step) => step.applies);
  const canDecline = open && !match.confirmedOn;
  const running = match.stage === 'active';

  return (
    <div className="coordinator-match">
      <p className="coordinator-back">
        <Link href={`/matches?programme=${encodeURIComponent(match.programme.id)}`}>{t('match.backToList')}</Link>
      </p>
      <PageHeading>{t('match.heading', { pupil: match.pupil.name, volunteer: match.volunteer.name })}</PageHeading>
      <p className="coordinator-status-line">
        <MatchStageBadge stage={match.stage} /> <span>{match.programme.name}</span>
      </p>
      {match.vogWaived && (
        <Alert tone="warning" title={t('match.vogWaivedTitle')} className="coordinator-banner">
          <p>{t('match.vogWaivedText')}</p>
        </Alert>
      )}
      <SavedNotice message={declined.message} version={declined.version} />
      <SavedNotice message={ended.message} version={ended.version} />
      {match.decline && (
        <Alert tone="info" title={t('matchDecline.declinedTitle', { date: day(match.decline.on) })}>
          <p>{t('matchDecline.declinedText', { by: t(`declinedBy.${match.decline.by}`, { defaultValue: match.decline.by }), reason: match.decline.reason })}</p>
          <p>
            <Link href={`/matching/${encodeURIComponent(match.programme.id)}`}>{t('matchDecline.toBoard')}</Link>
          </p>
        </Alert>
      )}
      {match.end && (
        <Alert tone="info" title={t('match.endedTitle', { date: day(match.end.on) })}>
          <p>
            {t(`closureReason.${match.end.reason}`, { defaultValue: match.end.reason })}
            {match.end.note && <> – {match.end.note}</>}
          </p>
        </Alert>
      )}
      {match.nextSteps.length > 0 && (
        <Alert tone="info" title={t('match.nextSteps')}>
          <ol>
            {match.nextSteps.map((code) => (
              <li key={code}>{nextStepText(t, code)}</li>
            ))}
          </ol>
        </Alert>
      )}

      <Card title={t('match.details')}>
        <dl className="coordinator-details">
          <div>
            <dt>{t('match.pupil')}</dt>
            <dd>
              <Link href={`/pupils/${encodeURIComponent(match.pupil.id)}`}>{match.pupil.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('match.volunteer')}</dt>
            <dd>
              <Link href={`/applicants/${encodeURIComponent(match.volunteer.id)}`}>{match.volunteer.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('match.source')}</dt>
            <dd>{t(`matchSource.${match.source}`)}</dd>
          </div>
          <div>
            <dt>{t('match.proposedOn')}</dt>
            <dd>{day(match.proposedOn)}</dd>
          </div>
          {match.manualReason && (
            <div>
              <dt>{t('match.manualReason')}</dt>
              <dd className="coordinator-notes">{match.manualReason}</dd>
            </div>
          )}
          <div>
            <dt>{t('match.why')}</dt>
            <dd>
              {match.parts.length > 0 ? explainParts(t, i18n.language, match.parts) : t('match.noScore')}
              {match.score !== null && <span className="dh-muted"> ({t('matching.score', { score: Math.round(match.score), max: match.maxScore })})</span>}
            </dd>
          </div>
        </dl>
      </Card>

      {(running || match.stage === 'suspended') && <SuspendSection match={match} />}

      {(running || match.stage === 'suspended' || match.stage === 'ended') && (
        <div id="evaluation">
          <Suspense fallback={<LoadingState />}>
            <EvaluationSection matchId={match.id} />
          </Suspense>
        </div>
      )}

      {running && (
        <div className="coordinator-running">
          <TriangleSection matchId={match.id} pupilName={match.pupil.name} />
          <ScheduleSection matchId={match.id} />
          <TalkRequestsSection matchId={match.id} />
          <LogsSection matchId={match.id} />
          <CheckInsSection matchId={match.id} />
          <BudgetSection matchId={match.id} />
        </div>
      )}

      <section aria-labelledby="lifecycle-heading" className="coordinator-checklist">
        <h2 id="lifecycle-heading">{t('match.lifecycle')}</h2>
        <ol className="coordinator-steps">
          {shown.map((step, index) => (
            <li key={step.key}>
              <Card title={t('checklist.stepHeading', { number: index + 1, step: step.title })} headingLevel={3}>
                <p className="coordinator-step-badges">
                  <Badge tone={step.done ? 'success' : 'neutral'}>{step.done ? t('match.stepDone') : t('match.stepOpen')}</Badge>
                </p>
                {step.recorded}
                <SavedNotice message={saved.step === step.key ? saved.message : null} version={saved.version} />
                {formFor(step)}
              </Card>
            </li>
          ))}
        </ol>
      </section>

      {canDecline && (
        <section aria-labelledby="decline-heading" className="coordinator-decision">
          <h2 id="decline-heading">{t('matchDecline.title')}</h2>
          <p>{t('matchDecline.text')}</p>
          {declining ? (
            <div className="coordinator-subform">
              <DeclineForm
                match={match}
                onCancel={() => setDeclining(false)}
                onSaved={() => {
                  setDeclining(false);
                  setDeclined(savedWith(t('matchDecline.saved', { pupil: match.pupil.name })));
                }}
              />
            </div>
          ) : (
            <Button type="button" variant="secondary" onClick={() => setDeclining(true)}>
              {t('matchDecline.open')}
            </Button>
          )}
        </section>
      )}
      {(running || match.stage === 'suspended') && <EndMatchSection match={match} onEnded={() => setEnded(savedWith(t('endMatch.saved', { pupil: match.pupil.name })))} />}
      <p>
        <Link href={`/matching/${encodeURIComponent(match.programme.id)}`}>{t('match.toBoard')}</Link>
      </p>
    </div>
  );
}

