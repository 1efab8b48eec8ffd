import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, Redirect } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { trpc } from '../trpc';
import { LoadError, LoadingState } from './LoadState';
import { PageHeading } from './PageHeading';
import type { ProgrammeSummary } from '../api-types';

/**
 * A page about one programme, chosen in the address (`/matching/<id>`): without an id it goes to
 * the first programme; an unknown id says "not found". The pipeline, the matching board and the
 * intervision page all start this way.
 */
export function ProgrammeRoute({
  programmeId,
  path,
  title,
  back,
  children,
}: {
  programmeId: string | undefined;
  /** The address of the page for a programme. */
  path: (id: string) => string;
  title: string;
  back?: { href: string; label: string };
  children: (programme: ProgrammeSummary, programmes: ProgrammeSummary[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const programmes = useQuery(trpc.programmes.list.queryOptions());

  if (programmes.isPending) return <LoadingState />;
  if (programmes.isError) return <LoadError error={programmes.error} onRetry={() => void programmes.refetch()} />;

  const first = programmes.data[0];
  if (!programmeId) {
    if (first) return <Redirect to={path(first.id)} replace />;
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert tone="info">
          <p>{t('pipeline.noProgrammes')}</p>
        </Alert>
      </>
    );
  }
  const programme = programmes.data.find((p) => p.id === programmeId);
  if (!programme) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert tone="warning">
          <p>{t('NOT_FOUND')}</p>
          {back && (
            <p>
              <Link href={back.href}>{back.label}</Link>
            </p>
          )}
        </Alert>
      </>
    );
  }
  return <>{children(programme, programmes.data)}</>;
}
