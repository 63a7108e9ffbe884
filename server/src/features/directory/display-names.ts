import { EmployeeModel } from './employee.model';

/**
 * Display names by employee number, each read by id (the lookup the embedded database
 * indexes); someone no longer in the directory maps to null.
 */
export async function namesOf(ids: readonly (string | null | undefined)[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const people = await Promise.all(unique.map((id) => EmployeeModel.findById(id, { displayName: 1 }).lean<{ displayName: string }>()));
  return new Map(unique.map((id, index) => [id, people[index]?.displayName ?? null]));
}
