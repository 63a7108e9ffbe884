import type { Request } from 'express';
import { EmployeeModel } from '../directory';

/**
 * The signed-in person's language, for choosing among content's language versions: read
 * from the employee record once per session, then kept in the session (which
 * PATCH /api/me/preferences updates), so reading the handbook costs no lookup.
 */
export async function readerLanguage(request: Request): Promise<string> {
  if (request.session.language) return request.session.language;
  const employee = await EmployeeModel.findById(request.user!.employeeId, { interfaceLanguage: 1, preferredLanguage: 1 }).lean();
  request.session.language = employee?.interfaceLanguage ?? employee?.preferredLanguage ?? 'en';
  return request.session.language;
}
