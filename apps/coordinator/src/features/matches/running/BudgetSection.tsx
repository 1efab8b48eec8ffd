import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { expenseInput } from '@driehoek/contracts/running';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../../trpc';
import { formatDay, todayIso } from '../../../dates';
import { eurosToCents, formatEuros } from '../../../money';
import { useErrorText } from '../../../server-errors';
import { LoadError, LoadingState } from '../../../shell/LoadState';
import { useFormServerErrors } from '../../../forms/form-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../../forms/SavedNotice';
import { StepForm } from '../../../forms/StepForm';
import type { BudgetView } from '../../../api-types';

type Budget = BudgetView;

/** Euros typed in the form ("12,50"), checked as the contract checks the cents. */
const expenseForm = expenseInput.omit({ amountCents: true }).extend({
  amount: z
    .string()
    .trim()
    .min(1, { message: 'errors.required' })
    .refine((value) => eurosToCents(value) !== null, { message: 'errors.amount' })
    .refine((value) => expenseInput.shape.amountCents.safeParse(eurosToCents(value)).success, { message: 'BUDGET.AMOUNT_INVALID' }),
  /** A checkbox is a boolean; the contract wants `true`, i.e. the family agreed. */
  agreedWithFamily: z.boolean().refine((agreed) => agreed, { message: 'errors.agreedWithFamily' }),
});
type ExpenseValues = z.input<typeof expenseForm>;

/** "Activiteitenbudget": what the match may spend on activities, what was spent, and a new expense. */
export function BudgetSection({ matchId }: { matchId: string }) {
  const { t, i18n } = useTranslation();
  const budget = useQuery(trpc.budget.get.queryOptions({ matchId }));
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const euros = (cents: number) => formatEuros(cents, i18n.language);
  const view = budget.data;

  return (
    <Card title={t('budget.title')}>
      <p className="dh-muted">{t('budget.intro')}</p>
      {budget.isPending ? (
        <LoadingState />
      ) : budget.isError || !view ? (
        <LoadError error={budget.error} onRetry={() => void budget.refetch()} />
      ) : (
        <>
          <dl className="coordinator-details coordinator-budget">
            <div>
              <dt>{t('budget.budget')}</dt>
              <dd>{euros(view.budgetCents)}</dd>
            </div>
            <div>
              <dt>{t('budget.spent')}</dt>
              <dd>{euros(view.spentCents)}</dd>
            </div>
            <div>
              <dt>{t('budget.left')}</dt>
              <dd className="coordinator-budget-left">{euros(view.leftCents)}</dd>
            </div>
          </dl>
          {view.budgetCents > 0 && (
            <div className="coordinator-bar" aria-hidden="true">
              <span className="coordinator-bar-fill" style={{ inlineSize: `${Math.min(100, Math.round((view.spentCents / view.budgetCents) * 100))}%` }} />
            </div>
          )}
          {view.expenses.length === 0 ? (
            <p>{t('budget.noExpenses')}</p>
          ) : (
            <div className="coordinator-table-scroll">
              <table className="data">
                <caption>{t('budget.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('budget.col.spentOn')}</th>
                    <th scope="col">{t('budget.col.description')}</th>
                    <th scope="col" className="number">
                      {t('budget.col.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...view.expenses]
                    .sort((a, b) => b.spentOn.localeCompare(a.spentOn))
                    .map((expense) => (
                      <tr key={expense.id}>
                        <td>{formatDay(expense.spentOn, i18n.language)}</td>
                        <td>{expense.description}</td>
                        <td className="number">{euros(expense.amountCents)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <SavedNotice message={saved.message} version={saved.version} />
      {view && view.budgetCents === 0 && view.expenses.length === 0 ? (
        <p>{t('budget.none')}</p>
      ) : (
        <>
          <h3>{t('budget.newTitle')}</h3>
          <ExpenseForm
            matchId={matchId}
            onSaved={(next) => {
              queryClient.setQueryData(trpc.budget.get.queryKey({ matchId }), next);
              setSaved(savedWith(t('budget.saved', { left: euros(next.leftCents) })));
            }}
          />
        </>
      )}
    </Card>
  );
}

function ExpenseForm({ matchId, onSaved }: { matchId: string; onSaved: (budget: Budget) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const defaults: ExpenseValues = { matchId, spentOn: todayIso(), amount: '', description: '', agreedWithFamily: false };
  const form = useForm<ExpenseValues>({ resolver: zodResolver(expenseForm), defaultValues: defaults });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['spentOn', 'amount', 'description', 'agreedWithFamily'], { amountCents: 'amount' });
  const mutation = useMutation(trpc.budget.addExpense.mutationOptions());
  return (
    <StepForm
      submitLabel={t('budget.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        const { amount, ...rest } = values;
        mutation.mutate(
          { ...rest, amountCents: eurosToCents(amount) ?? 0, agreedWithFamily: true },
          {
            onSuccess: (next) => {
              form.reset({ ...defaults, spentOn: todayIso() });
              onSaved(next);
            },
            onError: server.onError,
          },
        );
      })}
    >
      <div className="coordinator-settings-grid">
        <TextField label={t('budget.spentOn')} type="date" max={todayIso()} error={errorText(errors.spentOn?.message)} {...form.register('spentOn')} />
        <TextField
          label={t('budget.amount')}
          hint={t('budget.amountHint')}
          inputMode="decimal"
          autoComplete="off"
          error={errorText(errors.amount?.message)}
          {...form.register('amount')}
        />
      </div>
      <TextField label={t('budget.description')} hint={t('budget.descriptionHint')} autoComplete="off" error={errorText(errors.description?.message)} {...form.register('description')} />
      <Checkbox label={t('budget.agreedWithFamily')} error={errorText(errors.agreedWithFamily?.message)} {...form.register('agreedWithFamily')} />
    </StepForm>
  );
}
