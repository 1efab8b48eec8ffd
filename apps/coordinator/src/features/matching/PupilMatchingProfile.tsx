import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { pupilMatchingProfileInput } from '@driehoek/contracts/matching';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { Alert } from '@driehoek/ui/Alert';
import { trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { useFormServerErrors } from '../../forms/form-errors';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { AvailabilityGrid } from '@driehoek/ui/AvailabilityGrid';
import { capitalise, helpAreaText, slotText } from './explain';
import { DAY_PARTS, GENDERS, HELP_AREAS, WEEKDAYS } from './vocabulary';
import { pupilProfileSaved } from './profile-saving';
import type { PupilDetail } from '../../api-types';

type Values = z.input<typeof pupilMatchingProfileInput>;

/**
 * The family's side of matching: what the pupil needs help with, when the family is free and a
 * gender preference for the volunteer. Without needs or free moments the pupil cannot be matched
 * (every volunteer is excluded for lack of shared moments), so the section says so first.
 */
export function PupilMatchingProfile({ pupil }: { pupil: PupilDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const profile = pupil.matchingProfile;
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const form = useForm<Values>({
    resolver: zodResolver(pupilMatchingProfileInput),
    defaultValues: { pupilId: pupil.id, needs: [...profile.needs], availability: [...profile.availability], genderPreference: profile.genderPreference },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['needs', 'availability', 'genderPreference']);
  const mutation = useMutation(trpc.pupils.updateMatchingProfile.mutationOptions({ onSuccess: pupilProfileSaved }));
  const incomplete = profile.needs.length === 0 || profile.availability.length === 0;

  return (
    <Card title={t('matchProfile.title')} className="coordinator-match-profile">
      {incomplete && (
        <Alert tone="warning" title={t('matchProfile.incompleteTitle')}>
          <p>{t('matchProfile.incompletePupil')}</p>
        </Alert>
      )}
      <SavedNotice message={saved.message} version={saved.version} />
      <StepForm
        submitLabel={t('matchProfile.submit')}
        busy={mutation.isPending}
        formError={server.formError}
        onSubmit={form.handleSubmit((values) => {
          server.clear();
          mutation.mutate(values, { onSuccess: () => setSaved(savedWith(t('matchProfile.saved'))), onError: server.onError });
        })}
      >
        <Fieldset legend={t('matchProfile.needs')} hint={t('matchProfile.needsHint')} error={errorText(errors.needs?.message)}>
          <div className="dh-options coordinator-columns">
            {HELP_AREAS.map((area) => (
              <Checkbox key={area} label={capitalise(helpAreaText(t, area))} value={area} {...form.register('needs')} />
            ))}
          </div>
        </Fieldset>
        <Controller
          control={form.control}
          name="availability"
          render={({ field }) => (
            <AvailabilityGrid
              legend={t('matchProfile.availabilityFamily')}
              hint={t('matchProfile.availabilityHint')}
              days={WEEKDAYS}
              parts={DAY_PARTS}
              dayColumnLabel={t('matchProfile.day')}
              dayLabel={(day) => capitalise(t(`weekday.${day}`))}
              partLabel={(part) => capitalise(t(`dayPart.${part}`))}
              slotLabel={(day, part) => capitalise(slotText(t, { day, part }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              firstRef={field.ref}
              error={errorText(errors.availability?.message)}
            />
          )}
        />
        <SelectField
          label={t('matchProfile.genderPreference')}
          className="coordinator-short-field"
          options={[{ value: '', label: t('matchProfile.noPreference') }, ...GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))]}
          error={errorText(errors.genderPreference?.message)}
          {...form.register('genderPreference', { setValueAs: (value: string | null) => (value ? value : null) })}
        />
      </StepForm>
    </Card>
  );
}
