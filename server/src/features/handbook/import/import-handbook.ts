import { parse as parseYaml } from 'yaml';

import { FrontMatterSchema, SlugSchema, type FrontMatter, type ImportReport } from '@portico/shared/handbook/handbook.schemas';
import { saveArticleVariant } from '../content/save-article';

export interface ImportFile {
  /** The file's name (a path is fine; only the last part counts). */
  name: string;
  content: string;
}

interface ParsedFile {
  file: string;
  slug: string;
  frontMatter: FrontMatter;
  body: string;
}

type FileError = ImportReport['errors'][number];

/**
 * Reads one Markdown file with YAML front matter (docs/handbook-import.md). The slug is
 * `slug` in the front matter, else the file name without `.md` and without a trailing
 * `.<language>`, so `annual-leave.en.md` and `annual-leave.es.md` are one article.
 */
export function parseImportFile(file: ImportFile): ParsedFile | FileError[] {
  const name = file.name.split(/[\\/]/).pop() ?? file.name;
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(file.content);
  if (!match) return [{ file: name, field: 'front matter', message: 'the file must start with YAML front matter between two "---" lines' }];
  let data: unknown;
  try {
    // No custom tags, no aliases to expand: front matter is plain data.
    data = parseYaml(match[1]!, { schema: 'core', maxAliasCount: 0 });
  } catch (error) {
    return [{ file: name, field: 'front matter', message: `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }];
  }
  const parsed = FrontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file: name,
      field: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'front matter'),
      message: issue.message,
    }));
  }
  const body = match[2]!.trim();
  if (!body) return [{ file: name, field: 'body', message: 'the article has no text after the front matter' }];
  const base = name.replace(/\.md$/i, '');
  const withoutLanguage = base.endsWith(`.${parsed.data.language}`) ? base.slice(0, -parsed.data.language.length - 1) : base;
  const slug = parsed.data.slug ?? withoutLanguage;
  const checked = SlugSchema.safeParse(slug);
  if (!checked.success) {
    return [{ file: name, field: 'slug', message: `"${slug}" ${checked.error.issues[0]!.message} (set "slug" in the front matter)` }];
  }
  return { file: name, slug, frontMatter: parsed.data, body };
}

/**
 * Imports every `*.md` file given. A file with any error imports nothing and is reported
 * by name and field; the others go in. Importing the same files again changes nothing
 * (no new versions), so a re-import after fixing one file is safe.
 */
export async function importHandbook(files: ImportFile[], authorId: string | null): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [], errors: [] };
  const parsed: ParsedFile[] = [];
  for (const file of files.filter((candidate) => /\.md$/i.test(candidate.name))) {
    const result = parseImportFile(file);
    if (Array.isArray(result)) report.errors.push(...result);
    else parsed.push(result);
  }

  // Language variants of one article must agree on what the article is.
  const first = new Map<string, ParsedFile>();
  const seen = new Set<string>();
  for (const file of parsed) {
    const key = `${file.slug}:${file.frontMatter.language}`;
    if (seen.has(key)) {
      report.errors.push({ file: file.file, field: 'language', message: `another file is also the "${file.frontMatter.language}" version of "${file.slug}"` });
      continue;
    }
    seen.add(key);
    const reference = first.get(file.slug);
    if (!reference) {
      first.set(file.slug, file);
    } else {
      const mismatch = (['category', 'policy', 'audience', 'status'] as const).find((field) => reference.frontMatter[field] !== file.frontMatter[field]);
      if (mismatch) {
        report.errors.push({
          file: file.file,
          field: mismatch,
          message: `differs from ${reference.file}; every language version of "${file.slug}" must have the same ${mismatch}`,
        });
        continue;
      }
    }
    const outcome = await saveArticleVariant({
      slug: file.slug,
      kind: file.frontMatter.policy ? 'policy' : 'article',
      category: file.frontMatter.category,
      audience: file.frontMatter.audience,
      status: file.frontMatter.status,
      ownerId: file.frontMatter.owner ?? undefined,
      reviewBy: file.frontMatter.reviewBy ? new Date(file.frontMatter.reviewBy) : undefined,
      language: file.frontMatter.language,
      title: file.frontMatter.title,
      summary: file.frontMatter.summary,
      tags: file.frontMatter.tags,
      markdown: file.body,
      change: file.frontMatter.change,
      authorId,
      note: `Imported from ${file.file}`,
    });
    report[outcome].push(file.file);
  }
  return report;
}
