import { notFound } from 'next/navigation';
import { ApiError } from './api-error';

/** The backend's answer, or the page's 404 when the backend says the thing does not exist (or is not yours). */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
}
