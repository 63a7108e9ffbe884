import { NewRequestTypeSchema, TeamInputSchema } from '@portico/shared/tickets/catalogue.schemas';
import { RequestTypeModel, TeamModel, type StoredRequestType } from '../catalogue.models';
import { demoRequestTypes, demoTeams } from './demo-catalogue';
import { seedDemoCatalogue } from './seed-demo-catalogue';
import { generateDemoCompany, personas } from '../../../directory';
import { demoContentFiles } from '../../../handbook/testing';

describe('demo help desk catalogue seed', () => {
  const typeIds = demoRequestTypes.map((type) => type.id);
  const teamIds = demoTeams().map((team) => team.id);
  const count = async () => ({
    requestTypes: await RequestTypeModel.countDocuments({ _id: { $in: typeIds } }),
    teams: await TeamModel.countDocuments({ _id: { $in: teamIds } }),
  });

  beforeAll(async () => {
    await RequestTypeModel.deleteMany({ _id: { $in: typeIds } });
    await TeamModel.deleteMany({ _id: { $in: teamIds } });
  });

  // Other specs read the demo catalogue: leave it as the seed makes it.
  afterAll(async () => {
    await RequestTypeModel.deleteMany({ _id: { $in: typeIds } });
    await seedDemoCatalogue();
  });

  it('inserts the eight request types and four teams once; a second run adds nothing and keeps what HR changed', async () => {
    const first = await seedDemoCatalogue();
    expect(first).toEqual({ created: { teams: 4, requestTypes: 8 }, total: { teams: 4, requestTypes: 8 } });
    expect(await count()).toEqual({ requestTypes: 8, teams: 4 });

    await RequestTypeModel.updateOne({ _id: 'general-question' }, { $set: { 'name.en': 'Ask HR anything' } });
    const second = await seedDemoCatalogue();
    expect(second.created).toEqual({ teams: 0, requestTypes: 0 });
    expect(await count()).toEqual({ requestTypes: 8, teams: 4 });
    expect((await RequestTypeModel.findById('general-question').lean<StoredRequestType>())!.name.en).toBe('Ask HR anything');
  });

  it('is a catalogue HR could have typed in: every type and team passes the API’s own rules', () => {
    for (const type of demoRequestTypes) {
      const parsed = NewRequestTypeSchema.safeParse(type);
      expect(parsed.success)
        .withContext(`${type.id}: ${JSON.stringify(parsed.error?.issues)}`)
        .toBeTrue();
      expect(teamIds).withContext(type.id).toContain(type.teamId);
    }
    const people = new Set(
      generateDemoCompany()
        .employees.filter((employee) => employee.departmentId === 'people')
        .map((employee) => employee._id),
    );
    for (const { id, ...team } of demoTeams()) {
      expect(TeamInputSchema.safeParse(team).success).withContext(id).toBeTrue();
      expect([team.leadId, ...team.memberIds].every((member) => people.has(member)))
        .withContext(id)
        .toBeTrue();
      expect(team.memberIds.length).withContext(id).toBeGreaterThan(1);
    }
  });

  it('links only handbook articles the demo handbook has', async () => {
    const slugs = new Set((await demoContentFiles()).map((file) => file.name.replace(/\.[a-z]{2}(?:-[A-Z]{2})?\.md$/, '')));
    for (const type of demoRequestTypes) {
      for (const slug of type.articleSlugs) expect(slugs.has(slug)).withContext(`${type.id} → ${slug}`).toBeTrue();
    }
  });

  it('makes the misconduct report confidential, for Employee Relations led by an HR admin, answered within two business hours', () => {
    const report = demoRequestTypes.find((type) => type.id === 'report-harassment-or-misconduct')!;
    expect(report).toEqual(jasmine.objectContaining({ confidential: true, teamId: 'employee-relations', defaultPriority: 'high' }));
    expect(report.sla.firstResponseMinutes).toBeLessThanOrEqual(120);
    expect(demoTeams().find((team) => team.id === 'employee-relations')!.leadId).toBe(personas.hrAdmin.id);
    expect(demoRequestTypes.filter((type) => type.confidential).map((type) => type.id)).toEqual([report.id]);
  });
});
