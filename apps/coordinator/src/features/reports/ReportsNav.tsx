import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

/** The reports of the organisation, one link each: the programme report, live compliance, closures. */
export function ReportsNav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const links = [
    { href: '/reports/programme', label: t('reports.programme.title'), active: location.startsWith('/reports/programme') },
    { href: '/reports/compliance', label: t('reports.compliance.title'), active: location.startsWith('/reports/compliance') },
    { href: '/reports/endings', label: t('endings.title'), active: location.startsWith('/reports/endings') },
  ];
  return (
    <nav aria-label={t('reports.navLabel')} className="coordinator-subnav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.active ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
