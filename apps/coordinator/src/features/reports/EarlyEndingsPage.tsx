import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { earlyShare, reasonsOf, type Row } from './endings';
import { ReportsNav } from './ReportsNav';

/**
 * "Afsluitingen": per programme, how many matches closed, how many of them early, and why; so
 * drop-out can be examined (DOMAIN §5). The table carries the numbers; the bars repeat them.
 */
export function EarlyEndingsPage() {
  const { t } = useTranslation();
  const report = useQuery(trpc.reports.earlyEndings.queryOptions({}));
  return (
    <>
      <ReportsNav />
      <PageHeading>{t('endings.title')}</PageHeading>
      <p>{t('endings.intro')}</p>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data.length === 0 ? (
        <p>{t('endings.empty')}</p>
      ) : (
        <EndingsReport rows={report.data} />
      )}
    </>
  );
}

function EndingsReport({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const reasons = reasonsOf(rows);
  const used = reasons.filter((reason) => rows.some((row) => (row.byReason[reason] ?? 0) > 0));
  const max = Math.max(1, ...rows.flatMap((row) => Object.values(row.byReason)));
  const reasonName = (reason: string) => t(`closureReason.${reason}`, { defaultValue: t('closureReason.other') });
  return (
    <>
      <div className="coordinator-table-scroll">
        <table className="data">
          <caption>{t('endings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('endings.col.programme')}</th>
              <th scope="col" className="number">
                {t('endings.col.closed')}
              </th>
              <th scope="col" className="number">
                {t('endings.col.early')}
              </th>
              {used.map((reason) => (
                <th key={reason} scope="col" className="number">
                  {reasonName(reason)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.programmeId}>
                <th scope="row">{row.programmeName}</th>
                <td className="number">{row.closed}</td>
                <td className="number">{t('endings.earlyCell', { early: row.early, share: earlyShare(row) })}</td>
                {used.map((reason) => (
                  <td key={reason} className="number">
                    {row.byReason[reason] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('endings.barsTitle')}</h2>
      {rows.map((row) => {
        const counted = used.filter((reason) => (row.byReason[reason] ?? 0) > 0);
        return (
          <section key={row.programmeId} aria-labelledby={`endings-${row.programmeId}`} className="coordinator-bars">
            <h3 id={`endings-${row.programmeId}`}>{row.programmeName}</h3>
            {counted.length === 0 ? (
              <p className="dh-muted">{t('endings.noneEarly')}</p>
            ) : (
              <ul className="coordinator-bar-list">
                {counted.map((reason) => {
                  const count = row.byReason[reason] ?? 0;
                  return (
                    <li key={reason}>
                      <span className="coordinator-bar-label">{t('endings.barLabel', { reason: reasonName(reason), count })}</span>
                      <span className="coordinator-bar" aria-hidden="true">
                        <span className="coordinator-bar-fill" style={{ inlineSize: `${Math.round((count / max) * 100)}%` }} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
