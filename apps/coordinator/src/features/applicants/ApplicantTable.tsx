import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from '../../dates';
import { StageBadge, ReadyBadge } from './badges';
import type { ApplicantSummary } from '../../api-types';

/** The applicants of the pipeline; the name links to the applicant page (the address holds only the id). */
export function ApplicantTable({ items, caption }: { items: readonly ApplicantSummary[]; caption: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="coordinator-table-scroll">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pipeline.col.name')}</th>
            <th scope="col">{t('pipeline.col.appliedOn')}</th>
            <th scope="col">{t('pipeline.col.channel')}</th>
            <th scope="col">{t('pipeline.col.stage')}</th>
            <th scope="col">{t('pipeline.col.readyToMatch')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((applicant) => (
            <tr key={applicant.id}>
              <th scope="row">
                <Link href={`/applicants/${encodeURIComponent(applicant.id)}`}>
                  {applicant.firstName} {applicant.lastName}
                </Link>
              </th>
              <td>{formatDay(applicant.appliedOn, i18n.language)}</td>
              <td>{t(`channel.${applicant.channel}`, { defaultValue: applicant.channel })}</td>
              <td>
                <StageBadge stage={applicant.stage} />
              </td>
              <td>
                <ReadyBadge ready={applicant.readyToMatch} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
