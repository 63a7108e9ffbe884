import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Small but real files for specs: each is what the program that makes it would write,
 * down to the bytes that content checks read (magic numbers, ZIP entries), so that a
 * spec exercises the same detection an upload does.
 */

/** A 1×1 PNG. */
export const samplePng = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A 1×1 GIF. */
export const sampleGif = (): Buffer => Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** The first bytes of a JPEG (start of image, JFIF header): enough for its magic number. */
export const sampleJpeg = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9])]);

/** A lossless 1×1 WebP. */
export const sampleWebp = (): Buffer => Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

/** The start of an iPhone photo: an ISO-BMFF `ftyp` box with the `heic` brand. */
export const sampleHeic = (): Buffer => {
  const box = Buffer.concat([Buffer.alloc(4), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(4), Buffer.from('mif1heic', 'latin1')]);
  box.writeUInt32BE(box.length, 0);
  return Buffer.concat([box, Buffer.alloc(64)]);
};

/** A one-page PDF with "Hello" on it, cross-reference table and all. */
export function samplePdf(extraObject = ''): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
    '<< /Length 35 >>\nstream\nBT /F1 12 Tf 20 50 Td (Hello) Tj ET\nendstream',
    ...(extraObject ? [extraObject] : []),
  ];
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(body, 'latin1');
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A ZIP archive of the given entries, deflated as office programs write them. */
export function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(entries)) {
    const content = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    // ODF wants its `mimetype` entry first and stored, so that it can be read at a fixed offset.
    const stored = name === 'mimetype';
    const compressed = stored ? content : deflateRawSync(content);
    const checksum = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const officeMain = {
  docx: { folder: 'word', part: 'document', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  docm: { folder: 'word', part: 'document', type: 'application/vnd.ms-word.document.macroEnabled.main+xml' },
  xlsx: { folder: 'xl', part: 'workbook', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
  pptx: { folder: 'ppt', part: 'presentation', type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml' },
} as const;

/** An Office Open XML package (what Word, Excel or PowerPoint saves), reduced to its required parts, with `extra` parts. */
export function sampleOffice(kind: keyof typeof officeMain, extra: Record<string, string | Buffer> = {}): Buffer {
  const { folder, part, type } = officeMain[kind];
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${folder}/${part}.xml" ContentType="${type}"/></Types>`,
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${folder}/${part}.xml"/></Relationships>`,
    [`${folder}/${part}.xml`]: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${part}/>`,
    ...extra,
  });
}

/** An OpenDocument file (what LibreOffice saves): its `mimetype` entry comes first, stored; then `extra` parts. */
export function sampleOpenDocument(kind: 'odt' | 'ods', extra: Record<string, string | Buffer> = {}): Buffer {
  const type = kind === 'odt' ? 'application/vnd.oasis.opendocument.text' : 'application/vnd.oasis.opendocument.spreadsheet';
  return zip({
    mimetype: type,
    'content.xml':
      '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>',
    'META-INF/manifest.xml':
      '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
      `<manifest:file-entry manifest:full-path="/" manifest:media-type="${type}"/></manifest:manifest>`,
    ...extra,
  });
}

/** The start of a Windows program ("MZ", then the PE header it points to). */
export function sampleExe(): Buffer {
  const exe = Buffer.alloc(256);
  exe.write('MZ', 0, 'latin1');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  return exe;
}

/** A whole small Windows program: "MZ", the DOS stub's message, the PE header. */
export function sampleProgram(): Buffer {
  const exe = sampleExe();
  exe.write('This program cannot be run in DOS mode.\r\r\n$', 0x4e, 'latin1');
  return exe;
}

/** An OLE object as Office embeds a packaged file: the compound-file header, then the file somewhere inside. */
export const sampleOlePackage = (content: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from('\u0002\u0000setup.exe\u0000', 'latin1'),
    content,
  ]);

/** The EICAR test file: harmless, and detected as malware by every scanner (here, by the specs' own signature). */
export const sampleEicar = (): Buffer => Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*', 'latin1');
