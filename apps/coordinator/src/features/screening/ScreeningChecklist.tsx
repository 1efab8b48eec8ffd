import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@driehoek/ui/Badge';
import { Card } from '@driehoek/ui/Card';
import { formatDay } from '../../dates';
import { InterviewStep } from './InterviewStep';
import { ReferenceStep } from './ReferenceStep';
import { VogStep } from './VogStep';
import { CodeOfConductStep } from './CodeOfConductStep';
import { TrainingStep } from './TrainingStep';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import type { ApplicantDetail } from '../../api-types';

type Step = ApplicantDetail['assessment']['steps'][number];

const STATE_TONE = { done: 'success', pending: 'neutral', failed: 'danger', expired: 'warning', waived: 'neutral' } as const;

/** The screening steps in the programme's order, each with its requirement, state, problems and form. */
export function ScreeningChecklist({ applicant }: { applicant: ApplicantDetail }) {
  const { t } = useTranslation();
  // One "saved" message at a time, in the step that was saved last.
  const [saved, setSaved] = useState<Saved & { step: Step['step'] | null }>({ ...NOT_SAVED, step: null });
  return (
    <section aria-labelledby="screening-heading" className="coordinator-checklist">
      <h2 id="screening-heading">{t('applicant.screening')}</h2>
      {applicant.record.decision && <p>{t('checklist.decided')}</p>}
      <ol className="coordinator-steps">
        {applicant.assessment.steps.map((step, index) => (
          <li key={step.step}>
            <StepCard
              applicant={applicant}
              step={step}
              number={index + 1}
              saved={saved.step === step.step ? saved : NOT_SAVED}
              onSaved={() => setSaved((previous) => ({ ...savedWith(t('checklist.saved'))(previous), step: step.step }))}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepCard({
  applicant,
  step,
  number,
  saved,
  onSaved,
}: {
  applicant: ApplicantDetail;
  step: Step;
  number: number;
  saved: Saved;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const waived = step.requirement === 'waived';
  const props = { applicant, editable: !applicant.record.decision && !waived, onSaved };

  let body: ReactNode;
  switch (step.step) {
    case 'intakeInterview':
      body = <InterviewStep {...props} />;
      break;
    case 'referenceChecks':
      body = <ReferenceStep {...props} />;
      break;
    case 'vog':
      body = <VogStep {...props} stepDone={step.state === 'done'} />;
      break;
    case 'codeOfConduct':
      body = <CodeOfConductStep {...props} outdated={step.problems.includes('SCREENING.CODE_OF_CONDUCT_OUTDATED')} />;
      break;
    case 'training':
      body = <TrainingStep {...props} />;
      break;
  }

  return (
    <Card title={t('checklist.stepHeading', { number, step: t(`step.${step.step}`) })} headingLevel={3}>
      <p className="coordinator-step-badges">
        <Badge tone={waived ? 'warning' : 'info'}>{waived ? t('checklist.waived') : t('checklist.required')}</Badge>{' '}
        <Badge tone={STATE_TONE[step.state]}>{t(`stepState.${step.state}`)}</Badge>
        {step.doneOn && <span> {t('checklist.doneOn', { date: formatDay(step.doneOn, i18n.language) })}</span>}
      </p>
      {waived && <p>{t('checklist.waivedText')}</p>}
      {!waived && step.problems.length > 0 && (
        <div className="coordinator-problems">
          <p className="coordinator-label">{t('checklist.problems')}:</p>
          <ul>
            {step.problems.map((problem) => (
              <li key={problem}>{t(problem, { defaultValue: problem })}</li>
            ))}
          </ul>
        </div>
      )}
      <SavedNotice message={saved.message} version={saved.version} />
      {!waived && body}
    </Card>
  );
}
