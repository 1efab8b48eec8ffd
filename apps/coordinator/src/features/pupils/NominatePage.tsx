import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { z } from 'zod';
import { nominatePupilInput } from '@driehoek/contracts/pupils';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { todayIso } from '../../dates';
import { applyFieldErrors, useErrorText, useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { isSchoolMentor, useSignedIn } from '../../shell/signed-in';
import { FamilyMemberFields, emptyFamilyMember } from './FamilyMemberFields';
import { pupilSaved } from './saving';
import { HOME_LANGUAGES, VULNERABILITY_REASONS, menteeIsParent } from './vocabulary';
import type { ProgrammeSummary, SchoolView } from '../../api-types';

type Values = z.input<typeof nominatePupilInput>;

const TOP_FIELDS = [
  'programmeId',
  'schoolId',
  'firstName',
  'lastName',
  'birthDate',
  'schoolYear',
  'vulnerabilityReasons',
  'vulnerabilityNote',
  'helpRequest',
  'homeLanguages',
  'postcode',
] as const;
const MEMBER_FIELDS = ['role', 'firstName', 'lastName', 'email', 'phone', 'preferredLanguage', 'readsDutch', 'hasParentalAuthority', 'isMentee'] as const;

/** Where a server field error may land: each member's fields first (`family.0.email`), then the list, then the rest. */
function nominationFields(memberCount: number): string[] {
  const members = Array.from({ length: memberCount }, (_, index) => MEMBER_FIELDS.map((name) => `family.${index}.${name}`)).flat();
  return [...members, 'family', ...TOP_FIELDS];
}

/**
 * Nominating a pupil (Thuisschoolmaatje steps 1–2): the school mentor's professional judgement of
 * the home situation, a help request of one or two sentences, and the family. A school mentor's
 * school is fixed; a coordinator chooses one.
 */
export function NominatePage() {
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const me = useSignedIn();
  const schoolMentor = isSchoolMentor(me);
  const schools = useQuery({ ...trpc.schools.list.queryOptions(), enabled: !schoolMentor });

  if (programmes.isPending || (!schoolMentor && schools.isPending)) return <LoadingState />;
  if (programmes.isError) return <LoadError error={programmes.error} onRetry={() => void programmes.refetch()} />;
  if (schools.isError) return <LoadError error={schools.error} onRetry={() => void schools.refetch()} />;
  const fixedSchool = schoolMentor ? me.school : null;
  return <NominateForm programmes={programmes.data} schools={fixedSchool ? [{ ...fixedSchool, city: '' }] : (schools.data ?? [])} schoolFixed={Boolean(fixedSchool)} />;
}

function NominateForm({ programmes, schools, schoolFixed }: { programmes: ProgrammeSummary[]; schools: Pick<SchoolView, 'id' | 'name' | 'city'>[]; schoolFixed: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const serverText = useServerErrorText();
  const [, navigate] = useLocation();
  const failureRef = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // A refusal that is not about one field, shown above the form (which keeps everything typed).
  const [formError, setFormError] = useState<unknown>(null);

  const form = useForm<Values>({
    resolver: zodResolver(nominatePupilInput),
    defaultValues: {
      programmeId: programmes.length === 1 ? programmes[0]?.id : '',
      schoolId: schools.length === 1 ? schools[0]?.id : '',
      firstName: '',
      lastName: '',
      birthDate: '',
      schoolYear: '',
      vulnerabilityReasons: [],
      vulnerabilityNote: '',
      helpRequest: '',
      homeLanguages: [],
      postcode: '',
      gender: null,
      family: [emptyFamilyMember()],
    },
  });
  const { errors } = form.formState;
  const family = useFieldArray({ control: form.control, name: 'family' });
  const programmeId = useWatch({ control: form.control, name: 'programmeId' });
  const reasons = useWatch({ control: form.control, name: 'vulnerabilityReasons' });
  const programme = programmes.find((p) => p.id === programmeId);
  const showMentee = programme ? menteeIsParent(programme) : false;

  const nominate = useMutation(
    trpc.pupils.nominate.mutationOptions({
      onSuccess: (detail) => {
        pupilSaved(detail);
        navigate(`/pupils/${encodeURIComponent(detail.id)}`);
      },
      onError: (error) => {
        const onField = applyFieldErrors(error, form.setError, nominationFields(family.fields.length));
        setFormError(onField ? null : error);
        if (!onField) requestAnimationFrame(() => failureRef.current?.focus());
      },
    }),
  );

  const familyError = errors.family?.message ?? errors.family?.root?.message;
  const school = schools[0];

  return (
    <>
      <PageHeading>{t('nominate.title')}</PageHeading>
      <p className="dh-prose">{t('nominate.intro')}</p>
      <div ref={failureRef} tabIndex={-1} className="coordinator-focus-target">
        {formError ? (
          <Alert tone="error" title={t('errors.saveFailed')}>
            <p>{serverText(formError)}</p>
          </Alert>
        ) : null}
      </div>
      <form noValidate className="dh-form" onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          nominate.mutate(values);
        })}>
        <Card title={t('nominate.programmeAndSchool')} headingLevel={2}>
          <SelectField
            label={t('nominate.programme')}
            placeholder={t('nominate.chooseProgramme')}
            options={programmes.map((p) => ({ value: p.id, label: p.name }))}
            error={errorText(errors.programmeId?.message, t('nominate.chooseProgramme'))}
            {...form.register('programmeId')}
          />
          {schoolFixed && school ? (
            <p>
              <span className="coordinator-label">{t('nominate.school')}: </span>
              {school.name}
              <input type="hidden" {...form.register('schoolId')} />
            </p>
          ) : (
            <SelectField
              label={t('nominate.school')}
              placeholder={t('nominate.chooseSchool')}
              options={schools.map((s) => ({ value: s.id, label: s.city ? `${s.name} (${s.city})` : s.name }))}
              error={errorText(errors.schoolId?.message, t('nominate.chooseSchool'))}
              {...form.register('schoolId')}
            />
          )}
        </Card>

        <Card title={t('nominate.pupil')} headingLevel={2}>
          <div className="dh-form-row">
            <TextField label={t('nominate.firstName')} autoComplete="off" error={errorText(errors.firstName?.message)} {...form.register('firstName')} />
            <TextField label={t('nominate.lastName')} autoComplete="off" error={errorText(errors.lastName?.message)} {...form.register('lastName')} />
          </div>
          <div className="dh-form-row">
            <TextField label={t('nominate.birthDate')} type="date" max={todayIso()} error={errorText(errors.birthDate?.message)} {...form.register('birthDate')} />
            <TextField
              label={t('nominate.schoolYear')}
              hint={t('nominate.schoolYearHint')}
              autoComplete="off"
              error={errorText(errors.schoolYear?.message)}
              {...form.register('schoolYear')}
            />
          </div>
          <SelectField
            label={t('nominate.gender')}
            hint={t('nominate.genderHint')}
            className="coordinator-short-field"
            options={[
              { value: '', label: t('nominate.genderUnknown') },
              ...(['female', 'male', 'other'] as const).map((value) => ({ value, label: t(`nominate.genders.${value}`) })),
            ]}
            error={errorText(errors.gender?.message)}
            {...form.register('gender', { setValueAs: (value: string) => (value === '' ? null : value) })}
          />
          <TextField
            label={t('nominate.postcode')}
            autoComplete="off"
            className="coordinator-short-field"
            error={errorText(errors.postcode?.message)}
            {...form.register('postcode')}
          />
          <Fieldset legend={t('nominate.homeLanguages')} error={errorText(errors.homeLanguages?.message)}>
            <div className="dh-options coordinator-columns">
              {HOME_LANGUAGES.map((code) => (
                <Checkbox key={code} label={t(`spokenLanguage.${code}`)} value={code} {...form.register('homeLanguages')} />
              ))}
            </div>
          </Fieldset>
        </Card>

        <Card title={t('nominate.situation')} headingLevel={2}>
          <Fieldset legend={t('nominate.vulnerability')} hint={t('nominate.vulnerabilityHint')} error={errorText(errors.vulnerabilityReasons?.message)}>
            <div className="dh-options">
              {VULNERABILITY_REASONS.map((reason) => (
                <Checkbox key={reason} label={t(`vulnerability.${reason}`)} value={reason} {...form.register('vulnerabilityReasons')} />
              ))}
            </div>
          </Fieldset>
          <TextArea
            label={t('nominate.vulnerabilityNote')}
            hint={reasons?.includes('other') ? t('nominate.vulnerabilityNoteOtherHint') : t('nominate.vulnerabilityNoteHint')}
            rows={2}
            error={errorText(errors.vulnerabilityNote?.message)}
            {...form.register('vulnerabilityNote')}
          />
          <TextArea
            label={t('nominate.helpRequest')}
            hint={t('nominate.helpRequestHint')}
            rows={3}
            error={errorText(errors.helpRequest?.message)}
            {...form.register('helpRequest')}
          />
        </Card>

        <section aria-labelledby="nominate-family-heading" className="dh-card">
          <div className="dh-card__header">
            <h2 id="nominate-family-heading" className="dh-card__title">
              {t('nominate.family')}
            </h2>
          </div>
          <div className="dh-card__body">
            <p>{t('nominate.familyIntro')}</p>
            {familyError && (
              <p className="dh-field__error" role="alert">
                {errorText(familyError)}
              </p>
            )}
            {family.fields.map((member, index) => (
              <Fieldset key={member.id} legend={t('family.memberLegend', { number: index + 1 })} className="coordinator-member">
                <FamilyMemberFields
                  number={index + 1}
                  field={(name) => form.register(`family.${index}.${name}`)}
                  errors={errors.family?.[index]}
                  showMentee={showMentee}
                />
                {family.fields.length > 1 && (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => {
                      family.remove(index);
                      requestAnimationFrame(() => addButton.current?.focus());
                    }}
                  >
                    {t('family.remove', { number: index + 1 })}
                  </Button>
                )}
              </Fieldset>
            ))}
            {family.fields.length < 8 && (
              <Button
                ref={addButton}
                type="button"
                variant="secondary"
                onClick={() => family.append(emptyFamilyMember(), { focusName: `family.${family.fields.length}.role` })}
              >
                {t('family.add')}
              </Button>
            )}
          </div>
        </section>

        <div className="dh-actions">
          <Button type="submit" variant="primary" busy={nominate.isPending}>
            {t('nominate.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
