'use server';

import { redirect } from 'next/navigation';
import { ApiError } from '../../../lib/api/api-error';
import { type NotificationTopic, updateNotificationPreferences } from '../../../lib/api/notifications';

const TOPICS: readonly NotificationTopic[] = ['permits', 'certificates', 'registry', 'taxes', 'documents'];

/** Saves the checkboxes of the preferences form: one choice of channels per topic shown. */
export async function savePreferencesAction(formData: FormData): Promise<void> {
  const shown = formData.getAll('topic').map(String);
  const topics = TOPICS.filter((topic) => shown.includes(topic)).map((topic) => ({
    topic,
    email: formData.get(`${topic}:email`) === 'on',
    appIo: formData.get(`${topic}:appIo`) === 'on',
  }));
  let outcome = 'salvate';
  try {
    await updateNotificationPreferences(topics);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    outcome = 'errore';
  }
  redirect(`/messaggi/preferenze?esito=${outcome}`);
}
