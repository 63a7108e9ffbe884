import type { Feature } from '../feature';
import { describeDirectorySeed, seedDemoDirectory } from './seed/seed-demo-directory';
import { EmployeeModel } from './employee.model';

/** Who works here: employees, departments and locations (read by every other feature). */
export const directoryFeature: Feature = {
  name: 'directory',
  seedDemo: async () => describeDirectorySeed(await seedDemoDirectory()),
  // The directory's entry: work facts HR keeps, and the languages the person chose.
  personalData: (employeeId) => EmployeeModel.findById(employeeId, { createdAt: 0, updatedAt: 0 }).lean(),
};

export { DepartmentModel, type Department } from './department.model';
export { namesOf } from './display-names';
export { EmployeeModel, type Employee } from './employee.model';
export { LocationModel, type Location } from './location.model';
export { DEMO_SEED, generateDemoCompany, locations as demoLocations, personas } from './seed/demo-company';
export { isDirectoryEmpty, seedDemoDirectory } from './seed/seed-demo-directory';
