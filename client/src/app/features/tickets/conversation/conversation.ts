import type { TicketFile, TicketMessage } from '@portico/shared/tickets/tickets.schemas';

interface Conversation {
  messages: TicketMessage[];
  files: TicketFile[];
}

/**
 * A ticket's view with more of its conversation (a page of earlier messages, or what was
 * shown before a fresh read): messages oldest first and each once, files each once; what
 * `ticket` says wins over the others.
 */
export function mergeConversation<T extends Conversation>(ticket: T, ...others: Conversation[]): T {
  const all = [...others, ticket];
  const messages = new Map(all.flatMap((view) => view.messages).map((message) => [message.id, message]));
  const files = new Map(all.flatMap((view) => view.files).map((file) => [file.id, file]));
  return { ...ticket, messages: [...messages.values()].sort((a, b) => a.number - b.number), files: [...files.values()] };
}
