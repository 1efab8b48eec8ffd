import { useTranslation } from 'react-i18next';
import { useQueries, useQuery } from '@tanstack/react-query';
import { trpc } from '../../trpc';
import type { QuestionnaireResults as Results } from '../../api-types';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { BarChart } from './BarChart';
import { percent } from './published';
import type { Period } from './PeriodForm';
import { TableScroll } from './TableScroll';

/**
 * 2.1: the results of the programme's evaluation questionnaires in the period (the evaluation
 * feature's aggregates, under EVA-2): per questionnaire how many were sent and returned per
 * respondent and moment, and per item the share who agreed, as a chart with its table.
 */
export function QuestionnaireResults({ programmeId, period }: { programmeId: string; period: Period }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const questionnaires = useQuery(trpc.evaluation.listQuestionnaires.queryOptions({ programmeId, language }));
  const ids = [...new Set((questionnaires.data ?? []).map((q) => q.questionnaireId))];
  const results = useQueries({
    queries: ids.map((questionnaireId) => trpc.evaluation.results.queryOptions({ programmeId, questionnaireId, from: period.from, to: period.until, language })),
  });
  if (questionnaires.isPending) return <LoadingState />;
  if (questionnaires.isError) return <LoadError error={questionnaires.error} onRetry={() => void questionnaires.refetch()} />;
  const titleOf = (id: string) => questionnaires.data.find((q) => q.questionnaireId === id)?.title ?? id;
  const shown = ids.flatMap((id, index) => {
    const data = results[index]?.data;
    return data && (data.completion.length > 0 || !data.total.withheld) ? [{ id, data }] : [];
  });
  if (results.some((result) => result.isPending)) return <LoadingState />;
  if (shown.length === 0) return <p>{t('reports.results.none')}</p>;
  return (
    <>
      {shown.map(({ id, data }) => (
        <section key={id} aria-labelledby={`results-${id}`}>
          <h4 id={`results-${id}`}>{titleOf(id)}</h4>
          <OneQuestionnaire results={data} />
        </section>
      ))}
    </>
  );
}

function OneQuestionnaire({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const withheld = t('reports.results.withheld', { minimum: results.minRespondents });
  const agreeing = results.items.filter((item) => item.kind === 'agreement' || item.kind === 'yesNo');
  return (
    <>
      <TableScroll label={t('reports.results.completionCaption')}>
        <table className="data">
          <caption>{t('reports.results.completionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.results.respondent')}</th>
              <th scope="col">{t('reports.results.moment')}</th>
              <th scope="col" className="number">
                {t('reports.results.invited')}
              </th>
              <th scope="col" className="number">
                {t('reports.results.answered')}
              </th>
              <th scope="col" className="number">
                {t('reports.results.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.completion.map((row) => (
              <tr key={`${row.respondent}-${row.moment}`}>
                <th scope="row">{t(`reports.respondent.${row.respondent}`)}</th>
                <td>{t(`questionnaireWhen.${row.moment}`)}</td>
                {row.figure.withheld ? (
                  <td colSpan={3}>{withheld}</td>
                ) : (
                  <>
                    <td className="number">{row.figure.invited}</td>
                    <td className="number">{row.figure.answered}</td>
                    <td className="number">{percent(row.figure.rate, language)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {agreeing.length > 0 && (
        <BarChart
          title={t('reports.results.agreeTitle')}
          bars={agreeing.map((item) => ({
            label: item.text,
            value: item.figure.withheld ? null : item.figure.shareAgree,
            text: item.figure.withheld ? withheld : item.figure.shareAgree === null ? '–' : `${percent(item.figure.shareAgree, language)} (n = ${item.figure.respondents})`,
          }))}
          max={1}
          labelHeading={t('reports.results.item')}
          valueHeading={t('reports.results.agree')}
        />
      )}
      {results.scales.length > 0 && (
        <BarChart
          title={t('reports.results.scalesTitle')}
          bars={results.scales.map((scale) => ({
            label: scale.title,
            value: scale.figure.withheld ? null : scale.figure.mean,
            text: scale.figure.withheld ? withheld : scale.figure.mean.toLocaleString(language, { maximumFractionDigits: 1 }),
          }))}
          labelHeading={t('reports.results.scale')}
          valueHeading={t('reports.results.mean')}
        />
      )}
    </>
  );
}
