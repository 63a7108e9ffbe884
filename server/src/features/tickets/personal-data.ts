import { requesterTicketIds } from './ticket-numbers';
import { TicketModel } from './ticket.models';
import { readMessages } from './ticket-store';

/**
 * The requests a person filed, for the export of their data: what they asked, its state,
 * and the conversation as they see it (HR's internal notes and events left out). By `_id`.
 */
export async function ticketsFiledBy(employeeId: string): Promise<unknown[]> {
  const { ids } = await requesterTicketIds(employeeId, 1, 100_000);
  const tickets = [];
  for (const id of ids) {
    const ticket = await TicketModel.findById(id).lean();
    if (!ticket || ticket.requesterId !== employeeId) continue;
    const messages = [];
    let page = await readMessages(ticket);
    messages.unshift(...page.messages);
    while (page.older) {
      page = await readMessages(ticket, page.messages[0]!.number);
      messages.unshift(...page.messages);
    }
    tickets.push({
      reference: ticket._id,
      subject: ticket.subject,
      question: ticket.question,
      answers: ticket.answers,
      category: ticket.category,
      confidential: ticket.confidential,
      state: ticket.state,
      createdAt: ticket.createdAt,
      resolvedAt: ticket.resolvedAt,
      closedAt: ticket.closedAt,
      ratings: ticket.csat.map(({ rating, comment, at }) => ({ rating, comment, at })),
      messages: messages
        .filter((message) => !message.internal)
        .map((message) => ({ from: message.authorSide, body: message.body, files: message.attachmentIds.length, at: message.createdAt })),
    });
  }
  return tickets;
}
