import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import type { z } from 'zod';
import { createProgrammeInput } from '@driehoek/contracts/programmes';
import { Card } from '@driehoek/ui/Card';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { useErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { StepForm } from '../../forms/StepForm';
import { useFormServerErrors } from '../../forms/form-errors';
import { SCREENING_STEPS } from './settings-shape';

type Values = z.input<typeof createProgrammeInput>;
type TemplateView = { key: Values['template']; name: string; mentee: string; source: string };

/** The organisation's programmes, each with a link to its settings, and a new programme from one of the templates. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const templates = useQuery(trpc.programmes.templates.queryOptions());

  if (programmes.isPending) return <LoadingState />;
  if (programmes.isError) return <LoadError error={programmes.error} onRetry={() => void programmes.refetch()} />;

  return (
    <>
      <PageHeading>{t('programmes.title')}</PageHeading>
      {programmes.data.length === 0 ? (
        <p>{t('pipeline.noProgrammes')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('programmes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.col.name')}</th>
                <th scope="col">{t('programmes.col.template')}</th>
                <th scope="col">{t('programmes.col.waived')}</th>
              </tr>
            </thead>
            <tbody>
              {programmes.data.map((programme) => {
                const waived = SCREENING_STEPS.filter((step) => programme.steps[step] === 'waived');
                return (
                  <tr key={programme.id}>
                    <th scope="row">
                      <Link href={`/programme-settings/${encodeURIComponent(programme.id)}`}>
                        {programme.name}
                        <span className="dh-visually-hidden">{`: ${t('programmes.settingsLink')}`}</span>
                      </Link>
                    </th>
                    <td>{t(`template.${programme.template}.name`, { defaultValue: programme.template })}</td>
                    <td>{waived.length > 0 ? waived.map((step) => t(`step.${step}`)).join(', ') : t('programmes.noneWaived')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Card title={t('programmes.newTitle')} headingLevel={2}>
        {templates.isPending ? (
          <LoadingState />
        ) : templates.isError ? (
          <LoadError error={templates.error} onRetry={() => void templates.refetch()} />
        ) : (
          <NewProgrammeForm templates={templates.data} />
        )}
      </Card>
    </>
  );
}

function NewProgrammeForm({ templates }: { templates: readonly TemplateView[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [, navigate] = useLocation();
  const first = templates[0];
  const form = useForm<Values>({ resolver: zodResolver(createProgrammeInput), defaultValues: { template: first?.key, name: first?.name ?? '' } });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['template', 'name']);
  const chosenKey = useWatch({ control: form.control, name: 'template' });
  const chosen = templates.find((template) => template.key === chosenKey);
  const lastTemplateName = useRef(first?.name ?? '');
  const create = useMutation(
    trpc.programmes.create.mutationOptions({
      onSuccess: (detail) => {
        queryClient.setQueryData(trpc.programmes.get.queryKey({ id: detail.id }), detail);
        void queryClient.invalidateQueries(trpc.programmes.list.pathFilter());
        navigate(`/programme-settings/${encodeURIComponent(detail.id)}`);
      },
    }),
  );

  return (
    <StepForm
      submitLabel={t('programmes.createSubmit')}
      busy={create.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        create.mutate(values, { onError: server.onError });
      })}
    >
      <SelectField
        label={t('programmes.template')}
        options={templates.map((template) => ({ value: template.key, label: t(`template.${template.key}.name`, { defaultValue: template.name }) }))}
        error={errorText(errors.template?.message)}
        {...form.register('template', {
          // The name follows the template until the coordinator types their own.
          onChange: (event: { target: { value: string } }) => {
            const next = templates.find((template) => template.key === event.target.value);
            if (next && form.getValues('name') === lastTemplateName.current) form.setValue('name', next.name);
            if (next) lastTemplateName.current = next.name;
          },
        })}
      />
      {chosen && (
        <div className="coordinator-template" aria-live="polite">
          <p>{t(`template.${chosen.key}.description`)}</p>
          <p className="dh-muted">
            {t('programmes.mentee', { mentee: t(`mentee.${chosen.mentee}`, { defaultValue: chosen.mentee }) })}{' '}
            {t(`template.${chosen.key}.source`)}
          </p>
        </div>
      )}
      <TextField label={t('programmes.name')} hint={t('programmes.nameHint')} autoComplete="off" error={errorText(errors.name?.message)} {...form.register('name')} />
    </StepForm>
  );
}
