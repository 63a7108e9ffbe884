import { FormControl, FormGroup, FormRecord, Validators, type ValidatorFn } from '@angular/forms';
import type { ManagedArticle, SaveVariant } from '@portico/shared/handbook/handbook.schemas';

/** The same rules as the server's SaveVariant schema, so most mistakes show before saving. */
export const CATEGORY_PATTERN = /^[^/]{1,60}(?: \/ [^/]{1,60})?$/;
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
export const MAX_TAGS = 12;

export type VariantForm = FormGroup<{
  title: FormControl<string>;
  summary: FormControl<string>;
  tags: FormControl<string[]>;
  markdown: FormControl<string>;
}>;

export type EditorForm = FormGroup<{
  meta: FormGroup<{
    type: FormControl<ManagedArticle['type']>;
    category: FormControl<string>;
    audience: FormControl<ManagedArticle['audience']>;
    /** yyyy-mm-dd, or '' for none. */
    reviewBy: FormControl<string>;
  }>;
  variants: FormRecord<VariantForm>;
  note: FormControl<string>;
}>;

/** Required, and more than spaces (the server trims before it checks). */
const notBlank: ValidatorFn = (control) => (typeof control.value === 'string' && !control.value.trim() ? { required: true } : null);

const text = (value = '', ...validators: ValidatorFn[]) => new FormControl(value, { nonNullable: true, validators });

export function variantForm(variant?: { title: string; summary: string; tags: string[]; markdown: string }): VariantForm {
  return new FormGroup({
    title: text(variant?.title, notBlank, Validators.maxLength(200)),
    summary: text(variant?.summary, Validators.maxLength(300)),
    tags: new FormControl<string[]>(variant?.tags ?? [], {
      nonNullable: true,
      validators: (control) => ((control.value as string[]).length > MAX_TAGS ? { maxTags: true } : null),
    }),
    markdown: text(variant?.markdown, notBlank, Validators.maxLength(200_000)),
  });
}

export function editorForm(): EditorForm {
  return new FormGroup({
    meta: new FormGroup({
      type: new FormControl<ManagedArticle['type']>('article', { nonNullable: true }),
      category: text('', notBlank, Validators.pattern(CATEGORY_PATTERN)),
      audience: new FormControl<ManagedArticle['audience']>('everyone', { nonNullable: true }),
      reviewBy: text(''),
    }),
    variants: new FormRecord<VariantForm>({}),
    note: text('', Validators.maxLength(300)),
  });
}

/** Puts the saved article into the form: everything, or only the language just saved (other languages keep their edits). */
export function fillForm(form: EditorForm, article: ManagedArticle, only?: string): void {
  form.controls.meta.reset({ type: article.type, category: article.category, audience: article.audience, reviewBy: article.reviewBy?.slice(0, 10) ?? '' });
  if (!only) {
    for (const language of Object.keys(form.controls.variants.controls)) {
      if (!article.variants.some((variant) => variant.language === language)) form.controls.variants.removeControl(language);
    }
  }
  for (const variant of article.variants) {
    if (only && variant.language !== only) continue;
    const existing = form.controls.variants.get(variant.language) as VariantForm | null;
    if (existing) existing.reset(variant);
    else form.controls.variants.addControl(variant.language, variantForm(variant));
  }
  form.controls.note.reset('');
}

/** The body of PUT …/variants/:language: the article's settings, this language's text, and the kind of change. */
export function savePayload(form: EditorForm, article: ManagedArticle, language: string, change: SaveVariant['change']): SaveVariant {
  const meta = form.controls.meta.getRawValue();
  const variant = (form.controls.variants.get(language) as VariantForm).getRawValue();
  const note = form.controls.note.value.trim();
  return {
    type: meta.type,
    category: meta.category.trim(),
    audience: meta.audience,
    // Status and schedule change through their own actions; saving keeps them as they are.
    status: article.status,
    publishAt: article.publishAt,
    reviewBy: meta.reviewBy || null,
    title: variant.title.trim(),
    summary: variant.summary.trim(),
    tags: variant.tags,
    markdown: variant.markdown,
    change,
    ...(note ? { note } : {}),
  };
}

/** Form controls by the name the server uses in a problem's `errors[].path`. */
export function controlFor(form: EditorForm, language: string, field: string): FormControl | null {
  if (field in form.controls.meta.controls) return form.controls.meta.get(field) as FormControl;
  const variant = form.controls.variants.get(language) as VariantForm | null;
  if (variant && field in variant.controls) return variant.get(field) as FormControl;
  if (field === 'note') return form.controls.note;
  return null;
}
