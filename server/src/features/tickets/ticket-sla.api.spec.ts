import { type Cast, file, type HelpDeskServer, leaveQuestion, useHelpDesk } from './help-desk.testing';
import { TicketModel } from './ticket.models';
import { personas } from '../directory';

/** Due dates on business hours (the SLA clock itself is specced in sla/business-hours.spec.ts). */
describe('help desk: SLA due dates of a ticket', () => {
  let server: HelpDeskServer;
  let cast: Cast;

  useHelpDesk(async (started, signedIn) => {
    server = started;
    cast = signedIn;
  });

  it('sets the targets in the requester\u2019s office hours and pauses the resolution clock while waiting on the employee', async () => {
    // Monday 2 March 2026, 10:00 in Madrid (Emma's office: 09:00–18:00); a leave question: 1 day, 5 days (of 8 hours).
    server.clock.set('2026-03-02T09:00:00Z');
    const id = await file(cast.employee, leaveQuestion());
    const filed = await cast.employee.get(`/api/tickets/${id}`);
    expect(filed.body.firstResponseDueAt).toBe('2026-03-02T17:00:00.000Z');
    expect(filed.body.resolutionDueAt).toBe('2026-03-06T13:00:00.000Z');
    expect((await TicketModel.findById(id).lean())!.sla).toEqual(
      jasmine.objectContaining({ firstResponseMinutes: 480, resolutionMinutes: 2400, locationId: personas.employee.locationId }),
    );

    server.clock.advance({ hours: 1 });
    const asked = await cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/messages`, {
      kind: 'reply',
      body: 'Which year?',
      state: 'waiting_on_employee',
    });
    expect(asked.body.firstResponseAt).toBe('2026-03-02T10:00:00.000Z');
    expect(asked.body.resolutionDueAt).toBeNull();

    // Wednesday 10:00 in Madrid: 1,020 business minutes later the clock runs again, and the due date moves on by as much.
    server.clock.set('2026-03-04T09:00:00Z');
    const answered = await cast.employee.sendWithXsrf('post', `/api/tickets/${id}/replies`, { body: '2026, please.' });
    expect(answered.body.state).toBe('open');
    expect(answered.body.resolutionDueAt).toBe('2026-03-10T12:00:00.000Z');
    expect(answered.body.firstResponseDueAt).toBe('2026-03-02T17:00:00.000Z');

    // Resolved: the clock stops and the date that applied stays for the reports.
    const resolved = await cast.admin.sendWithXsrf('post', `/api/tickets/agent/tickets/${id}/state`, { state: 'resolved' });
    expect(resolved.body.resolutionDueAt).toBe('2026-03-10T12:00:00.000Z');
    const stored = await TicketModel.findById(id).lean();
    expect(stored!.sla!.intervals.every((interval) => interval.end !== null)).toBeTrue();
  });
});
