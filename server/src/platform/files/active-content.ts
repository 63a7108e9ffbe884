import { unzipSync, type UnzipFileInfo } from 'fflate';

/*
 * What a file of an accepted type may still carry that runs: a PDF that is also a web page
 * (HTML or script after its header, which a browser sniffing it would run), an office
 * document with macros, ActiveX controls or an embedded program. Checked where the bytes
 * show it without opening the document: the PDF's raw bytes, the names and embedded parts
 * of an office document's ZIP. Anything found is said in words a person can act on.
 */

const OFFICE_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** Tags a browser would act on: a page, a script, a frame, an object, inline SVG, a refresh. */
const markup = /<\s*(?:!doctype\s+html|html|head|body|script|iframe|frame|object|embed|svg|meta\s+http-equiv|form|img\s[^>]*\bon\w+\s*=)[\s>/]/i;

/** Macros and controls: VBA projects (OOXML), ActiveX controls, StarBasic and scripts (OpenDocument). */
const macroPart = /(^|\/)(vbaProject\.bin|vbaProjectSignature\.bin|vbaData\.xml)$|(^|\/)activeX\/|^(Basic|Scripts)\//i;
const programName = /\.(exe|dll|scr|com|pif|cpl|msi|msp|bat|cmd|ps1|psm1|vbs|vbe|js|jse|wsf|wsh|hta|jar|lnk|sh|app|elf)$/i;
/** Parts an office document embeds other files in: OOXML's embeddings/, OpenDocument's objects. */
const embeddedPart = /(^|\/)embeddings\/|^Object[^/]*$|^Object [^/]+\//;
/** Embedded parts larger than this (unpacked) are not inspected but refused: nothing a letter or a form needs. */
const MAX_EMBEDDED_BYTES = 20 * 1024 * 1024;

const programs: { bytes: Buffer; at?: number }[] = [
  { bytes: Buffer.from('This program cannot be run in DOS mode') },
  { bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46]), at: 0 }, // ELF
  { bytes: Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), at: 0 }, // Mach-O 64-bit
  { bytes: Buffer.from([0xce, 0xfa, 0xed, 0xfe]), at: 0 }, // Mach-O 32-bit
];

/** Whether bytes are, or carry inside an OLE package, a program (Windows, Linux or macOS). */
function holdsProgram(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 2).toString('latin1') === 'MZ') return true;
  return programs.some(({ bytes: signature, at }) =>
    at === undefined ? buffer.includes(signature) : buffer.subarray(at, at + signature.length).equals(signature),
  );
}

/** Why this content is refused although its type is accepted, or undefined when nothing was found. */
export function activeContent(type: string, label: string, bytes: Buffer): string | undefined {
  if (type === 'application/pdf') {
    // latin1 keeps every byte one character, so offsets and binary streams do no harm.
    if (markup.test(bytes.subarray(5).toString('latin1'))) {
      return `This PDF also holds web page markup (HTML or script) after its PDF header, which could run in a browser. Print or export it to PDF again and upload the new file.`;
    }
    return undefined;
  }
  if (!OFFICE_TYPES.has(type)) return undefined;
  const parts: UnzipFileInfo[] = [];
  let embedded: Record<string, Uint8Array>;
  try {
    embedded = unzipSync(bytes, {
      filter: (part) => {
        parts.push(part);
        return embeddedPart.test(part.name) && part.originalSize <= MAX_EMBEDDED_BYTES;
      },
    });
  } catch {
    return `This file looks like ${label} but its contents cannot be read. Save it again and upload the new file.`;
  }
  const macro = parts.find((part) => macroPart.test(part.name));
  if (macro)
    return `This file is ${label} with macros or controls (${macro.name}), which can run code. Save it as a document without macros and upload the new file.`;
  const program = parts.find(
    (part) =>
      programName.test(part.name) ||
      (embeddedPart.test(part.name) && (part.originalSize > MAX_EMBEDDED_BYTES || holdsProgram(embedded[part.name] ?? new Uint8Array()))),
  );
  if (program)
    return `This file is ${label} with a program or an oversized object embedded in it (${program.name}). Remove it, save the document and upload it again.`;
  return undefined;
}
