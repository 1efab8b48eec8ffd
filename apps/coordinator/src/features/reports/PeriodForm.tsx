import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@driehoek/ui/Button';
import { TextField } from '@driehoek/ui/TextField';
import { addMonths } from '@driehoek/domain/calendar';
import { todayIso } from '../../dates';

export type Period = { from: string; until: string };

/** The period a report opens with: the twelve months up to today (both days included). */
export function defaultPeriod(today: string = todayIso()): Period {
  return { from: addMonths(today, -12), until: today };
}

/** Two date fields and "Show": the report follows the period only when it is applied, not at every keystroke. */
export function PeriodForm({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [until, setUntil] = useState(period.until);
  const invalid = !from || !until || from > until;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid) onChange({ from, until });
  };
  return (
    <form className="coordinator-report-actions" onSubmit={submit} aria-label={t('reports.period.label')}>
      <TextField type="date" label={t('reports.period.from')} value={from} onChange={(event) => setFrom(event.target.value)} required />
      <TextField
        type="date"
        label={t('reports.period.until')}
        value={until}
        onChange={(event) => setUntil(event.target.value)}
        required
        {...(from && until && from > until ? { error: t('reports.period.untilBeforeFrom') } : {})}
      />
      <Button type="submit" variant="secondary" disabled={invalid}>
        {t('reports.period.show')}
      </Button>
    </form>
  );
}
