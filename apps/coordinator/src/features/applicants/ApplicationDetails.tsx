import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@driehoek/ui/Card';
import { formatDay } from '../../dates';
import type { ApplicantDetail } from '../../api-types';

/** What the volunteer told us on the application form. */
export function ApplicationDetails({ applicant }: { applicant: ApplicantDetail }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDay(iso, i18n.language);
  const rows: [string, ReactNode][] = [
    [t('applicant.email'), <a href={`mailto:${applicant.email}`}>{applicant.email}</a>],
    [t('applicant.phone'), <a href={`tel:${applicant.phone.replace(/[^+\d]/g, '')}`}>{applicant.phone}</a>],
    [t('applicant.postcode'), applicant.postcode],
    [t('applicant.birthDate'), day(applicant.birthDate)],
    [t('applicant.languages'), applicant.languages.map((code) => t(`spokenLanguage.${code}`, { defaultValue: code })).join(', ')],
    [
      t('applicant.availability'),
      applicant.availability.length > 0 ? (
        <ul className="coordinator-inline-list">
          {applicant.availability.map((slot) => (
            <li key={`${slot.day}-${slot.part}`}>
              {t('slot', {
                day: t(`weekday.${slot.day}`, { defaultValue: slot.day }),
                part: t(`dayPart.${slot.part}`, { defaultValue: slot.part }),
              })}
            </li>
          ))}
        </ul>
      ) : (
        '—'
      ),
    ],
    [t('applicant.channel'), t(`channel.${applicant.channel}`, { defaultValue: applicant.channel })],
    [t('applicant.employer'), applicant.employer || t('applicant.noEmployer')],
    [t('applicant.privacyTextVersion'), applicant.privacyTextVersion],
  ];

  return (
    <Card title={t('applicant.application')} headingLevel={2}>
      <p>{t('applicant.appliedFor', { programme: applicant.programme.name, date: day(applicant.appliedOn) })}</p>
      <dl className="coordinator-details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('applicant.motivation')}</h3>
      <p className="coordinator-notes">{applicant.motivation}</p>
    </Card>
  );
}
