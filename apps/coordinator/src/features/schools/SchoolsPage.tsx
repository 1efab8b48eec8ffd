import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { createSchoolInput, inviteSchoolMentorInput, updateSchoolInput } from '@driehoek/contracts/schools';
import { HOLIDAY_REGIONS, PROVINCES } from '@driehoek/domain/school-holidays';
import { Link } from 'wouter';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import type { SchoolView } from '../../api-types';

type SchoolValues = z.input<typeof createSchoolInput>;
type InviteValues = z.input<typeof inviteSchoolMentorInput>;
type UpdateValues = z.input<typeof updateSchoolInput>;

const schoolsChanged = () => void queryClient.invalidateQueries(trpc.schools.list.pathFilter());

/** The schools that nominate pupils, and their school mentors' invitations (the set-password link goes by e-mail). */
export function SchoolsPage() {
  const { t } = useTranslation();
  const schools = useQuery(trpc.schools.list.queryOptions());
  const [saved, setSaved] = useState<Saved & { what: 'school' | 'invite' | 'update' | null }>({ ...NOT_SAVED, what: null });
  const [keys, setKeys] = useState({ school: 0, invite: 0, update: 0 });
  const done = (what: 'school' | 'invite' | 'update', message: string) => {
    setKeys((previous) => ({ ...previous, [what]: previous[what] + 1 }));
    setSaved((previous) => ({ ...savedWith(message)(previous), what }));
  };

  if (schools.isPending) return <LoadingState />;
  if (schools.isError) return <LoadError error={schools.error} onRetry={() => void schools.refetch()} />;

  return (
    <>
      <PageHeading>{t('schools.title')}</PageHeading>
      {schools.data.length === 0 ? (
        <p>{t('schools.empty')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('schools.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schools.col.name')}</th>
                <th scope="col">{t('schools.col.city')}</th>
                <th scope="col">{t('schools.col.mentors')}</th>
                <th scope="col">{t('schools.col.region')}</th>
              </tr>
            </thead>
            <tbody>
              {schools.data.map((school) => (
                <tr key={school.id}>
                  <th scope="row">{school.name}</th>
                  <td>{school.city}</td>
                  <td>{school.schoolMentorCount}</td>
                  <td>{school.effectiveHolidayRegion ? t(`holidayRegion.${school.effectiveHolidayRegion}`) : t('schools.noRegion')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href="/schools/holidays">{t('schools.holidaysLink')}</Link>
      </p>
      <div className="coordinator-two-columns">
        <Card title={t('schools.addTitle')} headingLevel={2}>
          {saved.what === 'school' && <SavedNotice message={saved.message} version={saved.version} />}
          <SchoolForm key={keys.school} onSaved={() => done('school', t('schools.added'))} />
        </Card>
        <Card title={t('schools.inviteTitle')} headingLevel={2}>
          <p>{t('schools.inviteIntro')}</p>
          {saved.what === 'invite' && <SavedNotice message={saved.message} version={saved.version} />}
          {schools.data.length > 0 ? (
            <InviteForm key={keys.invite} schools={schools.data} onSaved={() => done('invite', t('schools.invited'))} />
          ) : (
            <p>{t('schools.addFirst')}</p>
          )}
        </Card>
        {schools.data.length > 0 && (
          <Card title={t('schools.editTitle')} headingLevel={2}>
            {saved.what === 'update' && <SavedNotice message={saved.message} version={saved.version} />}
            <UpdateForm key={keys.update} schools={schools.data} onSaved={() => done('update', t('schools.updated'))} />
          </Card>
        )}
      </div>
    </>
  );
}

function SchoolForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<SchoolValues>({ resolver: zodResolver(createSchoolInput), defaultValues: { name: '', city: '', province: null, holidayRegion: null } });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['name', 'city', 'province', 'holidayRegion']);
  const mutation = useMutation(trpc.schools.create.mutationOptions({ onSuccess: schoolsChanged }));
  return (
    <StepForm
      submitLabel={t('schools.addSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('schools.name')} autoComplete="off" error={errorText(errors.name?.message)} {...form.register('name')} />
      <TextField label={t('schools.city')} autoComplete="off" error={errorText(errors.city?.message)} {...form.register('city')} />
      <PlaceFields form={form} />
    </StepForm>
  );
}

const orNull = { setValueAs: (value: string | null) => (value ? value : null) };

/** Province and, rarely, the school's own holiday region: together they decide which holidays its pupils' schedules skip. */
function PlaceFields({ form }: { form: ReturnType<typeof useForm<SchoolValues>> | ReturnType<typeof useForm<UpdateValues>> }) {
  const { t } = useTranslation();
  const register = form.register as ReturnType<typeof useForm<SchoolValues>>['register'];
  return (
    <>
      <SelectField label={t('schools.province')} placeholder={t('schools.chooseProvince')} options={PROVINCES.map((value) => ({ value, label: t(`province.${value}`) }))} {...register('province', orNull)} />
      <SelectField
        label={t('schools.holidayRegion')}
        hint={t('schools.regionHint')}
        placeholder={t('schools.regionFromProvince')}
        options={HOLIDAY_REGIONS.map((value) => ({ value, label: t(`holidayRegion.${value}`) }))}
        {...register('holidayRegion', orNull)}
      />
    </>
  );
}

function UpdateForm({ schools, onSaved }: { schools: SchoolView[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const valuesOf = (school: SchoolView | undefined): UpdateValues => ({
    schoolId: school?.id ?? '',
    name: school?.name ?? '',
    city: school?.city ?? '',
    province: school?.province ?? null,
    holidayRegion: school?.holidayRegion ?? null,
  });
  const form = useForm<UpdateValues>({ resolver: zodResolver(updateSchoolInput), defaultValues: valuesOf(schools[0]) });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['schoolId', 'name', 'city', 'province', 'holidayRegion']);
  const mutation = useMutation(trpc.schools.update.mutationOptions({ onSuccess: schoolsChanged }));
  const choose = form.register('schoolId');
  return (
    <StepForm
      submitLabel={t('schools.editSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <SelectField
        label={t('schools.editSchool')}
        options={schools.map((s) => ({ value: s.id, label: `${s.name} (${s.city})` }))}
        {...choose}
        onChange={(event) => {
          void choose.onChange(event);
          form.reset(valuesOf(schools.find((school) => school.id === event.target.value)));
        }}
      />
      <TextField label={t('schools.name')} autoComplete="off" error={errorText(errors.name?.message)} {...form.register('name')} />
      <TextField label={t('schools.city')} autoComplete="off" error={errorText(errors.city?.message)} {...form.register('city')} />
      <PlaceFields form={form} />
    </StepForm>
  );
}

function InviteForm({ schools, onSaved }: { schools: SchoolView[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<InviteValues>({
    resolver: zodResolver(inviteSchoolMentorInput),
    defaultValues: { schoolId: schools.length === 1 ? schools[0]?.id : '', name: '', email: '' },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['schoolId', 'name', 'email']);
  const mutation = useMutation(
    trpc.schools.inviteSchoolMentor.mutationOptions({
      onSuccess: () => {
        schoolsChanged();
        void queryClient.invalidateQueries(trpc.outbox.list.pathFilter());
      },
    }),
  );
  return (
    <StepForm
      submitLabel={t('schools.inviteSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <SelectField
        label={t('schools.inviteSchool')}
        placeholder={t('schools.chooseSchool')}
        options={schools.map((s) => ({ value: s.id, label: `${s.name} (${s.city})` }))}
        error={errorText(errors.schoolId?.message, t('schools.chooseSchool'))}
        {...form.register('schoolId')}
      />
      <TextField label={t('schools.mentorName')} autoComplete="off" error={errorText(errors.name?.message)} {...form.register('name')} />
      <TextField label={t('schools.mentorEmail')} type="email" autoComplete="off" error={errorText(errors.email?.message)} {...form.register('email')} />
    </StepForm>
  );
}
