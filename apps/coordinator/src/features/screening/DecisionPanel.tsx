import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { decideInput } from '@driehoek/contracts/screening';
import { Button } from '@driehoek/ui/Button';
import { TextArea } from '@driehoek/ui/TextArea';
import { trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { formatDay } from '../../dates';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import type { ApplicantDetail } from '../../api-types';

type Values = z.input<typeof decideInput>;
type Decision = Values['decision'];

/**
 * Ending an application: reject (the organisation) or withdraw (the applicant stops). Two steps:
 * choose, then confirm with a required reason.
 */
export function DecisionPanel({ applicant }: { applicant: ApplicantDetail }) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<Decision | null>(null);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const decided = applicant.record.decision;
  const rejectButton = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef<Decision | null>(null);
  // After "Cancel", the focus goes back to the button that opened the confirmation.
  useEffect(() => {
    if (choice || !refocus.current) return;
    (refocus.current === 'rejected' ? rejectButton : withdrawButton).current?.focus();
    refocus.current = null;
  }, [choice]);

  return (
    <section aria-labelledby="decision-heading" className="coordinator-decision">
      <h2 id="decision-heading">{t('applicant.decision')}</h2>
      <SavedNotice message={saved.message} version={saved.version} />
      {decided && (
        <p>
          {decided.kind === 'withdrawn' ? t('banner.withdrawnTitle') : t('banner.rejectedTitle')}
          {'. '}
          {t('banner.decidedText', { date: formatDay(decided.decidedOn, i18n.language), reason: decided.reason })}
        </p>
      )}
      {!decided &&
        (choice ? (
          <DecisionForm
            key={choice}
            volunteerId={applicant.id}
            decision={choice}
            onCancel={() => {
              refocus.current = choice;
              setChoice(null);
            }}
            onSaved={() => {
              setChoice(null);
              setSaved(savedWith(choice === 'rejected' ? t('decision.rejectedSaved') : t('decision.withdrawnSaved')));
            }}
          />
        ) : (
          <>
            <p>{t('decision.intro')}</p>
            <div className="dh-actions">
              <Button ref={rejectButton} type="button" variant="danger" onClick={() => setChoice('rejected')}>
                {t('decision.reject')}
              </Button>
              <Button ref={withdrawButton} type="button" variant="secondary" onClick={() => setChoice('withdrawn')}>
                {t('decision.withdraw')}
              </Button>
            </div>
          </>
        ))}
    </section>
  );
}

function DecisionForm({
  volunteerId,
  decision,
  onSaved,
  onCancel,
}: {
  volunteerId: string;
  decision: Decision;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({ resolver: zodResolver(decideInput), defaultValues: { volunteerId, decision, reason: '' } });
  const { errors } = form.formState;
  const server = useServerErrors(form, ['reason']);
  const mutation = useMutation(trpc.screening.decide.mutationOptions({ onSuccess: applicantSaved }));
  useEffect(() => form.setFocus('reason'), [form]);

  return (
    <>
      <h3>{decision === 'rejected' ? t('decision.rejectedTitle') : t('decision.withdrawnTitle')}</h3>
      <p>{t('decision.confirmText')}</p>
      <StepForm
        submitLabel={decision === 'rejected' ? t('decision.confirmReject') : t('decision.confirmWithdraw')}
        submitVariant="danger"
        busy={mutation.isPending}
        formError={server.formError}
        onCancel={onCancel}
        onSubmit={form.handleSubmit((values) => {
          server.clear();
          mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
        })}
      >
        <TextArea label={t('decision.reason')} hint={t('decision.reasonHint')} rows={3} error={errorText(errors.reason?.message)} {...form.register('reason')} />
      </StepForm>
    </>
  );
}
