import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Badge } from '@driehoek/ui/Badge';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';

/** The questionnaires a programme may use: the shipped ones and its own, which the coordinator makes and edits here. */
export function ProgrammeQuestionnairesPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'nl';
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const questionnaires = useQuery(trpc.evaluation.listQuestionnaires.queryOptions({ programmeId: id, language }));
  const back = (
    <p className="coordinator-back">
      <Link href={`/programme-settings/${encodeURIComponent(id)}`}>{t('builder.backToSettings')}</Link>
    </p>
  );
  if (programme.isPending || questionnaires.isPending) return <LoadingState />;
  if (programme.isError || questionnaires.isError) {
    const error = programme.error ?? questionnaires.error;
    return (
      <>
        <PageHeading>{t('builder.listTitle')}</PageHeading>
        <LoadError error={error} onRetry={() => void Promise.all([programme.refetch(), questionnaires.refetch()])} />
        {back}
      </>
    );
  }
  const used = new Set(programme.data.settings.questionnaires.map((use) => use.questionnaire));
  return (
    <>
      {back}
      <PageHeading>{t('builder.listOf', { name: programme.data.name })}</PageHeading>
      <p className="dh-prose">{t('builder.listIntro')}</p>
      <p>
        <Link href={`/programme-settings/${encodeURIComponent(id)}/questionnaires/new`} className="dh-button dh-button--primary">
          {t('builder.new')}
        </Link>
      </p>
      <table className="data">
        <caption>{t('builder.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('builder.col.title')}</th>
            <th scope="col">{t('builder.col.kind')}</th>
            <th scope="col">{t('builder.col.version')}</th>
            <th scope="col">{t('builder.col.used')}</th>
          </tr>
        </thead>
        <tbody>
          {questionnaires.data.map((questionnaire) => (
            <tr key={questionnaire.questionnaireId}>
              <td>
                {questionnaire.builtIn ? (
                  questionnaire.title
                ) : (
                  <Link href={`/programme-settings/${encodeURIComponent(id)}/questionnaires/${encodeURIComponent(questionnaire.questionnaireId)}`}>{questionnaire.title}</Link>
                )}
              </td>
              <td>{questionnaire.builtIn ? t('builder.builtIn') : <Badge tone="info">{t('builder.own')}</Badge>}</td>
              <td className="number">{questionnaire.version}</td>
              <td>{used.has(questionnaire.questionnaireId) ? t('builder.usedYes') : t('builder.usedNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
