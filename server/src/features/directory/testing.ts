import { EmployeeModel, type Employee } from './employee.model';

/* What specs of other features may use of the directory: people made for the spec, not picked from the demo seed. */

let made = 0;

/**
 * Adds one person to the directory, with what a spec says about them and plain defaults for
 * the rest (an engineer in Madrid, reporting to nobody); a fresh id and email each time.
 * Other spec files count the directory's people: remove them when the spec is done.
 */
export async function createEmployee(about: Partial<Omit<Employee, '_id'>> = {}): Promise<Employee & { _id: string }> {
  made += 1;
  const id = `S${String(process.pid % 1000).padStart(3, '0')}${String(made).padStart(4, '0')}`;
  const firstName = about.firstName ?? 'Sam';
  const lastName = about.lastName ?? `Spec ${made}`;
  const employee = {
    _id: id,
    workEmail: `${id.toLowerCase()}@spec.example`,
    firstName,
    lastName,
    displayName: `${firstName} ${lastName}`,
    jobTitle: 'Software Engineer',
    departmentId: 'engineering',
    locationId: 'madrid',
    managerId: null,
    hireDate: new Date('2024-01-15T00:00:00Z'),
    employmentType: 'full_time' as const,
    status: 'active' as const,
    preferredLanguage: 'en',
    ...about,
  };
  await EmployeeModel.create(employee);
  return (await EmployeeModel.findById(id).lean())! as Employee & { _id: string };
}

/** Takes people made by `createEmployee` out of the directory again. */
export async function removeEmployees(...ids: string[]): Promise<void> {
  await EmployeeModel.deleteMany({ _id: { $in: ids } });
}
