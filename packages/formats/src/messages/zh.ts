/**
 * The sentences of the file readers and writers in Chinese; en.ts has the same keys and parameters.
 * File, sheet and cell text are user data and are always quoted 「…」 by the template.
 */
export const zh = {
  // any file
  'file.notAFile': (p: { file: string }) => `「${p.file}」不是文件`,
  'file.chooseAFile': () => '请选择一个文件',
  'file.notFound': (p: { file: string }) => `找不到文件「${p.file}」`,
  'file.checkPath': () => '请检查路径和文件名',
  'file.unreadable': (p: { file: string; detail: string }) => `无法读取文件「${p.file}」：${p.detail}`,
  'file.unsupported': (p: { file: string; detail: string }) => `不支持文件「${p.file}」的格式：${p.detail}`,
  'file.tooLarge': (p: { file: string; size: string; max: string }) =>
    `文件「${p.file}」过大（约 ${p.size}），上限为 ${p.max}`,
  'file.wrongFileHint': () => '自评表通常只有几百 KB；请检查是否选错了文件',
  'file.empty': () => '文件是空的（0 字节）',
  'file.officeDocument': () => '这是 Office 文档而不是自评表；自评表请用 .xlsx 或 .csv',
  'file.emptyZip': () => '这是一个空的压缩包',
  'file.legacyOffice': () => '这是旧版 Office 格式（.xls/.doc）；请在 Excel 或 WPS 中另存为 .xlsx 后再导入',
  'file.pdfNotEvaluation': () => 'PDF 无法导入为自评数据；请导入自评表的 .xlsx 或 .csv',
  'file.xlsxNotWorkbook': () => '扩展名是 .xlsx，但内容不是 Excel 工作簿（文件可能已损坏）',
  'file.blank': () => '文件只有空白，没有内容',
  'file.damaged': () => '文件内容无法识别或已损坏',
  'file.emptyShort': () => '文件为空',

  // JSON
  'json.empty': (p: { file: string }) => `文件「${p.file}」是空的，没有可读取的 JSON 内容`,
  'json.invalid': (p: { file: string; line: number; column: number; reason: string }) =>
    `文件「${p.file}」不是有效的 JSON：第 ${p.line} 行第 ${p.column} 个字符处${p.reason}`,
  'json.reasonAt': (p: { line: number; column: number; reason: string }) =>
    `${p.reason}（第 ${p.line} 行第 ${p.column} 个字符）`,
  'json.truncated': () => '内容不完整（文件在中途结束）',
  'json.syntax': () => '有语法错误',

  // rule-set files
  'ruleSetFile.tooLarge': (p: { file: string }) => `评分规则集文件「${p.file}」过大（上限 1 MB）`,
  'ruleSetFile.wrongFileHint': () => '请检查是否选错了文件',
  'ruleSetFile.notFound': (p: { file: string }) => `找不到评分规则集文件「${p.file}」`,
  'ruleSetFile.empty': (p: { file: string }) => `评分规则集文件「${p.file}」是空的`,
  'ruleSetFile.invalid': (p: { file: string; syntax: string }) =>
    `评分规则集文件「${p.file}」不是有效的 ${p.syntax}`,
  'ruleSetFile.syntaxAt': (p: { line: number; column: number; detail: string }) =>
    `格式错误（第 ${p.line} 行第 ${p.column} 列）：${p.detail}`,
  'ruleSetFile.syntax': (p: { detail: string }) => `格式错误：${p.detail}`,
  'ruleSetFile.tooManyAliases': () => '别名（&/*）引用过多，文件可能是恶意构造的，拒绝展开',

  // spreadsheets
  'sheet.truncatedXlsx': (p: { file: string; detail: string }) =>
    `文件「${p.file}」不是完整的 Excel 文件（.xlsx）：${p.detail}`,
  'sheet.truncatedHint': () => '文件可能在下载或复制时被截断，请重新获取原文件',
  'sheet.noZipDirectory': () => '找不到压缩包目录',
  'sheet.zipDirectoryDamaged': () => '压缩包目录已损坏',
  'sheet.zipEntryDamaged': () => '压缩包中的部件已损坏，无法解压',
  'sheet.tooManyParts': (p: { entries: number }) => `包含 ${p.entries} 个部件`,
  'sheet.uncompressedTooLarge': (p: { mb: number }) => `解压后超过 ${p.mb} MB`,
  'sheet.refusedIssue': (p: { detail: string }) => `${p.detail}；自评表通常只有几百 KB，请检查是否选错了文件`,
  'sheet.refused': (p: { file: string; detail: string }) => `文件「${p.file}」过大，拒绝读取：${p.detail}`,
  'sheet.invalidCsv': (p: { file: string }) => `文件「${p.file}」不是有效的 CSV 表格`,
  'sheet.invalidCsvNear': (p: { file: string; line: number }) =>
    `文件「${p.file}」不是有效的 CSV 表格（第 ${p.line} 行附近）`,
  'sheet.csvQuotes': () => '引号不成对或格式不正确，请在 Excel 中重新另存为 CSV',
  'sheet.tooBig': (p: { file: string; rows: number; columns: number }) =>
    `文件「${p.file}」过大：自评表不超过 ${p.rows} 行、${p.columns} 列`,
  'sheet.sheetTooBig': (p: { file: string; sheet: string; rows: number; columns: number }) =>
    `文件「${p.file}」的工作表「${p.sheet}」过大：自评表不超过 ${p.rows} 行、${p.columns} 列`,
  'sheet.tooManyCells': () => '行数或列数超过上限',
  'sheet.binaryCsv': (p: { file: string }) =>
    `文件「${p.file}」不是文本表格（含有二进制内容），无法按 CSV 读取`,
  'sheet.supportedSheets': () => '支持的表格文件：.xlsx，以及 UTF-8 / GBK 编码的 .csv',
  'sheet.unknownEncoding': (p: { file: string }) => `文件「${p.file}」的文字编码无法识别`,
  'sheet.saveAsUtf8': () => '请在 Excel 中另存为「CSV UTF-8（逗号分隔）」后再导入',
  'sheet.noContent': (p: { file: string }) => `文件「${p.file}」中没有可识别的自评表内容`,
  'sheet.noContentHint': () =>
    '既不是 jixiao 的 JSON 文件，也不是含「三级指标」「分值」或「年初预算数」「全年执行数」等标题的自评表',
  'sheet.notWorkbook': (p: { file: string }) =>
    `文件「${p.file}」无法作为 Excel 工作簿打开：文件可能已损坏或不完整`,
  'sheet.openInExcel': () => '请用 Excel 或 WPS 打开确认，另存为 .xlsx 后再导入',
  'sheet.noSuchSheet': (p: { file: string; sheet: string }) =>
    `文件「${p.file}」中没有名为「${p.sheet}」的工作表`,
  'sheet.existingSheets': (p: { sheets: string }) => `现有工作表：${p.sheets}`,
  'sheet.notFound': (p: { file: string }) => `文件「${p.file}」中没有找到绩效自评表`,
  'sheet.notFoundHint': (p: { sheets: string }) =>
    `没有哪个工作表含有「三级指标」（或「指标名称」）与「一级指标」「分值」等列标题；现有工作表：${p.sheets}`,
  'sheet.none': () => '（无）',
  'sheet.quoted': (p: { name: string }) => `「${p.name}」`,
  'sheet.unreadable': (p: { file: string }) => `文件「${p.file}」有问题，未导入任何数据`,
  'sheet.unreadableCount': (p: { file: string; count: number }) =>
    `文件「${p.file}」有 ${p.count} 处无法读取，未导入任何数据`,
  'sheet.unreadableSheetCount': (p: { file: string; sheet: string; count: number }) =>
    `文件「${p.file}」工作表「${p.sheet}」有 ${p.count} 处无法读取，未导入任何数据`,
  'sheet.unitNameMissing': () => '未找到单位名称：请填写「实施单位」「单位名称」或「主管部门」',
  'sheet.manualReasonWithoutScore': () => '写了执行率得分人工评定理由，但没有填写执行率得分',
  'sheet.projectNameMissing': () => '未找到项目名称：项目支出绩效自评表应填写「项目名称」',
  'sheet.noIndicatorTable': () =>
    '未找到绩效指标表：需要「一级指标」「二级指标」「三级指标」「年度指标值」「实际完成值」「分值」「得分」等列标题',
  'sheet.missingColumn': (p: { column: string }) => `缺少「${p.column}」列`,
  'sheet.missingColumnOr': (p: { column: string; alternatives: string }) =>
    `缺少「${p.column}」列（也可写作${p.alternatives}）`,
  'sheet.nameEmpty': () => '三级指标名称为空（每个有分值的指标行都要写指标名称）',
  'sheet.level1Empty': () => '一级指标为空（例如「产出指标」「效益指标」「满意度指标」）',
  'sheet.weightMissing': () => '缺少分值',
  'sheet.weightNegative': () => '分值不能为负数',
  'sheet.weightZero': () => '分值为 0：每个三级指标都要有大于 0 的分值；不计分的指标请删去该行',
  'sheet.scoreNegative': () => '得分不能为负数',
  'sheet.manualReasonNoScore': () => '写了人工评定理由，但没有填写得分',
  'sheet.noIndicatorRows': (p: { row: number; marker: string }) =>
    `绩效指标表（第 ${p.row} 行表头）下没有任何指标行：请逐行填写三级指标；本次自评确实不填报绩效指标的，在表头下一行写「${p.marker}」`,
  'sheet.markerWithRows': (p: { marker: string; count: number }) =>
    `绩效指标表既写了「${p.marker}」又有 ${p.count} 个指标行：请删去该说明行或指标行`,
  'sheet.projectWithoutIndicators': (p: { marker: string }) =>
    `项目支出绩效自评表必须填报绩效指标：「${p.marker}」只用于部门整体支出自评表；请逐行填写三级指标`,
  // the hidden data sheet jixiao writes beside the 自评表 (sheet-data.ts)
  'sheetData.notOurs': (p: { format: string }) =>
    `这不是 jixiao 写入的数据表（缺少「@format」为「${p.format}」的行）`,
  'sheetData.version': (p: { version: string; supported: number }) =>
    `数据表版本「${p.version}」无法识别（本程序支持到 ${p.supported}）：请用较新版本的 jixiao 导入`,
  'sheetData.badJson': () => '内容不是有效的 JSON（该表由 jixiao 写入，请勿手工修改）',
  'sheetData.badPath': (p: { path: string }) => `「${p.path}」不是有效的字段路径`,
  'sheetData.tooDeep': (p: { max: number }) => `内容嵌套超过 ${p.max} 层，不是 jixiao 写入的数据`,
  'sheetData.badAnchor': () => '指标标识应含一级指标和三级指标名称',
  'sheet.noFundsTable': () =>
    '未找到资金表：需要「年初预算数」「全年预算数」（或「调整后预算数」）「全年执行数」（或「预算执行数」）等列标题',
  'sheet.noFundsTotal': () => '资金表缺少「年度资金总额」（或「总额」「合计」）行',
  'sheet.amountNegative': () => '金额不能为负数',
  'sheet.noYear': () =>
    '未找到预算年度：标题中应写明年度，例如「项目支出绩效自评表（2022年度）」，或填写「年度」一栏',
  'sheet.unknownKind': () =>
    '无法判断是项目支出还是部门整体支出自评表：未找到标题「…绩效自评表」或「项目名称」「单位名称」',
  'cell.formulaWithoutResult': () => '公式没有计算结果（请用 Excel 或 WPS 打开并保存后再导入）',
  'cell.notAmount': (p: { text: string }) => `「${p.text}」不是金额，应填写数字`,
  'cell.notScore': (p: { text: string }) => `「${p.text}」不是分数，应填写数字`,
  'cell.notRate': (p: { text: string }) => `「${p.text}」不是百分比或小数，应填写数字`,

  // reports written elsewhere (audit)
  'audit.folderUnreadable': (p: { dir: string }) => `无法读取文件夹「${p.dir}」：不存在或没有权限`,
  'audit.tooManyFiles': (p: { dir: string; max: number }) =>
    `文件夹「${p.dir}」中的报告超过 ${p.max} 个，请分批审核`,
  'audit.legacyFormat': (p: { ext: string; file: string }) =>
    `不支持旧版 ${p.ext} 格式：请在 Word/WPS 中另存为 .docx 后再审核「${p.file}」`,
  'audit.unsupportedType': (p: { ext: string; file: string }) =>
    `不支持的文件类型「${p.ext}」：可审核 .docx、.pdf、.txt、.md 文件（${p.file}）`,
  'audit.noExtension': () => '无扩展名',
  'audit.tooLarge': (p: { size: string; max: string }) =>
    `文件大小 ${p.size}，超过上限 ${p.max}；自评报告通常不超过几 MB，请确认选择了正确的文件`,
  'audit.notRegularFile': () => '不是普通文件',
  'audit.missingOrDenied': () => '文件不存在或没有读取权限',
  'audit.emptyFile': () => '文件是空的',
  'audit.noText': () => '文件中没有文字',
  'audit.readFailed': () => '读取失败（文件被占用或没有权限）',
  'audit.binary': () => '文件是二进制内容，不是文本',
  'audit.encoding': () => '文本编码无法识别，请另存为 UTF-8 编码',
  'audit.notPdf': () => '不是有效的 PDF 文件（缺少 %PDF 文件头）',
  'audit.pdfTimeout': (p: { seconds: number }) => `PDF 读取超过 ${p.seconds} 秒，文件可能异常`,
  'audit.pdfEncrypted': () => 'PDF 已加密（需要密码），请提供未加密的版本',
  'audit.pdfDamaged': () => 'PDF 文件已损坏或格式不正确',
  'audit.pdfTooManyPages': (p: { pages: number; max: number }) =>
    `PDF 共 ${p.pages} 页，超过上限 ${p.max} 页`,
  'audit.pdfNoText': () => 'PDF 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 原件',
  'audit.docxEncrypted': () =>
    '文件已加密（设置了打开密码），或是旧版 .doc 格式；请去掉密码或另存为 .docx 后再试',
  'audit.docxNotZip': () => '不是有效的 .docx 文件（不是 ZIP 压缩包）',
  'audit.docxDamaged': () => '.docx 文件已损坏，无法解压',
  'audit.docxNoBody': () => '.docx 中缺少正文（word/document.xml），文件可能已损坏',
  'audit.xmlTooDeep': (p: { max: number }) => `正文 XML 嵌套超过 ${p.max} 层，文件异常，已停止读取`,
  'audit.xmlInvalidAt': (p: { line: number }) => `正文 XML 格式错误（第 ${p.line} 行），文件可能已损坏`,
  'audit.xmlInvalid': () => '正文 XML 格式错误，文件可能已损坏',
  'audit.docxEmptyBody': () => '.docx 正文为空',
  'audit.docxNoText': () => '.docx 中没有文字',
  'audit.xmlTooLarge': (p: { mb: number }) =>
    `解压后的正文超过 ${p.mb} MB，可能是恶意压缩文件（zip 炸弹），已停止读取`,
  'audit.inflateFailed': () => '.docx 正文解压失败，文件可能已损坏',

  // documents
  'document.unknownFormats': (p: { unknown: string; known: string }) =>
    `不支持的文档格式：${p.unknown}（可选：${p.known}，可用逗号分隔或重复 --format）`,
  'pdf.noLibreOffice': () =>
    'LibreOffice 未安装，无法生成 PDF。已可生成的 .docx 报告可直接用 Word/WPS 打开或另存为 PDF（使用 --format docx）；如需在本机生成 PDF，请安装：apt-get install -y libreoffice-writer-nogui fonts-noto-cjk',
  'pdf.badNames': () => '转换为 PDF 的文件名必须唯一且不含路径',
  'pdf.notConverted': (p: { file: string }) => `LibreOffice 未能把「${p.file}」转换为 PDF`,
  'pdf.timeout': (p: { seconds: number }) => `LibreOffice 转换 PDF 超时（${p.seconds} 秒），已终止`,
  'pdf.cannotStart': (p: { detail: string }) => `无法启动 LibreOffice：${p.detail}`,
  'pdf.failed': (p: { code: string; detail: string }) =>
    `LibreOffice 转换 PDF 失败（退出码 ${p.code}）：${p.detail}`,

  // 绩效目标申报表 (targets-sheet)
  'targets.notDeclaration': (p: { file: string }) => `文件「${p.file}」中没有找到绩效目标申报表`,
  'targets.notDeclarationHint': () =>
    '申报表的标题应为「项目支出绩效目标申报表」或「部门（单位）整体支出绩效目标申报表」',
  'targets.noYear': () => '标题下未写预算年度，例如「（2022年度）」',
  'targets.labelMissing': (p: { label: string }) => `未找到「${p.label}」：申报表应填写此项`,
  'targets.noIndicatorTable': () => '未找到绩效指标表：表头应有「一级指标」「三级指标」「指标值」「分值」',
  'targets.unknownAttribute': (p: { text: string }) =>
    `「${p.text}」不是项目属性：应为「新增项目」或「延续项目」`,
  'targets.unknownBasis': (p: { text: string }) =>
    `「${p.text}」不是指标值设定依据：应为计划标准、行业标准、历史标准或其他标准`,
  'targets.unknownCore': (p: { text: string }) => `「${p.text}」不是核心指标标记：核心指标填「★」，否则留空`,
  'targets.unknownComparator': (p: { text: string }) =>
    `「${p.text}」的比较方式无法识别：请写 ≥、≤、= 加数值（如「≥120」），定性指标写文字`,
  'targets.dataDamaged': () => '申报表的隐藏数据表已损坏，请用 jixiao 重新导出申报表',
  // indicator library workbook (library-sheet/)
  'library.sheetName': () => '指标库',
  'library.noHeader': (p: { file: string }) => `文件「${p.file}」中没有找到指标库表头`,
  'library.noHeaderHint': (p: { columns: string }) => `表头须有这些列：${p.columns}`,
  'library.sheetInvalid': (p: { file: string; count: number }) =>
    `文件「${p.file}」中的指标库有 ${p.count} 处问题，未导入任何条目`,
  'library.unknownCategory': (p: { value: string; choices: string }) =>
    `不认识的类别「${p.value}」，可选：${p.choices}`,
  'library.badComparator': (p: { value: string }) => `「${p.value}」不是指标性质，请填写 ≥、≤、= 或 定性`,
  'library.badBasis': (p: { value: string; choices: string }) =>
    `「${p.value}」不是设定依据，可选：${p.choices}`,
  'library.badYesNo': (p: { value: string }) => `「${p.value}」应填写“是”或“否”`,
  'library.badStatus': (p: { value: string }) => `「${p.value}」应填写“在用”或“停用”`,
  'library.duplicateId': (p: { id: string; row: number }) => `编号「${p.id}」与第 ${p.row} 行重复`,
  'library.empty': (p: { file: string }) => `文件「${p.file}」的指标库没有任何条目`,
  'library.yes': () => '是',
  'library.no': () => '否',
};
