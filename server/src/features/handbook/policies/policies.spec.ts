import { seedDemoPeople } from '../../../test/demo-company';
import { saveArticleVariant, type ArticleVariantInput } from '../content/save-article';
import { HandbookArticleModel, type HandbookArticle } from '../handbook.models';
import { acknowledgedInDemo, seedDemoAcknowledgements } from '../seed/seed-demo-handbook';
import { AcknowledgementModel } from './acknowledgement.model';
import { acknowledgePolicy, pendingPolicies, policyCompletion, remindPending } from './policies';
import { deleteArticles } from '../testing';
import { createEmployee, removeEmployees } from '../../directory/testing';
import type { Actor } from '../../auth';
import { EmployeeModel, personas } from '../../directory';
import { NotificationModel } from '../../notifications';

const actor = (employeeId: string): Actor => ({ employeeId, roles: ['employee'] });
const emma = actor(personas.employee.id);

describe('policies to acknowledge', () => {
  const slugs: string[] = [];

  async function publishPolicy(slug: string, changes: Partial<ArticleVariantInput> = {}): Promise<HandbookArticle> {
    if (!slugs.includes(slug)) slugs.push(slug);
    await saveArticleVariant({
      slug,
      kind: 'policy',
      category: 'Policies / Conduct',
      audience: 'everyone',
      status: 'published',
      language: 'en',
      title: `Policy ${slug}`,
      summary: '',
      tags: [],
      markdown: 'Be kind.',
      change: 'minor',
      authorId: null,
      ...changes,
    });
    return (await HandbookArticleModel.findById(slug).lean<HandbookArticle>())!;
  }

  /** The People department of the demo company: the audience of an HR-only policy. */
  const people = () => EmployeeModel.find({ departmentId: 'people', status: { $ne: 'terminated' } }, { locationId: 1 }).lean();

  beforeAll(() => seedDemoPeople());

  afterAll(async () => {
    await deleteArticles(slugs);
    for (const slug of slugs) {
      await AcknowledgementModel.deleteMany({ slug });
      await NotificationModel.deleteMany({ link: `/handbook/${slug}` });
    }
  });

  it('asks everyone again after a major version, not after a minor edit', async () => {
    const policy = await publishPolicy('spec-policy-versions');
    const pendingSlugs = async () => (await pendingPolicies(emma, 'en')).filter((pending) => pending.slug === policy._id);
    expect(await pendingSlugs()).toEqual([jasmine.objectContaining({ version: '1.0', overdue: false })]);

    await acknowledgePolicy(policy, emma, 'en');
    expect(await pendingSlugs()).toEqual([]);

    const minor = await publishPolicy(policy._id, { markdown: 'Be kind. Typo fixed.', change: 'minor' });
    expect(`${minor.major}.${minor.minor}`).toBe('1.1');
    expect(await pendingSlugs())
      .withContext('a minor edit asks nobody again')
      .toEqual([]);

    const major = await publishPolicy(policy._id, { markdown: 'Be kind, and report what is not.', change: 'major' });
    expect(`${major.major}.${major.minor}`).toBe('2.0');
    expect(await pendingSlugs()).toEqual([jasmine.objectContaining({ version: '2.0' })]);
    expect(await NotificationModel.exists({ _id: `policy:${policy._id}:2:${emma.employeeId}` }))
      .withContext('the new major version is announced')
      .not.toBeNull();

    await acknowledgePolicy(major, emma, 'en');
    expect(await pendingSlugs()).toEqual([]);
    expect(await acknowledgePolicy(major, emma, 'en'))
      .withContext('acknowledging again changes nothing')
      .toBeInstanceOf(Date);
    expect(await AcknowledgementModel.countDocuments({ slug: policy._id, employeeId: emma.employeeId })).toBe(2);
  });

  it('counts completion by department and location over the policy\u2019s audience', async () => {
    const policy = await publishPolicy('spec-policy-completion', { audience: 'hr' });
    // Made for this spec: two more people in HR, in an office where the demo has nobody in HR, and one who has left.
    const newcomers = [
      await createEmployee({ departmentId: 'people', locationId: 'bucharest' }),
      await createEmployee({ departmentId: 'people', locationId: 'bucharest' }),
      await createEmployee({ departmentId: 'people', locationId: 'bucharest', status: 'terminated' }),
    ];
    try {
      const audience = await people();
      expect(audience.filter((employee) => employee.locationId === 'bucharest').length).toBe(2);
      await acknowledgePolicy(policy, actor(personas.hrAdmin.id), 'en');
      await acknowledgePolicy(policy, actor(newcomers[0]!._id), 'es');
      // Someone outside the audience (it cannot happen through the API) counts for nothing, nor does someone who left.
      await acknowledgePolicy(policy, emma, 'en');
      await acknowledgePolicy(policy, actor(newcomers[2]!._id), 'en');

      const completion = await policyCompletion(policy);
      expect(completion.total).toBe(audience.length);
      expect(completion.acknowledged).toBe(2);
      expect(completion.byDepartment).toEqual([{ key: 'people', name: 'People', acknowledged: 2, total: audience.length }]);
      expect(completion.byLocation).toContain({ key: 'bucharest', name: 'Bucharest', acknowledged: 1, total: 2 });
      const office = personas.hrAdmin.locationId;
      expect(completion.byLocation).toContain(
        jasmine.objectContaining({ key: office, acknowledged: 1, total: audience.filter((employee) => employee.locationId === office).length }),
      );
      expect(completion.byLocation.map((row) => row.name)).toEqual(completion.byLocation.map((row) => row.name).sort((a, b) => a.localeCompare(b)));
      expect(completion.byLocation.reduce((sum, row) => sum + row.total, 0)).toBe(audience.length);
    } finally {
      await removeEmployees(...newcomers.map((employee) => employee._id));
    }
  });

  it('reminds each pending person once per run, and nobody who acknowledged', async () => {
    const policy = await publishPolicy('spec-policy-reminders', { audience: 'hr' });
    const audience = await people();
    await acknowledgePolicy(policy, actor(personas.hrAdmin.id), 'en');

    expect(await remindPending(policy)).toBe(audience.length - 1);
    expect(await remindPending(policy)).toBe(audience.length - 1);

    const reminders = await NotificationModel.find({ type: 'policy.reminder', link: `/handbook/${policy._id}` }, { employeeId: 1 }).lean();
    const perPerson = new Map<string, number>();
    for (const reminder of reminders) perPerson.set(reminder.employeeId, (perPerson.get(reminder.employeeId) ?? 0) + 1);
    expect(perPerson.has(personas.hrAdmin.id)).toBeFalse();
    expect(perPerson.size).toBe(audience.length - 1);
    expect([...perPerson.values()].every((count) => count === 2))
      .withContext('one per person per run')
      .toBeTrue();
  });

  it('clears the person\u2019s unread notices of a policy once they acknowledge it', async () => {
    const policy = await publishPolicy('spec-policy-read-on-acknowledge', { audience: 'hr' });
    await remindPending(policy);
    const unread = (employeeId: string) => NotificationModel.countDocuments({ employeeId, link: `/handbook/${policy._id}`, readAt: null });
    expect(await unread(personas.hrAdmin.id)).toBe(2);

    await acknowledgePolicy(policy, actor(personas.hrAdmin.id), 'en');

    expect(await unread(personas.hrAdmin.id)).toBe(0);
    expect(await unread(personas.hrAgent.id))
      .withContext('others keep theirs')
      .toBe(2);
  });

  it('seeds the same demo acknowledgements every time, and leaves the employee persona with policies to read', async () => {
    const policy = await publishPolicy('spec-policy-seed');
    const first = await seedDemoAcknowledgements([policy]);
    const acknowledged = (await AcknowledgementModel.find({ slug: policy._id }, { employeeId: 1 }).lean()).map((row) => row.employeeId).sort();
    const everyone = await EmployeeModel.countDocuments({ status: { $ne: 'terminated' } });
    expect(first).toBe(acknowledged.length);
    expect(acknowledged.length).toBeGreaterThan(everyone * 0.4);
    expect(acknowledged.length).toBeLessThan(everyone * 0.8);
    expect(acknowledged).not.toContain(personas.employee.id);
    expect(acknowledged.every((employeeId) => acknowledgedInDemo(policy._id, employeeId))).toBeTrue();
    expect(await seedDemoAcknowledgements([policy]))
      .withContext('nothing twice')
      .toBe(0);
  });
});
