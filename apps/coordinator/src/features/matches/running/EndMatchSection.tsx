import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { endMatchInput } from '@driehoek/contracts/running';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../../trpc';
import { todayIso } from '../../../dates';
import { useErrorText } from '../../../server-errors';
import { useFormServerErrors } from '../../../forms/form-errors';
import { StepForm } from '../../../forms/StepForm';
import { runningMatchSaved } from './saving';
import { CLOSURE_REASONS, ENDED_BY } from './vocabulary';
import type { MatchDetail } from '../../../api-types';

type EndValues = z.input<typeof endMatchInput>;

/**
 * "Koppeling afsluiten": first a button that opens the form (the confirm step), then the date,
 * reason, who ended it and a note. A mentee who wants to go on after the term gets a new
 * volunteer, not an extension. When the volunteer stopped: do they take new pupils (their capacity)?
 */
export function EndMatchSection({ match, onEnded }: { match: MatchDetail; onEnded: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="end-heading" className="coordinator-decision">
      <h2 id="end-heading">{t('endMatch.title')}</h2>
      <p>{t('endMatch.text')}</p>
      <p>{t('endMatch.continue')}</p>
      {open ? (
        <div className="coordinator-subform">
          <EndMatchForm
            match={match}
            onCancel={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              onEnded();
            }}
          />
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t('endMatch.open')}
        </Button>
      )}
    </section>
  );
}

function EndMatchForm({ match, onSaved, onCancel }: { match: MatchDetail; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<EndValues>({
    resolver: zodResolver(endMatchInput),
    defaultValues: { matchId: match.id, endedOn: todayIso(), endedBy: 'coordinator', note: '', menteeWantsToContinue: false, volunteerTakesNewPupils: false } as EndValues,
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['endedOn', 'reason', 'endedBy', 'note', 'volunteerTakesNewPupils']);
  const mutation = useMutation(
    trpc.matches.end.mutationOptions({
      onSuccess: runningMatchSaved,
    }),
  );
  return (
    <StepForm
      submitLabel={t('endMatch.submit')}
      submitVariant="danger"
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <p>{t('endMatch.confirm', { pupil: match.pupil.name, volunteer: match.volunteer.name })}</p>
      <div className="coordinator-settings-grid">
        <TextField label={t('endMatch.endedOn')} type="date" max={todayIso()} error={errorText(errors.endedOn?.message)} {...form.register('endedOn')} />
        <SelectField
          label={t('endMatch.reason')}
          placeholder={t('matching.choose')}
          options={CLOSURE_REASONS.map((reason) => ({ value: reason, label: t(`closureReason.${reason}`) }))}
          error={errorText(errors.reason?.message, t('errors.chooseField', { field: t('endMatch.reason') }))}
          {...form.register('reason')}
        />
        <SelectField
          label={t('endMatch.endedBy')}
          options={ENDED_BY.map((by) => ({ value: by, label: t(`endedBy.${by}`) }))}
          error={errorText(errors.endedBy?.message, t('errors.chooseField', { field: t('endMatch.endedBy') }))}
          {...form.register('endedBy')}
        />
      </div>
      <TextArea label={t('endMatch.note')} hint={t('endMatch.noteHint')} rows={4} error={errorText(errors.note?.message)} {...form.register('note')} />
      {form.watch('reason') === 'mentorStopped' && (
        <Checkbox
          label={t('endMatch.takesNewPupils', { volunteer: match.volunteer.name })}
          hint={t('endMatch.takesNewPupilsHint')}
          error={errorText(errors.volunteerTakesNewPupils?.message)}
          {...form.register('volunteerTakesNewPupils')}
        />
      )}
      <Checkbox label={t('endMatch.wantsToContinue')} hint={t('endMatch.wantsToContinueHint')} {...form.register('menteeWantsToContinue')} />
    </StepForm>
  );
}
