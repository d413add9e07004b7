// Reads what the app writes the way users' tools do: a DOCX with python-docx (Debian's
// python3-docx) and a QR code with zbarimg (Debian's zbar-tools), both installed by
// tools/setup.sh, so the tests check the file and the printed page, not our writer's intent.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PYTHON } from './xlsx.mjs';

/** The document as python-docx reads it: paragraphs, tables (rows of cell texts), orientation, and its pictures as base64 PNG. */
export function openWithPythonDocx(path) {
  const script = `
import base64, json, sys, docx
d = docx.Document(sys.argv[1])
pictures = []
for shape in d.inline_shapes:
    rid = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
    pictures.append(base64.b64encode(d.part.related_parts[rid].blob).decode())
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs],
    "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
    "landscape": d.sections[0].orientation == docx.enum.section.WD_ORIENT.LANDSCAPE,
    "pictures": pictures,
}))
`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }));
}

/** The text of the QR code in a PNG image (a Buffer), as zbarimg decodes it. */
export function decodeQr(png) {
  const path = join(mkdtempSync(join(tmpdir(), 'inovda-qr-')), 'qr.png');
  writeFileSync(path, png);
  return execFileSync('zbarimg', ['--raw', '-q', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}
