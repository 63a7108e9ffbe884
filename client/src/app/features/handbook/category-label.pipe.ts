import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/**
 * "Time off / Vacation" in the reader's language ("Ausencias / Vacaciones"). Category names
 * HR invented themselves have no translation and are shown as written.
 */
@Pipe({ name: 'categoryLabel', pure: false })
export class CategoryLabelPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(category: string): string {
    return category
      .split(' / ')
      .map((part) => {
        const key = `handbook.categoryNames.${part}`;
        const translated = this.transloco.translate(key);
        return translated === key ? part : translated;
      })
      .join(' / ');
  }
}
