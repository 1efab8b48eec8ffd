import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, useWatch, type UseFormRegister } from 'react-hook-form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { serverErrorData } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import {
  CHECK_IN_BY,
  DURATION_BASES,
  MEETING_FORMATS,
  MENTEES,
  MENTOR_TYPOLOGIES,
  QUESTIONNAIRES,
  QUESTIONNAIRE_WHEN,
  RESPONDENTS,
  SCREENING_STEPS,
  SETTINGS_GIVERS,
  SETTINGS_PURPOSES,
  formToSettings,
  settingsToForm,
  type SettingsForm,
} from './settings-shape';
import type { ProgrammeDetail } from '../../api-types';

/** One programme's settings, in sections; saved as a whole and checked by the server (`validateProgrammeSettings`). */
export function ProgrammeSettingsPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  if (programme.isPending) return <LoadingState />;
  if (programme.isError) {
    return (
      <>
        <PageHeading>{t('programmes.settingsTitle')}</PageHeading>
        <LoadError error={programme.error} onRetry={() => void programme.refetch()} />
        <p>
          <Link href="/programme-settings">{t('programmes.back')}</Link>
        </p>
      </>
    );
  }
  return <SettingsEditor key={programme.data.id} programme={programme.data} />;
}

function SettingsEditor({ programme }: { programme: ProgrammeDetail }) {
  const { t, i18n } = useTranslation();
  const decimal = i18n.language === 'nl' ? ',' : '.';
  const form = useForm<SettingsForm>({
    defaultValues: settingsToForm(programme.name, programme.openForApplications, programme.settings, decimal),
  });
  const { register } = form;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [cadenceKind, mentee, formats, steps] = useWatch({ control: form.control, name: ['cadence.kind', 'mentee', 'meetingFormats', 'screening.steps'] });

  const update = useMutation(
    trpc.programmes.update.mutationOptions({
      onSuccess: (detail) => {
        queryClient.setQueryData(trpc.programmes.get.queryKey({ id: detail.id }), detail);
        void queryClient.invalidateQueries(trpc.programmes.list.pathFilter());
        form.reset(settingsToForm(detail.name, detail.openForApplications, detail.settings, decimal));
        setSaved(savedWith(t('programmes.saved')));
      },
      onError: (error) => {
        const fieldErrors = serverErrorData(error).fieldErrors ?? {};
        const mapped = Object.fromEntries(Object.entries(fieldErrors).map(([path, key]) => [path.replace(/^settings\./, ''), key]));
        setErrors(mapped);
        setFormError(Object.keys(mapped).length > 0 ? null : error);
        requestAnimationFrame(() => summaryRef.current?.focus());
      },
    }),
  );

  const err = (...paths: string[]): string | undefined => {
    const key = paths.map((path) => errors[path]).find(Boolean);
    return key ? t(key, { defaultValue: t('errors.invalid') }) : undefined;
  };
  const errorList = Object.entries(errors);

  return (
    <div className="coordinator-settings">
      <p className="coordinator-back">
        <Link href="/programme-settings">{t('programmes.back')}</Link>
      </p>
      <PageHeading>{t('programmes.settingsOf', { name: programme.name })}</PageHeading>
      <p>{t('programmes.fromTemplate', { template: t(`template.${programme.template}.name`) })}</p>
      <SavedNotice message={saved.message} version={saved.version} />
      <ErrorSummary
        focusRef={summaryRef}
        error={formError}
        problems={errorList.map(([path, key]) => ({ key: path, text: `${t(`settingsPath.${path.split('.')[0]}`, { defaultValue: path })}: ${t(key, { defaultValue: t('errors.invalid') })}` }))}
      />
      <form
        noValidate
        className="dh-form"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          const { settings, errors: typed } = formToSettings(values, programme.settings);
          if (!values.name.trim()) typed.name = 'errors.required';
          setErrors(typed);
          if (Object.keys(typed).length > 0) {
            requestAnimationFrame(() => summaryRef.current?.focus());
            return;
          }
          update.mutate({ id: programme.id, name: values.name.trim(), openForApplications: values.openForApplications, settings });
        })}
      >
        <Card title={t('settings.general')} headingLevel={2}>
          <TextField label={t('settings.name')} autoComplete="off" error={err('name')} {...register('name')} />
          <Checkbox label={t('settings.openForApplications')} {...register('openForApplications')} />
        </Card>

        <Card title={t('settings.menteeSection')} headingLevel={2}>
          <SelectField label={t('settings.mentee')} hint={t('settings.menteeHint')} options={MENTEES.map((m) => ({ value: m, label: t(`mentee.${m}`) }))} {...register('mentee')} />
          <SelectField
            label={t('settings.mentorTypology')}
            options={MENTOR_TYPOLOGIES.map((m) => ({ value: m, label: t(`mentorTypology.${m}`) }))}
            {...register('mentorTypology')}
          />
          <Checkbox label={t('settings.selfAssessment')} {...register('selfAssessmentBeforeTraining')} />
        </Card>

        <Card title={t('settings.screeningSection')} headingLevel={2}>
          <Fieldset legend={t('settings.steps')}>
            <div className="coordinator-settings-grid">
              {SCREENING_STEPS.map((step) => (
                <SelectField
                  key={step}
                  label={t(`step.${step}`)}
                  options={[
                    { value: 'required', label: t('settings.required') },
                    { value: 'waived', label: t('settings.waived') },
                  ]}
                  {...register(`screening.steps.${step}`)}
                />
              ))}
            </div>
          </Fieldset>
          <div className="coordinator-settings-grid">
            <NumberField label={t('settings.minReferenceChecks')} error={err('screening.minReferenceChecks')} {...register('screening.minReferenceChecks')} />
            <NumberField label={t('settings.maxVogAgeMonths')} error={err('screening.maxVogAgeMonths')} {...register('screening.maxVogAgeMonths')} />
            <NumberField label={t('settings.rescreeningIntervalMonths')} error={err('screening.rescreeningIntervalMonths')} {...register('screening.rescreeningIntervalMonths')} />
            <NumberField label={t('settings.renewalReminderDays')} error={err('screening.renewalReminderDays')} {...register('screening.renewalReminderDays')} />
          </div>
          <TextField
            label={t('settings.requiredVogAspects')}
            hint={t('settings.requiredVogAspectsHint')}
            autoComplete="off"
            error={err('screening.requiredVogAspects')}
            {...register('screening.requiredVogAspects')}
          />
          <div className="coordinator-settings-grid">
            <TextField label={t('settings.codeOfConductVersion')} autoComplete="off" error={err('screening.codeOfConductVersion')} {...register('screening.codeOfConductVersion')} />
            <TextField label={t('settings.codeOfConductVersionSince')} type="date" error={err('screening.codeOfConductVersionSince')} {...register('screening.codeOfConductVersionSince')} />
            <NumberField label={t('settings.codeOfConductReacceptDays')} error={err('screening.codeOfConductReacceptDays')} {...register('screening.codeOfConductReacceptDays')} />
          </div>
          <Checkbox
            label={t('settings.showVogWaiver')}
            hint={steps?.vog === 'waived' ? t('settings.showVogWaiverHint') : undefined}
            error={err('showVogWaiverOnMatches')}
            {...register('showVogWaiverOnMatches')}
          />
        </Card>

        <Card title={t('settings.consentSection')} headingLevel={2}>
          <p className="dh-prose">{t('settings.consentIntro')}</p>
          {err('consent.purposes') && (
            <p className="dh-field__error" role="alert">
              {err('consent.purposes')}
            </p>
          )}
          {SETTINGS_PURPOSES.map((purpose) => (
            <Fieldset key={purpose} legend={t(`consentPurpose.${purpose}`)} className="coordinator-settings-purpose">
              <div className="dh-options coordinator-columns">
                {SETTINGS_GIVERS.filter((giver) => (mentee === 'pupil' ? giver !== 'mentee' : giver === 'mentee')).map((giver) => (
                  <Checkbox
                    key={giver}
                    label={t('settings.askFrom', { giver: t(`consentGiver.${giver}`), purpose: t(`consentPurpose.${purpose}`) })}
                    {...register(`consent.purposes.${purpose}.${giver}`)}
                  />
                ))}
                <Checkbox label={t('settings.neededToMatch', { purpose: t(`consentPurpose.${purpose}`) })} {...register(`consent.purposes.${purpose}.neededToMatch`)} />
              </div>
            </Fieldset>
          ))}
          <Fieldset legend={t('settings.familyNotification')} hint={t('settings.familyNotificationHint')} error={err('consent.familyNotification')}>
            <div className="coordinator-settings-grid">
              <NumberField label={t('settings.minAttemptsPerGuardian')} {...register('consent.familyNotification.minAttemptsPerGuardian')} />
              <NumberField label={t('settings.minDaysTrying')} {...register('consent.familyNotification.minDaysTrying')} />
            </div>
          </Fieldset>
        </Card>

        <Card title={t('settings.meetingsSection')} headingLevel={2}>
          <Fieldset legend={t('settings.cadence')} error={err('cadence')}>
            <SelectField
              label={t('settings.cadenceKind')}
              options={[
                { value: 'regular', label: t('settings.cadenceRegular') },
                { value: 'asNeeded', label: t('settings.cadenceAsNeeded') },
              ]}
              {...register('cadence.kind')}
            />
            {cadenceKind === 'regular' && (
              <div className="coordinator-settings-grid">
                <NumberField label={t('settings.meetings')} {...register('cadence.meetings')} />
                <NumberField label={t('settings.perWeeks')} {...register('cadence.perWeeks')} />
              </div>
            )}
          </Fieldset>
          <Fieldset legend={t('settings.meetingLength')} hint={t('settings.meetingLengthHint')} error={err('meetingLength')}>
            <div className="coordinator-settings-grid">
              <NumberField label={t('settings.minMinutes')} {...register('meetingLength.minMinutes')} />
              <NumberField label={t('settings.maxMinutes')} {...register('meetingLength.maxMinutes')} />
            </div>
          </Fieldset>
          <Fieldset legend={t('settings.meetingFormats')} error={err('meetingFormats')}>
            <div className="dh-options coordinator-columns">
              {MEETING_FORMATS.map((format) => (
                <Checkbox key={format} label={t(`meetingFormat.${format}`)} value={format} {...register('meetingFormats')} />
              ))}
            </div>
          </Fieldset>
          <SelectField
            label={t('settings.preferredMeetingFormat')}
            options={MEETING_FORMATS.filter((format) => formats?.includes(format) ?? true).map((format) => ({ value: format, label: t(`meetingFormat.${format}`) }))}
            error={err('preferredMeetingFormat')}
            {...register('preferredMeetingFormat')}
          />
        </Card>

        <Card title={t('settings.durationSection')} headingLevel={2}>
          <Fieldset legend={t('settings.matchDuration')} hint={t('settings.matchDurationHint')} error={err('matchDuration')}>
            <SelectField label={t('settings.durationBasis')} options={DURATION_BASES.map((b) => ({ value: b, label: t(`durationBasis.${b}`) }))} {...register('matchDuration.basis')} />
            <div className="coordinator-settings-grid">
              <NumberField label={t('settings.minMonths')} {...register('matchDuration.minMonths')} />
              <NumberField label={t('settings.idealMonths')} {...register('matchDuration.idealMonths')} />
              <NumberField label={t('settings.maxMonths')} {...register('matchDuration.maxMonths')} />
            </div>
            <Checkbox label={t('settings.continueWithNewMentor')} {...register('matchDuration.continueWithNewMentor')} />
          </Fieldset>
          <Fieldset legend={t('settings.checkIn')}>
            <div className="coordinator-settings-grid">
              <NumberField label={t('settings.checkInDays')} error={err('checkIn.intervalDays')} {...register('checkIn.intervalDays')} />
              <SelectField label={t('settings.checkInBy')} options={CHECK_IN_BY.map((by) => ({ value: by, label: t(`checkInBy.${by}`) }))} {...register('checkIn.by')} />
              <NumberField
                label={t('settings.groupIntervisionDays')}
                hint={t('settings.emptyIsNone')}
                error={err('checkIn.groupIntervisionIntervalDays')}
                {...register('checkIn.groupIntervisionIntervalDays')}
              />
            </div>
          </Fieldset>
        </Card>

        <Card title={t('settings.questionnairesSection')} headingLevel={2}>
          {err('questionnaires') && (
            <p className="dh-field__error" role="alert">
              {err('questionnaires')}
            </p>
          )}
          {QUESTIONNAIRES.map((questionnaire) => (
            <QuestionnaireFields key={questionnaire} questionnaire={questionnaire} register={register} />
          ))}
          <p>
            <Link href={`/programme-settings/${encodeURIComponent(programme.id)}/questionnaires`}>{t('builder.settingsLink')}</Link>
          </p>
        </Card>

        <Card title={t('settings.moneySection')} headingLevel={2}>
          <div className="coordinator-settings-grid">
            <TextField
              label={t('settings.activityBudget')}
              hint={t('settings.euroHint')}
              inputMode="decimal"
              autoComplete="off"
              error={err('activityBudgetCentsPerMatch')}
              {...register('activityBudgetEuros')}
            />
            <TextField
              label={t('settings.volunteerAllowance')}
              hint={t('settings.euroHint')}
              inputMode="decimal"
              autoComplete="off"
              error={err('volunteerAllowanceCentsPerMonth')}
              {...register('volunteerAllowanceEuros')}
            />
          </div>
        </Card>

        <div className="dh-actions">
          <Button type="submit" variant="primary" busy={update.isPending}>
            {t('programmes.saveSettings')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function QuestionnaireFields({ questionnaire, register }: { questionnaire: (typeof QUESTIONNAIRES)[number]; register: UseFormRegister<SettingsForm> }) {
  const { t } = useTranslation();
  const name = t(`questionnaire.${questionnaire}`);
  return (
    <Fieldset legend={name}>
      <Checkbox label={t('settings.questionnaireUsed', { name })} {...register(`questionnaires.${questionnaire}.used`)} />
      <SelectField
        label={t('settings.questionnaireWhen', { name })}
        options={QUESTIONNAIRE_WHEN.map((when) => ({ value: when, label: t(`questionnaireWhen.${when}`) }))}
        {...register(`questionnaires.${questionnaire}.when`)}
      />
      <div className="dh-options coordinator-columns">
        {RESPONDENTS.map((respondent) => (
          <Checkbox key={respondent} label={t('settings.filledInBy', { who: t(`respondent.${respondent}`), name })} {...register(`questionnaires.${questionnaire}.${respondent}`)} />
        ))}
      </div>
    </Fieldset>
  );
}

/** A whole number typed as text (the form checks it before sending). */
function NumberField(props: Parameters<typeof TextField>[0]): ReactNode {
  return <TextField inputMode="numeric" autoComplete="off" className="coordinator-short-field" {...props} />;
}

