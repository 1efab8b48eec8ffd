import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { revokeScreeningInput } from '@driehoek/contracts/screening';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { queryClient, trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { applicantSaved, useServerErrors } from './saving';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import type { ApplicantDetail } from '../../api-types';

type Values = z.input<typeof revokeScreeningInput>;
const REASONS = ['vogRefused', 'screeningRevoked'] as const;
/** Screened volunteers, whose screening can be withdrawn; REVOKED shows that it was. */
const SCREENED = new Set(['cleared', 'actionRequired', 'screeningExpired']);

/**
 * SCR-8: revoking a screened volunteer's screening, or recording that they reported a VOG refusal.
 * Every running match of theirs is suspended for good at once, proposals are declined and they are
 * signed out; the coordinator then ends each match with the family.
 */
export function RevokePanel({ applicant }: { applicant: ApplicantDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const status = applicant.assessment.status;
  if (status !== 'revoked' && !SCREENED.has(status)) return null;
  return (
    <section aria-labelledby="revoke-heading" className="coordinator-decision">
      <h2 id="revoke-heading">{t('revokeScreening.title')}</h2>
      <SavedNotice message={saved.message} version={saved.version} />
      {status === 'revoked' ? (
        <p>{t('revokeScreening.revoked')}</p>
      ) : open ? (
        <RevokeForm
          volunteerId={applicant.id}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved(savedWith(t('revokeScreening.saved')));
          }}
        />
      ) : (
        <>
          <p>{t('revokeScreening.text')}</p>
          <Button type="button" variant="danger" onClick={() => setOpen(true)}>
            {t('revokeScreening.open')}
          </Button>
        </>
      )}
    </section>
  );
}

function RevokeForm({ volunteerId, onSaved, onCancel }: { volunteerId: string; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<Values>({ resolver: zodResolver(revokeScreeningInput), defaultValues: { volunteerId, reason: 'screeningRevoked' } });
  const server = useServerErrors(form, ['reason']);
  const mutation = useMutation(
    trpc.screening.revoke.mutationOptions({
      onSuccess: (detail) => {
        applicantSaved(detail);
        void queryClient.invalidateQueries(trpc.matches.pathFilter());
        void queryClient.invalidateQueries(trpc.attention.pathFilter());
      },
    }),
  );
  return (
    <StepForm
      submitLabel={t('revokeScreening.submit')}
      submitVariant="danger"
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <p>{t('revokeScreening.confirm')}</p>
      <SelectField
        label={t('revokeScreening.reason')}
        options={REASONS.map((reason) => ({ value: reason, label: t(`revokeScreening.reasons.${reason}`) }))}
        error={errorText(form.formState.errors.reason?.message)}
        {...form.register('reason')}
      />
    </StepForm>
  );
}
