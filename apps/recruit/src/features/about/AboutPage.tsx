import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../shell/usePageTitle.js';

const STEPS = ['s1', 's2', 's3', 's4', 's5'] as const;

/** What a volunteer home mentor does (schoolscool-thuismentor-worden.txt), and the way to apply. */
export function AboutPage() {
  const { t } = useTranslation();
  usePageTitle(t('about.title'));
  return (
    <>
      <div className="recruit-hero dh-prose">
        <h1>{t('about.title')}</h1>
        <p className="dh-lead">{t('about.lead')}</p>
        <p>
          <Link href="/apply" className="dh-button dh-button--primary recruit-cta">
            {t('about.cta')}
          </Link>
        </p>
        <p className="dh-muted">{t('about.ctaNote')}</p>
      </div>

      <div className="recruit-columns">
        <div className="dh-prose">
          <h2>{t('about.what.title')}</h2>
          <p>{t('about.what.p1')}</p>
          <p>{t('about.what.p2')}</p>

          <h2>{t('about.parents.title')}</h2>
          <p>{t('about.parents.p1')}</p>
          <p>{t('about.parents.p2')}</p>

          <h2>{t('about.triangle.title')}</h2>
          <p>{t('about.triangle.p1')}</p>

          <h2>{t('about.role.title')}</h2>
          <p>{t('about.role.p1')}</p>

          <h2>{t('about.support.title')}</h2>
          <p>{t('about.support.p1')}</p>
        </div>

        <div className="dh-prose">
          <h2>{t('about.steps.title')}</h2>
          <ol className="recruit-steps">
            {STEPS.map((step) => (
              <li key={step}>{t(`about.steps.${step}`)}</li>
            ))}
          </ol>

          <h2>{t('about.remote.title')}</h2>
          <p>{t('about.remote.p1')}</p>
          <p>{t('about.remote.p2')}</p>

          <h2>{t('about.ready.title')}</h2>
          <p>{t('about.ready.p1')}</p>
          <p>
            <Link href="/apply" className="dh-button dh-button--primary">
              {t('about.cta')}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
