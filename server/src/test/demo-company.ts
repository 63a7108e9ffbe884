import { seedDemoCompany } from '../features';

/** The demo company's people and portal settings, without its handbook or help desk (most specs need no more). */
export const seedDemoPeople = () => seedDemoCompany(['settings', 'directory']);
