import { capturedLogger } from '../test/helpers';

describe('logger', () => {
  it('writes JSON lines with a level, a time and the service name', () => {
    const { logger, lines } = capturedLogger();
    logger.info({ employeeId: 'E10101' }, 'signed in');
    expect(lines[0]).toEqual(jasmine.objectContaining({ level: 30, service: 'portico', employeeId: 'E10101', msg: 'signed in' }));
    expect(typeof lines[0]!['time']).toBe('string');
  });

  it('censors personal fields wherever they sit in the logged object', () => {
    const { logger, lines } = capturedLogger();
    logger.info(
      {
        workEmail: 'emma.lopez@lumenworks.example',
        employee: { firstName: 'Emma', lastName: 'López', bankAccount: 'ES91 2100 0418 4502 0005 1332' },
        change: { after: { address: 'Calle Mayor 1' } },
        req: { headers: { cookie: 'portico.sid=abc' } },
      },
      'profile change',
    );
    const line = JSON.stringify(lines[0]);
    for (const secret of ['emma.lopez', 'Emma', 'López', 'ES91', 'Calle Mayor', 'portico.sid']) expect(line).not.toContain(secret);
    expect(line).toContain('[redacted]');
  });
});
