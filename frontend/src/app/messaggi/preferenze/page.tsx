import type { Metadata } from 'next';
import Link from 'next/link';
import { personalAreaRoutes } from '../../../components/personal-area/personal-area-routes';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import { getNotificationPreferences, type NotificationPreferences } from '../../../lib/api/notifications';
import { requireUser } from '../../../lib/auth/require-user';
import { savePreferencesAction } from './actions';

const PATH = '/messaggi/preferenze';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.notifications.preferences.title };
}

async function load(): Promise<NotificationPreferences | null> {
  try {
    return await getNotificationPreferences();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Notification preferences unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/** The resident's channels per topic: a fieldset of two checkboxes (e-mail, App IO) for each. */
export default async function NotificationPreferencesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t }, query] = await Promise.all([getI18n(), searchParams, requireUser(PATH)]);
  const p = t.notifications.preferences;
  const preferences = await load();
  const outcome = query.esito;
  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{t.personalArea.eyebrow}</p>
      <h1 className="mb-3">{p.title}</h1>
      <p className="lead">{p.lead}</p>
      {outcome === 'salvate' && (
        <div className="alert alert-success" role="status">
          {p.saved}
        </div>
      )}
      {outcome === 'errore' && (
        <div className="alert alert-danger" role="alert">
          {p.error}
        </div>
      )}
      {preferences ? (
        <form action={savePreferencesAction}>
          <p>
            {preferences.email
              ? formatMessage(p.emailAddress, { email: preferences.email })
              : p.noEmailAddress}
          </p>
          {preferences.topics.map((topic) => (
            <fieldset key={topic.topic} className="mb-4">
              <legend className="h5">{p.topics[topic.topic]}</legend>
              <input type="hidden" name="topic" value={topic.topic} />
              <div className="form-check">
                <input
                  id={`${topic.topic}-email`}
                  name={`${topic.topic}:email`}
                  type="checkbox"
                  defaultChecked={topic.email}
                />
                <label htmlFor={`${topic.topic}-email`}>{p.emailLabel}</label>
              </div>
              <div className="form-check">
                {topic.appIoAvailable ? (
                  <input
                    id={`${topic.topic}-appio`}
                    name={`${topic.topic}:appIo`}
                    type="checkbox"
                    defaultChecked={topic.appIo}
                  />
                ) : (
                  <>
                    <input
                      id={`${topic.topic}-appio`}
                      type="checkbox"
                      disabled
                      defaultChecked={false}
                      aria-describedby={`${topic.topic}-appio-note`}
                    />
                    {topic.appIo && <input type="hidden" name={`${topic.topic}:appIo`} value="on" />}
                  </>
                )}
                <label htmlFor={`${topic.topic}-appio`}>{p.appIoLabel}</label>
                {!topic.appIoAvailable && (
                  <small id={`${topic.topic}-appio-note`} className="form-text d-block">
                    {p.appIoUnavailable}
                  </small>
                )}
              </div>
            </fieldset>
          ))}
          <button type="submit" className="btn btn-primary">
            {p.save}
          </button>
        </form>
      ) : (
        <div className="alert alert-warning" role="alert">
          {p.unavailable}
        </div>
      )}
      <p className="mt-4">
        <Link href={personalAreaRoutes.messages}>{p.back}</Link>
      </p>
    </div>
  );
}
