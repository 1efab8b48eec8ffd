/** `AllowanceProblem` (packages/domain/src/budget/budget.ts): the api's refusals of an allowance payment, each on a field. */
export const ALLOWANCE_CODES = [
  'ALLOWANCE.AMOUNT_INVALID',
  'ALLOWANCE.LIMITS_INVALID',
  'ALLOWANCE.MONTH_INVALID',
  'ALLOWANCE.MONTH_IN_FUTURE',
  'ALLOWANCE.DATE_INVALID',
  'ALLOWANCE.DATE_IN_FUTURE',
  'ALLOWANCE.NOT_PAID_BY_PROGRAMME',
  'ALLOWANCE.MONTH_LIMIT_EXCEEDED',
  'ALLOWANCE.YEAR_LIMIT_EXCEEDED',
] as const;
