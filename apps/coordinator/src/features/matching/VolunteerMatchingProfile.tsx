import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { volunteerMatchingProfileInput } from '@driehoek/contracts/matching';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { useFormServerErrors } from '../../forms/form-errors';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { capitalise, helpAreaText } from './explain';
import { GENDERS, HELP_AREAS, type Gender, type HelpAreaCode } from './vocabulary';
import { volunteerProfileSaved } from './profile-saving';
import type { ApplicantDetail } from '../../api-types';

type Values = z.input<typeof volunteerMatchingProfileInput>;
const CAPACITIES = [1, 2, 3, 4, 5] as const;

const isGender = (value: string): value is Gender => (GENDERS as readonly string[]).includes(value);
const isHelpArea = (value: string): value is HelpAreaCode => (HELP_AREAS as readonly string[]).includes(value);

/**
 * The volunteer's side of matching: how many pupils at once (DOMAIN.md §4: usually one), what
 * they can help with, gender (for a family's preference) and a pause ("suspended": not proposed
 * to anyone until it is lifted; pausing suspends every running match of theirs, with a note why).
 */
export function VolunteerMatchingProfile({ applicant }: { applicant: ApplicantDetail }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const profile = applicant.matchingProfile;
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const form = useForm<Values>({
    resolver: zodResolver(volunteerMatchingProfileInput),
    defaultValues: {
      volunteerId: applicant.id,
      capacity: Math.min(5, Math.max(1, profile.capacity || 1)),
      skills: profile.skills.filter(isHelpArea),
      gender: isGender(profile.gender) ? profile.gender : 'other',
      suspended: profile.suspended,
      suspensionNote: '',
    },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['capacity', 'skills', 'gender', 'suspended', 'suspensionNote']);
  const mutation = useMutation(trpc.applicants.updateMatchingProfile.mutationOptions({ onSuccess: volunteerProfileSaved }));

  return (
    <Card title={t('matchProfile.title')} className="coordinator-match-profile">
      {profile.suspended && <p className="coordinator-waiver">{t('matchProfile.suspendedNote')}</p>}
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
        <SelectField
          label={t('matchProfile.capacity')}
          hint={t('matchProfile.capacityHint')}
          className="coordinator-short-field"
          options={CAPACITIES.map((n) => ({ value: String(n), label: String(n) }))}
          error={errorText(errors.capacity?.message)}
          {...form.register('capacity', { valueAsNumber: true })}
        />
        <Fieldset legend={t('matchProfile.skills')} error={errorText(errors.skills?.message)}>
          <div className="dh-options coordinator-columns">
            {HELP_AREAS.map((area) => (
              <Checkbox key={area} label={capitalise(helpAreaText(t, area))} value={area} {...form.register('skills')} />
            ))}
          </div>
        </Fieldset>
        <SelectField
          label={t('matchProfile.gender')}
          className="coordinator-short-field"
          options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
          error={errorText(errors.gender?.message)}
          {...form.register('gender')}
        />
        <Checkbox label={t('matchProfile.suspended')} hint={t('matchProfile.suspendedHint')} {...form.register('suspended')} />
        {form.watch('suspended') && !profile.suspended && (
          <TextArea
            label={t('matchProfile.suspensionNote')}
            hint={t('matchProfile.suspensionNoteHint')}
            rows={2}
            error={errorText(errors.suspensionNote?.message)}
            {...form.register('suspensionNote')}
          />
        )}
      </StepForm>
    </Card>
  );
}
