import { Expense } from '@driehoek/db';
import { matchActionInput } from '@driehoek/contracts/matches';
import { budgetView, expenseInput } from '@driehoek/contracts/running';
import { activityBudgetOf, checkActivityExpense } from '@driehoek/domain/budget';
import { coordinatorProcedure, router } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { loadMatch } from '../match/index.js';
import { matchRecordOf } from '../match/index.js';

type LoadedMatch = Awaited<ReturnType<typeof loadMatch>>;

async function budgetOf(em: Parameters<typeof loadMatch>[0], match: LoadedMatch) {
  const expenses = await em.find(Expense, { match }, { orderBy: { spentOn: 'asc', createdAt: 'asc' } });
  const budget = activityBudgetOf(match.id, match.programme.settings, expenses.map((e) => ({ matchId: match.id, spentOn: e.spentOn, amountCents: e.amountCents, description: e.description, agreedWithFamily: e.agreedWithFamily })));
  return { ...budget, expenses: expenses.map((e) => ({ id: e.id, spentOn: e.spentOn, amountCents: e.amountCents, description: e.description })) };
}

/** The match's activity budget (the programme's amount), what was spent and what is left. */
const get = coordinatorProcedure
  .input(matchActionInput)
  .output(budgetView)
  .query(async ({ ctx, input }) => budgetOf(ctx.em, await loadMatch(ctx.em, ctx.actor, input.matchId)));

/** An activity paid from the budget, chosen with the pupil and agreed with the parents; never more than is left. */
const addExpense = coordinatorProcedure
  .input(expenseInput)
  .output(budgetView)
  .mutation(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const previous = await ctx.em.find(Expense, { match });
    const expense = { matchId: match.id, spentOn: input.spentOn, amountCents: input.amountCents, description: input.description, agreedWithFamily: input.agreedWithFamily };
    const checked = checkActivityExpense(
      expense,
      matchRecordOf(match),
      match.programme.settings,
      previous.map((e) => ({ matchId: match.id, spentOn: e.spentOn, amountCents: e.amountCents, description: e.description, agreedWithFamily: e.agreedWithFamily })),
      today(ctx.services.clock),
    );
    if (!checked.ok) throw new AppError(checked.code, checked.field);
    ctx.em.create(Expense, { organisation: ctx.actor.organisationId, match, spentOn: input.spentOn, amountCents: input.amountCents, description: input.description, agreedWithFamily: input.agreedWithFamily, recordedById: ctx.actor.id });
    audit(ctx.em, ctx.actor, 'match.expense', 'Match', match.id);
    await ctx.em.flush();
    return budgetOf(ctx.em, match);
  });

export const budgetRouter = router({ get, addExpense });
