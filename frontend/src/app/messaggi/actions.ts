'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { markMessageRead } from '../../lib/api/messages';
import { safeReturnTo } from '../../lib/auth/safe-return-to';

/** Marks one of the person's messages read and goes back to the list where they were. */
export async function markReadAction(formData: FormData): Promise<void> {
  await markMessageRead(String(formData.get('id') ?? ''));
  // The header's unread count is part of the root layout: render it again too.
  revalidatePath('/', 'layout');
  redirect(safeReturnTo(formData.get('returnTo'), '/messaggi'));
}
