import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { applyInput, MOTIVATION_MAX_LENGTH, type ApplyInput } from '@driehoek/contracts/application';
import { checkVolunteerBirthDate, DAY_PARTS, RECRUITMENT_CHANNELS, SPOKEN_LANGUAGES, WEEKDAYS } from '@driehoek/domain/application';
import { HELP_AREAS } from '@driehoek/domain/matching';
import { amsterdamDateOf } from '@driehoek/domain/schedule';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { currentLanguage, errorText } from '../../i18n.js';
import { codeTextKey } from './error-text.js';
import { trpc } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { AvailabilityGrid } from '@driehoek/ui/AvailabilityGrid';
import { clearDraft, loadDraft, saveDraft } from './draft.js';
import { PRIVACY_TEXT_VERSION } from './privacy.js';
import { programmeToShow } from './programme-choice.js';
import { readServerError } from './server-errors.js';
import { OrganisationCard } from './OrganisationCard.js';

type ApplyOutput = z.output<typeof applyInput>;

/** Today where the programmes run (Europe/Amsterdam), `YYYY-MM-DD`: the day the server checks the age against. */
function todayIso(now: Date = new Date()): string {
  return amsterdamDateOf(now.toISOString());
}

/**
 * The api's schema, plus the domain's age rule checked here too so an applicant under 18 hears
 * it at once; the server checks it again against its own clock.
 */
const applicationForm = applyInput.superRefine((values, ctx) => {
  if (!values.birthDate) return;
  const refusal = checkVolunteerBirthDate(values.birthDate, todayIso());
  if (refusal) ctx.addIssue({ code: 'custom', path: ['birthDate'], message: refusal.code });
});

/** The fields in the order they appear, to focus the first one the server refused. */
const FIELD_ORDER = [
  'programmeId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'postcode',
  'birthDate',
  'languages',
  'availability',
  'gender',
  'skills',
  'capacity',
  'motivation',
  'channel',
  'employer',
  'privacyConsent',
] as const satisfies readonly FieldPath<ApplyInput>[];
type FormField = (typeof FIELD_ORDER)[number];

const isFormField = (name: string): name is FormField => (FIELD_ORDER as readonly string[]).includes(name);

/** A label on its own starts with a capital ("Dinsdagavond"). */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function ApplyPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('apply.title'));
  const [, navigate] = useLocation();
  /** A message about the form as a whole; focused when no field is there to focus. */
  const [formError, setFormError] = useState<{ text: string; focus: boolean } | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);

  const programmes = useQuery(trpc.application.programmes.queryOptions());
  const apply = useMutation(trpc.application.submitApplication.mutationOptions());

  const {
    register,
    control,
    handleSubmit,
    watch,
    setError,
    setValue,
    setFocus,
    getValues,
    formState: { errors },
  } = useForm<ApplyInput, unknown, ApplyOutput>({
    resolver: zodResolver(applicationForm),
    defaultValues: {
      programmeId: '',
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      postcode: '',
      birthDate: '',
      languages: [],
      availability: [],
      skills: [],
      capacity: 1,
      motivation: '',
      employer: '',
      ...loadDraft(),
      privacyTextVersion: PRIVACY_TEXT_VERSION,
      locale: currentLanguage(),
    },
    shouldFocusError: true,
  });

  // Keep what is typed in this tab, so a reload or a refused request loses nothing.
  useEffect(() => {
    const subscription = watch((values) => saveDraft(values as Partial<ApplyInput>));
    return () => subscription.unsubscribe();
  }, [watch]);

  // The e-mail we send back is in the language the applicant uses now.
  useEffect(() => {
    setValue('locale', currentLanguage());
  }, [i18n.resolvedLanguage, setValue]);

  // Once the options are there, show the programme the form will send: the restored draft's
  // (the select had no options to show it when the draft was restored), the only open one, or
  // none, so the applicant chooses again.
  const open = useMemo(() => programmes.data ?? [], [programmes.data]);
  useEffect(() => {
    if (!programmes.isSuccess) return;
    setValue('programmeId', programmeToShow(getValues('programmeId'), open.map((programme) => programme.id)));
  }, [programmes.isSuccess, open, getValues, setValue]);

  useEffect(() => {
    if (formError?.focus) formErrorRef.current?.focus();
  }, [formError]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await apply.mutateAsync({ ...values, privacyTextVersion: PRIVACY_TEXT_VERSION, locale: currentLanguage() });
    } catch (error) {
      // Never reset: everything typed stays in the form (and in the draft).
      showRefusal(error);
      return;
    }
    clearDraft();
    navigate('/apply/sent');
  });

  /** Puts the server's field messages on the fields and focuses the first; the rest goes in the alert. */
  function showRefusal(error: unknown) {
    const refusal = readServerError(error);
    if (refusal.kind === 'network') return setFormError({ text: t('apply.network'), focus: true });
    if (refusal.kind === 'tooMany') return setFormError({ text: t('apply.tooMany'), focus: true });
    if (refusal.kind === 'server') return setFormError({ text: t('apply.serverFailed'), focus: true });

    const general: string[] = [];
    const refused = new Set<FormField>();
    for (const [path, key] of Object.entries(refusal.fieldErrors)) {
      // 'languages.0' or 'availability.2.day' belong to the group as a whole.
      const field = path.split('.')[0] ?? '';
      if (isFormField(field)) {
        if (!refused.has(field)) setError(field, { type: 'server', message: key });
        refused.add(field);
      } else {
        general.push(errorText(key) ?? key);
      }
    }
    const first = FIELD_ORDER.find((field) => refused.has(field));
    if (first) {
      setFocus(first);
      setFormError({ text: [t('apply.checkFields'), ...general].join(' '), focus: false });
    } else {
      const code = refusal.domainCode;
      // Every code these procedures give has words (error-text.test.ts); one from a newer api gets the general sentence.
      const key = code ? codeTextKey(code) : undefined;
      setFormError({ text: general.join(' ') || (key && i18n.exists(key) ? t(key) : t('apply.refused')), focus: true });
    }
  }

  // Counted as the server counts it: without the spaces around the text.
  const motivationLength = (watch('motivation') ?? '').trim().length;
  const selectedProgramme = open.find((programme) => programme.id === watch('programmeId'));
  const message = (key: string | undefined) => errorText(key);
  // A single choice reads "choose a programme" rather than the contract's "choose at least one".
  const singleChoice = (key: string | undefined, prompt: string) =>
    key === undefined ? undefined : key.startsWith('errors.') || !i18n.exists(key) ? `${prompt}.` : t(key);
  const programmeMessage = singleChoice(errors.programmeId?.message, t('apply.programmePlaceholder'));

  return (
    <div className="dh-form">
      <h1>{t('apply.title')}</h1>
      <p>{t('apply.intro')}</p>

      {programmes.isPending && (
        <p role="status" className="recruit-needs-js">
          {t('apply.loadingProgrammes')}
        </p>
      )}
      {programmes.isError && (
        <Alert tone="error" title={t('apply.programmesFailed')}>
          <p>{t('apply.network')}</p>
          <Button variant="secondary" onClick={() => void programmes.refetch()} busy={programmes.isFetching}>
            {t('apply.retry')}
          </Button>
        </Alert>
      )}
      {programmes.isSuccess && open.length === 0 && (
        <Alert tone="info">
          <p>{t('apply.noProgrammes')}</p>
        </Alert>
      )}

      <form noValidate onSubmit={onSubmit} aria-describedby={formError ? 'apply-form-error' : undefined}>
        <h2>{t('apply.sections.programme')}</h2>
        <SelectField
          label={t('apply.programme')}
          placeholder={t('apply.programmePlaceholder')}
          options={open.map((programme) => ({
            value: programme.id,
            label: t('apply.programmeOption', { name: programme.name, organisation: programme.organisationName }),
          }))}
          required
          hint={selectedProgramme ? t(selectedProgramme.vogRequired ? 'apply.vogRequired' : 'apply.vogWaived') : undefined}
          error={programmeMessage}
          {...register('programmeId')}
        />
        {selectedProgramme && <OrganisationCard organisation={selectedProgramme.organisation} />}

        <h2>{t('apply.sections.you')}</h2>
        <div className="dh-form-row">
          <TextField label={t('apply.firstName')} autoComplete="given-name" required error={message(errors.firstName?.message)} {...register('firstName')} />
          <TextField label={t('apply.lastName')} autoComplete="family-name" required error={message(errors.lastName?.message)} {...register('lastName')} />
        </div>
        <TextField
          label={t('apply.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          hint={t('apply.emailHint')}
          error={message(errors.email?.message)}
          {...register('email')}
        />
        <TextField label={t('apply.phone')} type="tel" autoComplete="tel" inputMode="tel" required error={message(errors.phone?.message)} {...register('phone')} />
          <TextField
            label={t('apply.postcode')}
            autoComplete="postal-code"
            required
            hint={t('apply.postcodeHint')}
            error={message(errors.postcode?.message)}
            {...register('postcode')}
          />
        <TextField
          label={t('apply.birthDate')}
          type="date"
          autoComplete="bday"
          max={todayIso()}
          required
          hint={t('apply.birthDateHint')}
          error={message(errors.birthDate?.message)}
          {...register('birthDate')}
        />

        <h2>{t('apply.sections.time')}</h2>
        <Controller
          control={control}
          name="languages"
          render={({ field, fieldState }) => (
            <Fieldset legend={`${t('apply.languages')} *`} hint={t('apply.languagesHint')} error={message(fieldState.error?.message ?? fieldState.error?.root?.message)}>
              <div className="dh-options">
                {SPOKEN_LANGUAGES.map((code, index) => (
                  <Checkbox
                    key={code}
                    ref={index === 0 ? field.ref : undefined}
                    label={t(`spokenLanguages.${code}`)}
                    name={field.name}
                    value={code}
                    checked={field.value.includes(code)}
                    onBlur={field.onBlur}
                    onChange={(event) =>
                      field.onChange(
                        event.target.checked
                          ? SPOKEN_LANGUAGES.filter((c) => c === code || field.value.includes(c))
                          : field.value.filter((c) => c !== code),
                      )
                    }
                  />
                ))}
              </div>
            </Fieldset>
          )}
        />
        <Controller
          control={control}
          name="availability"
          render={({ field, fieldState }) => (
            <AvailabilityGrid
              legend={`${t('apply.availability')} *`}
              hint={t('apply.availabilityHint')}
              days={WEEKDAYS}
              parts={DAY_PARTS}
              dayColumnLabel={t('apply.day')}
              dayLabel={(day) => capitalised(t(`weekdays.${day}`))}
              partLabel={(part) => capitalised(t(`dayParts.${part}`))}
              slotLabel={(day, part) => capitalised(t('apply.slot', { day: t(`weekdays.${day}`), part: t(`dayParts.${part}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              firstRef={field.ref}
              error={message(fieldState.error?.message ?? fieldState.error?.root?.message)}
            />
          )}
        />

        <h2>{t('apply.sections.help')}</h2>
        <Controller
          control={control}
          name="skills"
          render={({ field, fieldState }) => (
            <Fieldset legend={`${t('apply.skills')} *`} hint={t('apply.skillsHint')} error={message(fieldState.error?.message ?? fieldState.error?.root?.message)}>
              <div className="dh-options">
                {HELP_AREAS.map((area, index) => (
                  <Checkbox
                    key={area}
                    ref={index === 0 ? field.ref : undefined}
                    label={t(`helpAreas.${area}`)}
                    name={field.name}
                    value={area}
                    checked={field.value.includes(area)}
                    onBlur={field.onBlur}
                    onChange={(event) =>
                      field.onChange(event.target.checked ? HELP_AREAS.filter((a) => a === area || field.value.includes(a)) : field.value.filter((a) => a !== area))
                    }
                  />
                ))}
              </div>
            </Fieldset>
          )}
        />
        <SelectField
          label={t('apply.capacity')}
          hint={t('apply.capacityHint')}
          options={[1, 2, 3].map((count) => ({ value: String(count), label: t('apply.capacityOption', { count }) }))}
          required
          error={message(errors.capacity?.message)}
          {...register('capacity', { valueAsNumber: true })}
        />
        <SelectField
          label={t('apply.gender')}
          hint={t('apply.genderHint')}
          placeholder={t('apply.genderPlaceholder')}
          options={(['female', 'male', 'other'] as const).map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))}
          required
          error={singleChoice(errors.gender?.message, t('apply.genderPlaceholder'))}
          {...register('gender')}
        />

        <h2>{t('apply.sections.motivation')}</h2>
        <TextArea
          label={t('apply.motivation')}
          hint={t('apply.motivationHint', { max: MOTIVATION_MAX_LENGTH })}
          required
          error={message(errors.motivation?.message)}
          characterCount={{
            length: motivationLength,
            max: MOTIVATION_MAX_LENGTH,
            text:
              motivationLength > MOTIVATION_MAX_LENGTH
                ? t('apply.motivationOver', { count: motivationLength - MOTIVATION_MAX_LENGTH })
                : t('apply.motivationCount', { length: motivationLength, max: MOTIVATION_MAX_LENGTH }),
            announcement: (remaining) =>
              remaining < 0
                ? t('apply.motivationOver', { count: -remaining })
                : remaining === 0
                  ? t('apply.motivationAtLimit', { max: MOTIVATION_MAX_LENGTH })
                  : t('apply.motivationLeft', { count: remaining }),
          }}
          {...register('motivation')}
        />
        <SelectField
          label={t('apply.channel')}
          placeholder={t('apply.channelPlaceholder')}
          options={RECRUITMENT_CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
          required
          error={singleChoice(errors.channel?.message, t('apply.channelPlaceholder'))}
          {...register('channel')}
        />
        <TextField label={t('apply.employer')} hint={t('apply.employerHint')} autoComplete="organization" error={message(errors.employer?.message)} {...register('employer')} />

        <h2>{t('apply.sections.privacy')}</h2>
        <section className="recruit-privacy" aria-labelledby="privacy-title">
          <h3 id="privacy-title">{t('apply.privacyTitle')}</h3>
          <p className="dh-muted">{t('apply.privacyVersion', { version: PRIVACY_TEXT_VERSION })}</p>
          <p>{t('apply.privacy1')}</p>
          <p>{t('apply.privacy2')}</p>
          <p>{t('apply.privacy3')}</p>
        </section>
        <Checkbox label={`${t('apply.consent')} *`} error={message(errors.privacyConsent?.message)} {...register('privacyConsent')} />

        <div id="apply-form-error" ref={formErrorRef} tabIndex={-1}>
          {formError && (
            <Alert tone="error" title={t('apply.failedTitle')}>
              <p>{formError.text}</p>
            </Alert>
          )}
        </div>

        <div className="dh-actions">
          <Button type="submit" busy={apply.isPending} disabled={open.length === 0}>
            {apply.isPending ? t('apply.sending') : t('apply.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
