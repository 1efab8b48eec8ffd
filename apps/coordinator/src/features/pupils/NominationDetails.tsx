import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@driehoek/ui/Card';
import { formatDay } from '../../dates';
import type { PupilDetail } from '../../api-types';

/** What the school wrote when nominating the pupil (Thuisschoolmaatje steps 1–2). */
export function NominationDetails({ pupil }: { pupil: PupilDetail }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDay(iso, i18n.language);
  const rows: [string, ReactNode][] = [
    [t('pupil.programme'), pupil.programme.name],
    [t('pupil.school'), pupil.school.name],
    [t('pupil.birthDate'), day(pupil.birthDate)],
    [t('pupil.schoolYear'), pupil.schoolYear],
    [t('pupil.postcode'), pupil.postcode],
    [t('pupil.homeLanguages'), pupil.homeLanguages.map((code) => t(`spokenLanguage.${code}`, { defaultValue: code })).join(', ')],
    [
      t('pupil.vulnerability'),
      <ul className="coordinator-inline-list">
        {pupil.vulnerabilityReasons.map((reason) => (
          <li key={reason}>{t(`vulnerability.${reason}`)}</li>
        ))}
      </ul>,
    ],
  ];
  return (
    <Card title={t('pupil.nomination')} headingLevel={2}>
      <p>{t('pupil.nominatedBy', { name: pupil.nominatedByName, date: day(pupil.nominatedOn) })}</p>
      <dl className="coordinator-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {pupil.vulnerabilityNote && (
        <>
          <h3>{t('pupil.vulnerabilityNote')}</h3>
          <p className="coordinator-notes">{pupil.vulnerabilityNote}</p>
        </>
      )}
      <h3>{t('pupil.helpRequest')}</h3>
      <p className="coordinator-notes">{pupil.helpRequest}</p>
    </Card>
  );
}
