import type { TicketState } from '@portico/shared/tickets/tickets.schemas';
import { allowedStates, canSee, mayChangeState, mayManage, mayPost, mayRequesterReply, ticketFilter, type TicketFacts } from './ticket.policy';
import type { Actor } from '../auth';

const requester: Actor = { employeeId: 'E1', roles: ['employee'] };
const assignee: Actor = { employeeId: 'A1', roles: ['employee', 'hr_agent'] };
const otherAgent: Actor = { employeeId: 'A2', roles: ['employee', 'hr_agent'] };
const admin: Actor = { employeeId: 'H1', roles: ['employee', 'hr_admin'] };
const manager: Actor = { employeeId: 'M1', roles: ['employee', 'manager'] };
const stranger: Actor = { employeeId: 'E2', roles: ['employee'] };

const now = new Date('2026-03-20T10:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

const ticket = (state: TicketState, extra: Partial<TicketFacts> = {}): TicketFacts => ({
  requesterId: 'E1',
  assigneeId: 'A1',
  confidential: false,
  state,
  resolvedAt: state === 'resolved' || state === 'closed' ? daysAgo(1) : null,
  closedAt: state === 'closed' ? daysAgo(1) : null,
  ...extra,
});

type Who = 'requester' | 'assignee' | 'otherAgent' | 'admin' | 'manager' | 'stranger';
const people: Record<Who, { actor: Actor; side: 'requester' | 'agent' }> = {
  requester: { actor: requester, side: 'requester' },
  assignee: { actor: assignee, side: 'agent' },
  otherAgent: { actor: otherAgent, side: 'agent' },
  admin: { actor: admin, side: 'agent' },
  manager: { actor: manager, side: 'agent' },
  stranger: { actor: stranger, side: 'requester' },
};

/** Every state change and exactly who may make it (within the reopen window). */
const table: [TicketState, TicketState, Who[]][] = [
  ['new', 'open', ['assignee', 'admin']],
  ['new', 'waiting_on_employee', ['assignee', 'admin']],
  ['new', 'resolved', ['assignee', 'admin']],
  ['new', 'closed', ['requester', 'assignee', 'admin']],
  ['open', 'waiting_on_employee', ['assignee', 'admin']],
  ['open', 'resolved', ['assignee', 'admin']],
  ['open', 'closed', ['requester', 'assignee', 'admin']],
  ['open', 'new', []],
  ['waiting_on_employee', 'open', ['assignee', 'admin']],
  ['waiting_on_employee', 'resolved', ['assignee', 'admin']],
  ['waiting_on_employee', 'closed', ['requester', 'assignee', 'admin']],
  ['resolved', 'open', ['requester', 'assignee', 'admin']],
  ['resolved', 'closed', ['requester', 'assignee', 'admin']],
  ['resolved', 'waiting_on_employee', []],
  ['closed', 'open', ['requester', 'admin']],
  ['closed', 'resolved', []],
  ['closed', 'new', []],
];

describe('ticket policy', () => {
  describe('state changes', () => {
    for (const [from, to, allowed] of table) {
      it(`${from} → ${to}: ${allowed.length ? allowed.join(', ') : 'nobody'}`, () => {
        for (const [who, { actor, side }] of Object.entries(people) as [Who, (typeof people)[Who]][]) {
          const decision = mayChangeState(actor, ticket(from), to, side, now);
          expect(decision.allowed).withContext(`${who}`).toBe(allowed.includes(who));
        }
      });
    }

    it('lists the states each may move to', () => {
      expect(allowedStates(assignee, ticket('open'), 'agent', now).sort()).toEqual(['closed', 'resolved', 'waiting_on_employee']);
      expect(allowedStates(requester, ticket('resolved'), 'requester', now).sort()).toEqual(['closed', 'open']);
      expect(allowedStates(otherAgent, ticket('open'), 'agent', now)).toEqual([]);
    });

    it('lets the requester reopen or reply for 14 days after the resolution, HR admins later too', () => {
      const resolvedLongAgo = ticket('closed', { resolvedAt: daysAgo(15), closedAt: daysAgo(8) });
      expect(mayChangeState(requester, ticket('closed', { resolvedAt: daysAgo(14) }), 'open', 'requester', now).allowed).toBeTrue();
      expect(mayChangeState(requester, resolvedLongAgo, 'open', 'requester', now)).toEqual({ allowed: false, why: 'reopen_window_passed' });
      expect(mayRequesterReply(resolvedLongAgo, now)).toEqual({ allowed: false, why: 'reopen_window_passed' });
      expect(mayRequesterReply(ticket('closed'), now).allowed).toBeTrue();
      expect(mayChangeState(admin, resolvedLongAgo, 'open', 'agent', now).allowed).toBeTrue();
      // Withdrawn before any resolution: the window runs from the close.
      expect(mayChangeState(requester, ticket('closed', { resolvedAt: null, closedAt: daysAgo(20) }), 'open', 'requester', now).allowed).toBeFalse();
    });

    it('moves a merged duplicate nowhere', () => {
      const merged = ticket('closed', { mergedInto: 'HR-2026-00001' });
      for (const { actor, side } of Object.values(people)) expect(mayChangeState(actor, merged, 'open', side, now)).not.toEqual({ allowed: true });
      expect(mayRequesterReply(merged, now)).toEqual({ allowed: false, why: 'merged' });
    });
  });

  describe('confidential isolation', () => {
    const confidential = ticket('open', { confidential: true });
    const unassigned = ticket('new', { confidential: true, assigneeId: null });

    it('shows a confidential ticket to its requester, HR admins and its assigned agent only', () => {
      expect(canSee(requester, confidential, 'requester')).toBeTrue();
      expect(canSee(admin, confidential, 'agent')).toBeTrue();
      expect(canSee(assignee, confidential, 'agent')).toBeTrue();
      expect(canSee(otherAgent, confidential, 'agent')).toBeFalse();
      expect(canSee(assignee, unassigned, 'agent')).toBeFalse();
      expect(canSee(manager, confidential, 'agent')).toBeFalse();
      expect(canSee(stranger, confidential, 'requester')).toBeFalse();
      // Being HR does not make someone else's ticket one's own on the requester side.
      expect(canSee(admin, confidential, 'requester')).toBeFalse();
    });

    it('builds the same rule as a query filter for every list', () => {
      expect(ticketFilter(requester, 'requester')).toEqual({ requesterId: 'E1' });
      expect(ticketFilter(admin, 'agent')).toEqual({});
      expect(ticketFilter(assignee, 'agent')).toEqual({ $or: [{ confidential: false }, { assigneeId: 'A1' }] });
      expect(ticketFilter(manager, 'agent')).toEqual({ _id: { $in: [] } });
    });

    it('lets agents manage tickets that are theirs or nobody\u2019s, HR admins any; replies until closed, notes always', () => {
      expect(mayManage(assignee, ticket('open'))).toBeTrue();
      expect(mayManage(otherAgent, ticket('open'))).toBeFalse();
      expect(mayManage(otherAgent, ticket('new', { assigneeId: null }))).toBeTrue();
      expect(mayManage(admin, ticket('open'))).toBeTrue();
      expect(mayManage(admin, ticket('closed'))).toBeFalse();
      expect(mayManage(otherAgent, unassigned)).toBeFalse();
      expect(mayPost(otherAgent, ticket('open'), 'reply')).toBeTrue();
      expect(mayPost(otherAgent, ticket('closed'), 'reply')).toBeFalse();
      expect(mayPost(otherAgent, ticket('closed'), 'note')).toBeTrue();
      expect(mayPost(otherAgent, confidential, 'note')).toBeFalse();
      expect(mayPost(manager, ticket('open'), 'note')).toBeFalse();
    });
  });
});
