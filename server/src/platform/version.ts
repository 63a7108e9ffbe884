import { readFileSync } from 'node:fs';
import path from 'node:path';

import { repositoryRoot } from './paths';

export const version = (JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version;
