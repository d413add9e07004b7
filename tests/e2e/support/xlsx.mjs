// Reads an XLSX workbook with a real reader, Python's openpyxl (Debian's python3-openpyxl, which
// tools/setup.sh installs), so the tests check what Excel users get, not what our writer meant.
import { execFileSync } from 'node:child_process';

/** Debian's python3, where tools/setup.sh installs python3-openpyxl. */
export const PYTHON = process.env.PYTHON_OPENPYXL || '/usr/bin/python3';

/** The workbook as openpyxl reads it: its sheet names, and per sheet every row's values and number formats. */
export function openWithOpenpyxl(path) {
  const script = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({
    "sheets": book.sheetnames,
    "rows": {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets},
    "formats": {ws.title: [[c.number_format for c in row] for row in ws.iter_rows()] for ws in book.worksheets},
}))
`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }));
}
