import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { INVITED_ROLES, STAFF_LOCALES, inviteStaffInput } from '@driehoek/contracts/team';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { useErrorText, useServerErrorText } from '../../server-errors';
import { formatMoment } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { useSignedIn } from '../../shell/signed-in';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import type { TeamMember } from '../../api-types';

type InviteValues = z.input<typeof inviteStaffInput>;

const teamChanged = () => {
  void queryClient.invalidateQueries(trpc.team.list.pathFilter());
  void queryClient.invalidateQueries(trpc.outbox.list.pathFilter());
};

/** `/team` (admins): the organisation's staff, their roles and last sign-in; invite, change a role, deactivate. */
export function TeamPage() {
  const { t } = useTranslation();
  const team = useQuery(trpc.team.list.queryOptions());
  const [saved, setSaved] = useState<Saved & { what: 'change' | 'invite' | null }>({ ...NOT_SAVED, what: null });
  const [inviteKey, setInviteKey] = useState(0);
  const done = (what: 'change' | 'invite', message: string) => setSaved((previous) => ({ ...savedWith(message)(previous), what }));

  if (team.isPending) return <LoadingState />;
  if (team.isError) return <LoadError error={team.error} onRetry={() => void team.refetch()} />;

  return (
    <>
      <PageHeading>{t('team.title')}</PageHeading>
      <p>{t('team.intro')}</p>
      {saved.what === 'change' && <SavedNotice message={saved.message} version={saved.version} />}
      <TeamTable members={team.data.members} onChanged={() => done('change', t('team.changed'))} />
      <Card title={t('team.inviteTitle')} headingLevel={2}>
        <p>{t('team.inviteIntro')}</p>
        {saved.what === 'invite' && <SavedNotice message={saved.message} version={saved.version} />}
        <InviteForm
          key={inviteKey}
          schools={team.data.schools}
          onSaved={() => {
            setInviteKey((key) => key + 1);
            done('invite', t('team.invited'));
          }}
        />
      </Card>
    </>
  );
}

function TeamTable({ members, onChanged }: { members: TeamMember[]; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useSignedIn();
  const serverText = useServerErrorText();
  const failureRef = useRef<HTMLDivElement>(null);
  const onError = () => requestAnimationFrame(() => failureRef.current?.focus());
  const changeRole = useMutation(trpc.team.changeRole.mutationOptions({ onSuccess: () => (teamChanged(), onChanged()), onError }));
  const setActive = useMutation(trpc.team.setActive.mutationOptions({ onSuccess: () => (teamChanged(), onChanged()), onError }));
  const failure = changeRole.error ?? setActive.error;
  const busy = changeRole.isPending || setActive.isPending;

  const roleText = (member: TeamMember) => {
    const role = member.school ? t('team.roleAtSchool', { school: member.school.name }) : t(`team.role.${member.role}`);
    return member.safeguarding ? `${role}, ${t(`team.safeguarding.${member.safeguarding}`)}` : role;
  };

  return (
    <>
      <div ref={failureRef} tabIndex={-1} className="coordinator-focus-target">
        {failure && (
          <Alert tone="error" title={t('team.changeFailed')}>
            <p>{serverText(failure)}</p>
          </Alert>
        )}
      </div>
      <div className="coordinator-table-scroll">
        <table className="data">
          <caption>{t('team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.col.name')}</th>
              <th scope="col">{t('team.col.email')}</th>
              <th scope="col">{t('team.col.role')}</th>
              <th scope="col">{t('team.col.lastSignIn')}</th>
              <th scope="col">{t('team.col.status')}</th>
              <th scope="col">{t('team.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.name} {member.id === me.id && t('team.you')}
                </th>
                <td>{member.email}</td>
                <td>{roleText(member)}</td>
                <td>{member.lastSignInAt ? formatMoment(member.lastSignInAt, i18n.language) : t('team.never')}</td>
                <td>{!member.active ? t('team.inactive') : member.invitationPending ? t('team.invitationPending') : t('team.active')}</td>
                <td>
                  <div className="coordinator-actions">
                    {member.role !== 'schoolMentor' && member.active && (
                      <Button
                        variant="secondary"
                        disabled={busy}
                        onClick={() => changeRole.mutate({ staffMemberId: member.id, role: member.role === 'admin' ? 'coordinator' : 'admin' })}
                      >
                        {member.role === 'admin' ? t('team.makeCoordinator', { name: member.name }) : t('team.makeAdmin', { name: member.name })}
                      </Button>
                    )}
                    <Button
                      variant={member.active ? 'danger' : 'secondary'}
                      disabled={busy}
                      onClick={() => setActive.mutate({ staffMemberId: member.id, active: !member.active })}
                    >
                      {member.active ? t('team.deactivate', { name: member.name }) : t('team.reactivate', { name: member.name })}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function InviteForm({ schools, onSaved }: { schools: { id: string; name: string }[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<InviteValues>({
    resolver: zodResolver(inviteStaffInput),
    defaultValues: { name: '', email: '', role: 'coordinator', schoolId: null, locale: 'nl' },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['name', 'email', 'role', 'schoolId', 'locale']);
  const mutation = useMutation(trpc.team.invite.mutationOptions({ onSuccess: teamChanged }));
  const role = form.watch('role');
  return (
    <StepForm
      submitLabel={t('team.inviteSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('team.name')} autoComplete="off" error={errorText(errors.name?.message)} {...form.register('name')} />
      <TextField label={t('team.email')} type="email" autoComplete="off" error={errorText(errors.email?.message)} {...form.register('email')} />
      <SelectField label={t('team.inviteRole')} options={INVITED_ROLES.map((value) => ({ value, label: t(`team.role.${value}`) }))} {...form.register('role')} />
      {role === 'schoolMentor' && (
        <SelectField
          label={t('team.school')}
          placeholder={t('team.chooseSchool')}
          options={schools.map((school) => ({ value: school.id, label: school.name }))}
          error={errorText(errors.schoolId?.message, t('team.chooseSchool'))}
          {...form.register('schoolId', { setValueAs: (value: string | null) => (value ? value : null) })}
        />
      )}
      <SelectField
        label={t('team.language')}
        options={STAFF_LOCALES.map((value) => ({ value, label: t(`team.languageOption.${value}`) }))}
        {...form.register('locale')}
      />
    </StepForm>
  );
}
