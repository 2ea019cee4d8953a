'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Dictionary } from '../../i18n/dictionary';

/** The few strings client components need when they have no server parent to pass them down. */
export type ClientMessages = Pick<Dictionary, 'errorPage'>;

const ClientMessagesContext = createContext<ClientMessages | null>(null);

export function ClientMessagesProvider({
  messages,
  children,
}: {
  messages: ClientMessages;
  children: ReactNode;
}) {
  return <ClientMessagesContext value={messages}>{children}</ClientMessagesContext>;
}

export function useClientMessages(): ClientMessages {
  const messages = useContext(ClientMessagesContext);
  if (!messages) throw new Error('useClientMessages needs a ClientMessagesProvider above it');
  return messages;
}
