import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

import { appInitialized, appTestProviders } from '../../../../testing/app-test-providers';
import { TicketFileLink } from './ticket-file-link';

describe('TicketFileLink', () => {
  async function render(fileId: string) {
    TestBed.configureTestingModule({ providers: appTestProviders() });
    await appInitialized();
    // The pages using the link register the icon (features/help, hr-workspace/tickets).
    TestBed.inject(MatIconRegistry).addSvgIconLiteral('attach_file', TestBed.inject(DomSanitizer).bypassSecurityTrustHtml('<svg></svg>'));
    const fixture = TestBed.createComponent(TicketFileLink);
    fixture.componentRef.setInput('href', `/api/tickets/HR-2026-00001/attachments/${fileId}`);
    fixture.componentRef.setInput('fileId', fileId);
    fixture.componentRef.setInput('files', [{ id: 'f-1', name: 'payslip-october.pdf', type: 'application/pdf', size: 1200 }]);
    fixture.componentRef.setInput('number', 2);
    fixture.detectChanges();
    return fixture.nativeElement.querySelector('a') as HTMLAnchorElement;
  }

  it('names the file as it was uploaded and downloads it', async () => {
    const link = await render('f-1');
    expect(link.textContent!.trim()).toBe('payslip-october.pdf');
    expect(link.hasAttribute('download')).toBeTrue();
    expect(link.getAttribute('href')).toBe('/api/tickets/HR-2026-00001/attachments/f-1');
  });

  it('falls back to its number when the ticket did not describe it', async () => {
    expect((await render('f-9')).textContent!.trim()).toBe('File 2');
  });
});
