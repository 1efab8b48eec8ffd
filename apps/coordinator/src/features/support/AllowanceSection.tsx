import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { payAllowanceInput } from '@driehoek/contracts/support';
import { Card } from '@driehoek/ui/Card';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay, todayIso } from '../../dates';
import { eurosToCents, formatEuros } from '../../money';
import { useErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { useFormServerErrors } from '../../forms/form-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { StepForm } from '../../forms/StepForm';
import type { AllowanceView } from '../../api-types';

/** Euros typed in the form ("12,50"), checked as the contract checks the cents. */
const allowanceForm = payAllowanceInput.omit({ amountCents: true }).extend({
  amount: z
    .string()
    .trim()
    .min(1, { message: 'errors.required' })
    .refine((value) => eurosToCents(value) !== null, { message: 'errors.amount' })
    .refine((value) => payAllowanceInput.shape.amountCents.safeParse(eurosToCents(value)).success, { message: 'ALLOWANCE.AMOUNT_INVALID' }),
});
type AllowanceValues = z.input<typeof allowanceForm>;

/** A month as the reader says it: "november 2026" / "November 2026". */
export function formatMonth(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/**
 * "Vrijwilligersvergoeding": the programme's monthly allowance, the yearly maximum, what was paid
 * this month and this year, the payments, and a new payment (DOMAIN.md §5, "while funds last").
 */
export function AllowanceSection({ volunteerId }: { volunteerId: string }) {
  const { t, i18n } = useTranslation();
  const allowance = useQuery(trpc.allowances.get.queryOptions({ volunteerId }));
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const euros = (cents: number) => formatEuros(cents, i18n.language);
  const view = allowance.data;

  return (
    <Card title={t('allowance.title')}>
      <p className="dh-muted">{t('allowance.intro')}</p>
      {allowance.isPending ? (
        <LoadingState />
      ) : allowance.isError || !view ? (
        <LoadError error={allowance.error} onRetry={() => void allowance.refetch()} />
      ) : (
        <>
          <dl className="coordinator-details coordinator-budget">
            <div>
              <dt>{t('allowance.monthlyLimit')}</dt>
              <dd>{euros(view.monthlyLimitCents)}</dd>
            </div>
            <div>
              <dt>{t('allowance.paidThisMonth')}</dt>
              <dd>{euros(view.paidThisMonthCents)}</dd>
            </div>
            <div>
              <dt>{t('allowance.yearlyLimit')}</dt>
              <dd>{euros(view.yearlyLimitCents)}</dd>
            </div>
            <div>
              <dt>{t('allowance.paidThisYear')}</dt>
              <dd>{euros(view.paidThisYearCents)}</dd>
            </div>
          </dl>
          {view.payments.length === 0 ? (
            <p>{t('allowance.noPayments')}</p>
          ) : (
            <div className="coordinator-table-scroll">
              <table className="data">
                <caption>{t('allowance.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('allowance.col.forMonth')}</th>
                    <th scope="col">{t('allowance.col.paidOn')}</th>
                    <th scope="col" className="number">
                      {t('allowance.col.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.payments.map((payment) => (
                    <tr key={payment.id}>
                      <td>{formatMonth(payment.forMonth, i18n.language)}</td>
                      <td>{formatDay(payment.paidOn, i18n.language)}</td>
                      <td className="number">{euros(payment.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <SavedNotice message={saved.message} version={saved.version} />
      {view && view.monthlyLimitCents === 0 ? (
        <p>{t('allowance.none')}</p>
      ) : (
        view && (
          <>
            <h3>{t('allowance.newTitle')}</h3>
            <AllowanceForm
              volunteerId={volunteerId}
              onSaved={(next) => {
                queryClient.setQueryData(trpc.allowances.get.queryKey({ volunteerId }), next);
                setSaved(savedWith(t('allowance.saved', { paid: euros(next.paidThisMonthCents) })));
              }}
            />
          </>
        )
      )}
    </Card>
  );
}

function AllowanceForm({ volunteerId, onSaved }: { volunteerId: string; onSaved: (allowance: AllowanceView) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const defaults = (): AllowanceValues => ({ volunteerId, forMonth: todayIso().slice(0, 7), paidOn: todayIso(), amount: '' });
  const form = useForm<AllowanceValues>({ resolver: zodResolver(allowanceForm), defaultValues: defaults() });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['forMonth', 'paidOn', 'amount'], { amountCents: 'amount', limits: 'amount' });
  const mutation = useMutation(trpc.allowances.pay.mutationOptions());
  return (
    <StepForm
      submitLabel={t('allowance.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        const { amount, ...rest } = values;
        mutation.mutate(
          { ...rest, amountCents: eurosToCents(amount) ?? 0 },
          {
            onSuccess: (next) => {
              form.reset(defaults());
              onSaved(next);
            },
            onError: server.onError,
          },
        );
      })}
    >
      <div className="coordinator-settings-grid">
        <TextField label={t('allowance.forMonth')} hint={t('allowance.forMonthHint')} type="month" max={todayIso().slice(0, 7)} error={errorText(errors.forMonth?.message)} {...form.register('forMonth')} />
        <TextField label={t('allowance.paidOn')} type="date" max={todayIso()} error={errorText(errors.paidOn?.message)} {...form.register('paidOn')} />
        <TextField
          label={t('allowance.amount')}
          hint={t('allowance.amountHint')}
          inputMode="decimal"
          autoComplete="off"
          error={errorText(errors.amount?.message)}
          {...form.register('amount')}
        />
      </div>
    </StepForm>
  );
}
