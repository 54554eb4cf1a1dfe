import type { Mirror } from '@jixiao/domain';
import type { zh } from './zh';

/** The sentences of the file readers and writers in English: the same keys and parameters as zh.ts. */
export const en = {
  'file.notAFile': (p) => `"${p.file}" is not a file`,
  'file.chooseAFile': () => 'choose a file',
  'file.notFound': (p) => `file "${p.file}" not found`,
  'file.checkPath': () => 'check the path and the file name',
  'file.unreadable': (p) => `cannot read file "${p.file}": ${p.detail}`,
  'file.unsupported': (p) => `the format of file "${p.file}" is not supported: ${p.detail}`,
  'file.tooLarge': (p) => `file "${p.file}" is too large (about ${p.size}); the limit is ${p.max}`,
  'file.wrongFileHint': () =>
    'a self-evaluation sheet is usually a few hundred KB; check that this is the right file',
  'file.empty': () => 'the file is empty (0 bytes)',
  'file.officeDocument': () => 'this is an Office document, not a self-evaluation sheet; use .xlsx or .csv',
  'file.emptyZip': () => 'this is an empty zip archive',
  'file.legacyOffice': () =>
    'this is a legacy Office format (.xls/.doc); save it as .xlsx in Excel or WPS first',
  'file.pdfNotEvaluation': () =>
    'a PDF cannot be imported as evaluation data; import the sheet as .xlsx or .csv',
  'file.xlsxNotWorkbook': () =>
    'the name ends in .xlsx but the content is not an Excel workbook (it may be damaged)',
  'file.blank': () => 'the file holds only white space',
  'file.damaged': () => 'the content is not recognised or is damaged',
  'file.emptyShort': () => 'the file is empty',

  'json.empty': (p) => `file "${p.file}" is empty: there is no JSON to read`,
  'json.invalid': (p) =>
    `file "${p.file}" is not valid JSON: ${p.reason} at line ${p.line}, character ${p.column}`,
  'json.reasonAt': (p) => `${p.reason} (line ${p.line}, character ${p.column})`,
  'json.truncated': () => 'the content is incomplete (the file ends too early)',
  'json.syntax': () => 'syntax error',

  'ruleSetFile.tooLarge': (p) => `rule set file "${p.file}" is too large (limit 1 MB)`,
  'ruleSetFile.wrongFileHint': () => 'check that this is the right file',
  'ruleSetFile.notFound': (p) => `rule set file "${p.file}" not found`,
  'ruleSetFile.empty': (p) => `rule set file "${p.file}" is empty`,
  'ruleSetFile.invalid': (p) => `rule set file "${p.file}" is not valid ${p.syntax}`,
  'ruleSetFile.syntaxAt': (p) => `syntax error (line ${p.line}, column ${p.column}): ${p.detail}`,
  'ruleSetFile.syntax': (p) => `syntax error: ${p.detail}`,
  'ruleSetFile.tooManyAliases': () =>
    'too many aliases (&/*): the file may be crafted to attack; not expanded',

  'sheet.truncatedXlsx': (p) => `file "${p.file}" is not a complete Excel file (.xlsx): ${p.detail}`,
  'sheet.truncatedHint': () =>
    'the file may have been cut off while downloading or copying; get the original again',
  'sheet.noZipDirectory': () => 'the zip directory is missing',
  'sheet.zipDirectoryDamaged': () => 'the zip directory is damaged',
  'sheet.zipEntryDamaged': () => 'a part inside the zip is damaged and cannot be uncompressed',
  'sheet.tooManyParts': (p) => `it has ${p.entries} parts`,
  'sheet.uncompressedTooLarge': (p) => `more than ${p.mb} MB once uncompressed`,
  'sheet.refusedIssue': (p) =>
    `${p.detail}; a self-evaluation sheet is usually a few hundred KB; check that this is the right file`,
  'sheet.refused': (p) => `file "${p.file}" is too large and was refused: ${p.detail}`,
  'sheet.invalidCsv': (p) => `file "${p.file}" is not a valid CSV table`,
  'sheet.invalidCsvNear': (p) => `file "${p.file}" is not a valid CSV table (near line ${p.line})`,
  'sheet.csvQuotes': () => 'unbalanced quotes or a malformed line; save it as CSV again in Excel',
  'sheet.tooBig': (p) =>
    `file "${p.file}" is too large: a sheet has at most ${p.rows} rows and ${p.columns} columns`,
  'sheet.sheetTooBig': (p) =>
    `sheet "${p.sheet}" of file "${p.file}" is too large: a sheet has at most ${p.rows} rows and ${p.columns} columns`,
  'sheet.tooManyCells': () => 'too many rows or columns',
  'sheet.binaryCsv': (p) =>
    `file "${p.file}" is not a text table (it holds binary content) and cannot be read as CSV`,
  'sheet.supportedSheets': () => 'supported tables: .xlsx, and .csv encoded in UTF-8 or GBK',
  'sheet.unknownEncoding': (p) => `the text encoding of file "${p.file}" is not recognised`,
  'sheet.saveAsUtf8': () => 'save it in Excel as "CSV UTF-8 (comma delimited)" and import it again',
  'sheet.noContent': (p) => `file "${p.file}" holds no recognisable self-evaluation sheet`,
  'sheet.noContentHint': () =>
    'it is neither a jixiao JSON file nor a sheet with the headings of an indicator table or a funds table',
  'sheet.notWorkbook': (p) =>
    `file "${p.file}" cannot be opened as an Excel workbook: it may be damaged or incomplete`,
  'sheet.openInExcel': () => 'open it in Excel or WPS to check, then save it as .xlsx and import again',
  'sheet.noSuchSheet': (p) => `file "${p.file}" has no sheet named "${p.sheet}"`,
  'sheet.existingSheets': (p) => `sheets in the file: ${p.sheets}`,
  'sheet.notFound': (p) => `no self-evaluation sheet found in file "${p.file}"`,
  'sheet.notFoundHint': (p) =>
    `no sheet has the column headings of an indicator table (level-3 indicator, level-1 indicator, weight); sheets in the file: ${p.sheets}`,
  'sheet.none': () => '(none)',
  'sheet.quoted': (p) => `"${p.name}"`,
  'sheet.unreadable': (p) => `file "${p.file}" has problems; nothing was imported`,
  'sheet.unreadableCount': (p) => `file "${p.file}" has ${p.count} unreadable cells; nothing was imported`,
  'sheet.unreadableSheetCount': (p) =>
    `sheet "${p.sheet}" of file "${p.file}" has ${p.count} unreadable cells; nothing was imported`,
  'sheet.unitNameMissing': () =>
    'no unit name found: fill in the implementing unit, the unit name or the department',
  'sheet.manualReasonWithoutScore': () =>
    'a reason for a manual execution score is written, but the execution score is blank',
  'sheet.projectNameMissing': () =>
    'no project name found: a project expenditure sheet must name the project',
  'sheet.noIndicatorTable': () =>
    'no indicator table found: it needs the column headings of the official sheet (level-1, level-2 and level-3 indicator, annual target, actual value, weight, score)',
  'sheet.missingColumn': (p) => `column "${p.column}" is missing`,
  'sheet.missingColumnOr': (p) => `column "${p.column}" is missing (it may also be headed ${p.alternatives})`,
  'sheet.nameEmpty': () => 'the level-3 indicator name is empty (every row with a weight needs a name)',
  'sheet.level1Empty': () =>
    'the level-1 indicator is empty (e.g. output, benefit or satisfaction indicators)',
  'sheet.weightMissing': () => 'the weight is missing',
  'sheet.weightNegative': () => 'the weight cannot be negative',
  'sheet.weightZero': () =>
    'the weight is 0: every level-3 indicator needs a weight above 0; delete the row of an indicator that is not scored',
  'sheet.scoreNegative': () => 'the score cannot be negative',
  'sheet.manualReasonNoScore': () => 'a reason for a manual score is written, but the score is blank',
  'sheet.noIndicatorRows': (p) =>
    `the indicator table (header in row ${p.row}) has no indicator rows: fill in one row per level-3 indicator; if this self-evaluation truly reports no indicators, write "${p.marker}" in the row below the header`,
  'sheet.markerWithRows': (p) =>
    `the indicator table has both "${p.marker}" and ${p.count} indicator rows: delete the marker row or the indicator rows`,
  'sheet.projectWithoutIndicators': (p) =>
    `a project self-evaluation sheet must list its indicators: "${p.marker}" is only for whole-department sheets; fill in one row per level-3 indicator`,
  'sheetData.notOurs': (p) =>
    `this is not a data sheet written by jixiao (no "@format" row of "${p.format}")`,
  'sheetData.version': (p) =>
    `data sheet version "${p.version}" is not known (this program reads up to ${p.supported}): import it with a newer jixiao`,
  'sheetData.badJson': () => 'not valid JSON (jixiao writes this sheet; do not edit it by hand)',
  'sheetData.badPath': (p) => `"${p.path}" is not a valid field path`,
  'sheetData.tooDeep': (p) => `nested more than ${p.max} levels deep: not data jixiao writes`,
  'sheetData.badAnchor': () => 'an indicator anchor needs its level-1 and level-3 names',
  'sheet.noFundsTable': () =>
    'no funds table found: it needs the column headings of the official sheet (initial budget, full-year budget, full-year execution)',
  'sheet.noFundsTotal': () => 'the funds table has no row for the total annual funds',
  'sheet.amountNegative': () => 'an amount cannot be negative',
  'sheet.noYear': () =>
    'no fiscal year found: the title should name the year (e.g. "项目支出绩效自评表（2022年度）"), or fill in the year cell',
  'sheet.unknownKind': () =>
    'cannot tell a project expenditure sheet from a unit-wide one: no title ending in "绩效自评表" and no project name or unit name',
  'cell.formulaWithoutResult': () =>
    'the formula has no computed result (open and save the file in Excel or WPS first)',
  'cell.notAmount': (p) => `"${p.text}" is not an amount; write a number`,
  'cell.notScore': (p) => `"${p.text}" is not a score; write a number`,
  'cell.notRate': (p) => `"${p.text}" is not a percentage or a fraction; write a number`,

  'audit.folderUnreadable': (p) => `cannot read folder "${p.dir}": it does not exist or access is denied`,
  'audit.tooManyFiles': (p) => `folder "${p.dir}" holds more than ${p.max} reports; check them in batches`,
  'audit.legacyFormat': (p) =>
    `the legacy ${p.ext} format is not supported: save "${p.file}" as .docx in Word/WPS first`,
  'audit.unsupportedType': (p) =>
    `file type "${p.ext}" is not supported: .docx, .pdf, .txt and .md can be checked ("${p.file}")`,
  'audit.noExtension': () => 'no extension',
  'audit.tooLarge': (p) =>
    `the file is ${p.size}, over the limit of ${p.max}; a report is rarely more than a few MB, check that this is the right file`,
  'audit.notRegularFile': () => 'not a regular file',
  'audit.missingOrDenied': () => 'the file does not exist or cannot be read',
  'audit.emptyFile': () => 'the file is empty',
  'audit.noText': () => 'the file holds no text',
  'audit.readFailed': () => 'reading failed (the file is in use or access is denied)',
  'audit.binary': () => 'the file is binary, not text',
  'audit.encoding': () => 'the text encoding is not recognised; save it as UTF-8',
  'audit.notPdf': () => 'not a valid PDF file (the %PDF header is missing)',
  'audit.pdfTimeout': (p) => `reading the PDF took more than ${p.seconds} seconds; the file may be abnormal`,
  'audit.pdfEncrypted': () => 'the PDF is encrypted (needs a password); provide an unencrypted copy',
  'audit.pdfDamaged': () => 'the PDF is damaged or malformed',
  'audit.pdfTooManyPages': (p) => `the PDF has ${p.pages} pages, more than the limit of ${p.max}`,
  'audit.pdfNoText': () =>
    'the PDF has no text layer (it may be a scan); provide a PDF with selectable text or the Word original',
  'audit.docxEncrypted': () =>
    'the file is password-protected or in the legacy .doc format; remove the password or save it as .docx',
  'audit.docxNotZip': () => 'not a valid .docx file (not a zip archive)',
  'audit.docxDamaged': () => 'the .docx file is damaged and cannot be unpacked',
  'audit.docxNoBody': () => 'the .docx has no body (word/document.xml); it may be damaged',
  'audit.xmlTooDeep': (p) => `the body XML is nested more than ${p.max} levels; reading stopped`,
  'audit.xmlInvalidAt': (p) => `the body XML is malformed (line ${p.line}); the file may be damaged`,
  'audit.xmlInvalid': () => 'the body XML is malformed; the file may be damaged',
  'audit.docxEmptyBody': () => 'the .docx body is empty',
  'audit.docxNoText': () => 'the .docx holds no text',
  'audit.xmlTooLarge': (p) =>
    `the uncompressed body exceeds ${p.mb} MB and may be a zip bomb; reading stopped`,
  'audit.inflateFailed': () => 'unpacking the .docx body failed; the file may be damaged',

  'document.unknownFormats': (p) =>
    `unsupported document format: ${p.unknown} (choices: ${p.known}; separate by commas or repeat --format)`,
  'pdf.noLibreOffice': () =>
    'LibreOffice is not installed, so no PDF can be made. The .docx report opens in Word/WPS and can be saved as PDF there (use --format docx); to make PDFs here, install: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk',
  'pdf.badNames': () => 'the file names to convert to PDF must be unique and contain no path',
  'pdf.notConverted': (p) => `LibreOffice did not convert "${p.file}" to PDF`,
  'pdf.timeout': (p) =>
    `the PDF conversion by LibreOffice took more than ${p.seconds} seconds and was stopped`,
  'pdf.cannotStart': (p) => `cannot start LibreOffice: ${p.detail}`,
  'pdf.failed': (p) => `the PDF conversion by LibreOffice failed (exit code ${p.code}): ${p.detail}`,

  'targets.notDeclaration': (p) => `no performance target declaration found in file "${p.file}"`,
  'targets.notDeclarationHint': () =>
    'the title of a declaration is "项目支出绩效目标申报表" or "部门（单位）整体支出绩效目标申报表"',
  'targets.noYear': () => 'the fiscal year is missing below the title, e.g. "（2022年度）"',
  'targets.labelMissing': (p) => `"${p.label}" not found: the declaration must fill it in`,
  'targets.noIndicatorTable': () =>
    'no indicator table found: its header needs 一级指标, 三级指标, 指标值 and 分值',
  'targets.unknownAttribute': (p) => `"${p.text}" is not a project attribute: write 新增项目 or 延续项目`,
  'targets.unknownBasis': (p) =>
    `"${p.text}" is not a value basis: write 计划标准, 行业标准, 历史标准 or 其他标准`,
  'targets.unknownCore': (p) =>
    `"${p.text}" is not a core-indicator mark: write ★ for a core indicator, else leave it blank`,
  'targets.unknownComparator': (p) =>
    `the comparator of "${p.text}" is not recognised: write ≥, ≤ or = with the figure (e.g. "≥120"), or words for a qualitative target`,
  'targets.dataDamaged': () =>
    'the hidden data sheet of the declaration is damaged; export it from jixiao again',
  'library.sheetName': () => 'Indicator library',
  'library.noHeader': (p) => `no indicator-library header found in file "${p.file}"`,
  'library.noHeaderHint': (p) => `the header needs these columns: ${p.columns}`,
  'library.sheetInvalid': (p) =>
    `the indicator library in file "${p.file}" has ${p.count} problem(s); no entry was imported`,
  'library.unknownCategory': (p) => `unknown category "${p.value}"; choose from ${p.choices}`,
  'library.badComparator': (p) => `"${p.value}" is not a comparator: write ≥, ≤, = or 定性`,
  'library.badBasis': (p) => `"${p.value}" is not a value basis; choose from ${p.choices}`,
  'library.badYesNo': (p) => `"${p.value}" should be 是 (yes) or 否 (no)`,
  'library.badStatus': (p) => `"${p.value}" should be 在用 (in use) or 停用 (retired)`,
  'library.duplicateId': (p) => `id "${p.id}" repeats row ${p.row}`,
  'library.empty': (p) => `the indicator library in file "${p.file}" has no entries`,
  'library.yes': () => 'yes',
  'library.no': () => 'no',
} satisfies Mirror<typeof zh>;
