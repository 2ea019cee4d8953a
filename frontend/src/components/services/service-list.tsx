import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { routes } from '../../lib/routes';
import { Icon } from '../icon/icon';

/** The online services, as cards whose titles are the links. */
export function ServiceList({ t }: { t: Dictionary }) {
  const services = [
    { href: routes.certificates, icon: 'file-signed', ...t.services.certificates },
    { href: routes.myData, icon: 'user', ...t.services.myData },
    { href: routes.permits, icon: 'tool', ...t.services.permits },
    { href: routes.imu, icon: 'card', ...t.services.imu },
  ] as const;
  return (
    <ul className="row g-4 list-unstyled mb-0">
      {services.map((service) => (
        <li className="col-12 col-md-6 col-xl-3" key={service.href}>
          <div className="card-wrapper h-100 pb-0">
            <div className="card card-bg rounded h-100 no-after">
              <div className="card-body">
                <Icon name={service.icon} className="portal-card-icon" />
                <h3 className="card-title h5">
                  <Link href={service.href}>{service.title}</Link>
                </h3>
                <p className="card-text mb-0">{service.description}</p>
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
