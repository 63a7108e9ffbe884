import { silentLogger } from '../test/test-app';
import { DepartmentModel, EmployeeModel, generateDemoCompany, LocationModel, personas, seedDemoDirectory } from './directory';
import { seedDemoCompany, seedDemoCompanyIfEmpty } from './index';
import { PortalSettingsModel } from './settings';

describe('demo company seed', () => {
  // Specs run in random order: each one reads the company seeded here, none depends on another.
  beforeAll(async () => {
    await Promise.all([EmployeeModel.deleteMany({}), DepartmentModel.deleteMany({}), LocationModel.deleteMany({}), PortalSettingsModel.deleteMany({})]);
    // The people and settings only: the handbook's and the help desk's steps have specs of their own.
    await seedDemoCompanyIfEmpty(silentLogger, ['settings', 'directory']);
  });

  it('is the same company on every run (fixed random seed)', () => {
    const first = generateDemoCompany();
    const second = generateDemoCompany();
    expect(second).toEqual(first);
  });

  it('creates about 200 employees with departments, locations and one manager hierarchy', async () => {
    const employees = await EmployeeModel.find({}).lean();
    expect(employees.length).toBeGreaterThanOrEqual(190);
    expect(employees.length).toBeLessThanOrEqual(210);
    expect(await DepartmentModel.countDocuments({})).toBe(8);
    expect(await LocationModel.countDocuments({})).toBe(5);

    const byId = new Map(employees.map((employee) => [employee._id, employee]));
    const roots = employees.filter((employee) => employee.managerId === null);
    expect(roots.map((employee) => employee.jobTitle)).toEqual(['Chief Executive Officer']);
    for (const employee of employees) {
      // Every chain of managers ends at the CEO without a cycle.
      const seen = new Set<string>();
      let current = employee;
      while (current.managerId) {
        expect(seen.has(current._id)).withContext(`cycle at ${current._id}`).toBeFalse();
        seen.add(current._id);
        current = byId.get(current.managerId)!;
        expect(current).withContext(`manager of ${employee._id} exists`).toBeDefined();
      }
    }
    expect(new Set(employees.map((employee) => employee.workEmail)).size).toBe(employees.length);
  });

  it('includes the four personas, one per role, where their role needs them', async () => {
    const [employee, manager, hrAgent, hrAdmin] = await Promise.all(
      [personas.employee, personas.manager, personas.hrAgent, personas.hrAdmin].map((persona) => EmployeeModel.findById(persona.id).lean()),
    );
    expect(employee?.displayName).toBe('Emma López');
    expect(employee?.managerId).toBe(personas.manager.id);
    expect(await EmployeeModel.countDocuments({ managerId: personas.manager.id })).toBeGreaterThan(3);
    expect(hrAgent?.departmentId).toBe('people');
    expect(hrAdmin?.jobTitle).toBe('Head of People');
    expect((await DepartmentModel.findById('people').lean())?.headId).toBe(personas.hrAdmin.id);
    expect(manager?.workEmail).toBe('marcus.chen@lumenworks.example');
  });

  it('creates nothing twice and keeps edits on a second run', async () => {
    await EmployeeModel.updateOne({ _id: personas.employee.id }, { $set: { jobTitle: 'Senior Software Engineer' } });
    const before = await EmployeeModel.countDocuments({});
    const report = await seedDemoDirectory();
    expect(report.created).toEqual({ locations: 0, departments: 0, employees: 0 });
    expect(await seedDemoCompany(['settings'])).toEqual(['Portal settings: kept as they are.']);
    expect(await EmployeeModel.countDocuments({})).toBe(before);
    expect((await EmployeeModel.findById(personas.employee.id).lean())?.jobTitle).toBe('Senior Software Engineer');
    await EmployeeModel.updateOne({ _id: personas.employee.id }, { $set: { jobTitle: personas.employee.jobTitle } });
  });

  it('leaves a database that already has people alone', async () => {
    await EmployeeModel.deleteOne({ _id: personas.hrAgent.id });
    await seedDemoCompanyIfEmpty(silentLogger, ['settings', 'directory']);
    expect(await EmployeeModel.findById(personas.hrAgent.id)).toBeNull();
    await seedDemoDirectory();
  });
});
