/**
 * The domain's sentences in Chinese, one template per key. en.ts has the same keys and parameters
 * (checked by its type); user data inside a parameter is quoted 「…」 by the template, never by callers.
 */
export const zh = {
  // where: describeLocation
  'where.file': (p: { file: string }) => `文件「${p.file}」`,
  'where.sheet': (p: { sheet: string }) => `工作表「${p.sheet}」`,
  'where.row': (p: { row: number }) => `第 ${p.row} 行`,
  'where.column': (p: { column: string }) => `${p.column} 列`,
  'where.separator': () => '，',
  'where.issue': (p: { where: string; message: string }) => `${p.where}：${p.message}`,

  // evaluation input (parseEvaluation)
  'evaluation.invalid': (p: { count: number }) => `自评数据有 ${p.count} 处问题`,
  'evaluation.invalidInFile': (p: { file: string; count: number }) =>
    `文件「${p.file}」中的自评数据有 ${p.count} 处问题`,
  'evaluation.projectNameRequired': () => '项目支出绩效自评必须填写项目名称',
  'evaluation.whole': () => '自评数据（整体）',
  'evaluation.item': (p: { label: string; n: number; item: string; name: string }) =>
    `${p.label}第 ${p.n} ${p.item}${p.name ? `（${p.name}）` : ''}`,
  'evaluation.field': (p: { parent: string; field: string }) => `${p.parent}「${p.field}」`,
  'evaluation.path': (p: { parent: string; child: string }) => `${p.parent}·${p.child}`,
  // target declaration input (parseDeclaration, adjustTargets)
  'declaration.invalid': (p: { count: number }) => `绩效目标申报数据有 ${p.count} 处问题`,
  'declaration.invalidInFile': (p: { file: string; count: number }) =>
    `文件「${p.file}」中的绩效目标申报数据有 ${p.count} 处问题`,
  'declaration.projectNameRequired': () => '项目支出绩效目标申报表必须填写项目名称',
  'declaration.whole': () => '绩效目标申报数据（整体）',
  'rectification.invalid': (p: { count: number }) => `整改事项有 ${p.count} 处问题`,
  'rectification.whole': () => '整改事项（整体）',
  'declaration.adjustmentRefused': (p: { count: number }) => `指标值调整有 ${p.count} 处问题，未作任何调整`,
  'declaration.noSuchIndicator': (p: { n: number; count: number }) =>
    `没有第 ${p.n} 个绩效指标（申报表共 ${p.count} 个）`,
  'declaration.evaluationSource': (p: { year: number }) => `由 ${p.year} 年绩效目标申报表生成`,
  'declaration.evaluationSourceWithMonitoring': (p: { year: number; month: number }) =>
    `由 ${p.year} 年绩效目标申报表生成，参照 1—${p.month} 月绩效运行监控`,
  'declaration.adjustmentReasonMissing': () => '调整指标值须写明调整理由',
  'value.missing': () => '须填写',
  'value.numberAsString': () => '数字须加英文引号，例如 "1209.56"（以免小数走样）',
  'value.wrongType': (p: { type: string }) => `须填写${p.type}`,
  'value.oneOf': (p: { values: string }) => `须从以下选择：${p.values}`,
  'value.unknownFields': (p: { keys: string }) => `不认识的字段：${p.keys}`,
  'value.notDecimal': () => '须填写数字，例如 1209.56',
  'value.decimalTooLong': () => '数字过长：整数部分最多 20 位，小数部分最多 15 位',
  'value.nameTooLong': () => '过长：最多 200 个字符',
  'value.textTooLong': () => '过长：最多 20000 个字符',
  'value.negative': () => '不能为负数',
  'value.notInteger': () => '必须是整数',
  'value.notPositive': () => '必须大于 0（不计分的指标请删去该行）',
  'value.empty': () => '不能为空',
  'value.badDate': () => '须填写日期，格式为 年-月-日，例如 2026-12-01',
  'value.tooShort': (p: { min: string }) => `至少 ${p.min} 个字`,
  'value.tooLong': (p: { max: string }) => `最多 ${p.max} 个字`,
  'value.tooSmall': (p: { min: string }) => `不能小于 ${p.min}`,
  'value.tooBig': (p: { max: string }) => `不能大于 ${p.max}`,
  'value.greaterThan': (p: { min: string }) => `须大于 ${p.min}`,
  'value.lessThan': (p: { max: string }) => `须小于 ${p.max}`,
  'value.tooFew': (p: { min: string }) => `至少填写 ${p.min} 项`,
  'value.tooMany': (p: { max: string }) => `最多填写 ${p.max} 项`,
  'value.badFormat': () => '格式不对，请按示例填写',
  'value.notMultiple': (p: { step: string }) => `须是 ${p.step} 的整数倍`,
  'value.invalid': () => '填写有误，请检查此项',
  'year.notInteger': () => '年度必须是整数',
  'year.tooEarly': () => '年度不早于 2000',
  'year.tooLate': () => '年度不晚于 2100',
  'ruleSet.badBlockKey': () => '块标识只能用字母、数字、- 和 _',
  'ruleSet.badId': () => '规则集标识只能用小写字母、数字和 -',
  'ruleSet.badReviewChain': () =>
    '审核流程至少一步，按 单位负责人签字（sign）→ 主管部门初审（departmentReview）→ 财政局复审（financeReview）的顺序，每步至多一次',
  'type.string': () => '文字',
  'type.number': () => '数字',
  'type.int': () => '整数',
  'type.boolean': () => '“是”或“否”',
  'type.object': () => '一组内容（不能只填一个值）',
  'type.array': () => '若干项的列表',
  'list.separator': () => '、',

  // report drafts (narrative)
  'draft.requested': () => '按要求生成草稿',
  'draft.sectionMissing': (p: { section: string }) => `「${p.section}」尚未填写`,
  'draft.executionMissing': () => '预算执行率缺少预算数或执行数，无法计分',
  'draft.noIndicators': () => '尚未填写绩效指标',
  'draft.unscored': (p: { count: number }) => `${p.count} 项绩效指标缺少计分所需数据`,
  'draft.errors': (p: { count: number }) => `审核发现 ${p.count} 个错误，尚未更正`,

  // an evaluation without a computable total (scoring/scored.ts)
  'score.unscored': () => '未评分',
  'score.unscored.noIndicators': () => '未填报绩效指标，无法计算总分',
  'score.unscored.noIndicatorData': () => '绩效指标均缺少计分所需数据，无法计算总分',
  'score.noGrade': () => '不评定等级',
  'score.stated': (p: { total: string }) => `单位自评报告称自评得分${p.total}分（报告所述，非本系统计算）`,
  'score.statedWithGrade': (p: { total: string; grade: string }) =>
    `单位自评报告称自评得分${p.total}分、等级为“${p.grade}”（报告所述，非本系统计算）`,
  'score.statedGrade': (p: { grade: string }) =>
    `单位自评报告称自评等级为“${p.grade}”（报告所述，非本系统计算）`,

  // rule sets
  'ruleSet.unknown': (p: { id: string; known: string }) =>
    `没有名为「${p.id}」的评分规则集。可用的规则集：${p.known}`,
  'ruleSet.knownIds': (p: { ids: string }) => `可用的规则集标识：${p.ids}`,
  'ruleSet.label': () => '评分规则集',
  'ruleSet.custom': () => '自定义规则集',
  'ruleSet.builtin': (p: { id: string }) => `内置规则集 ${p.id}`,
  'ruleSet.invalid': (p: { source: string; count: number }) =>
    `评分规则集「${p.source}」有 ${p.count} 处错误`,
  'ruleSet.field': (p: { path: string; named: string }) => `规则集字段 ${p.path}（${p.named}）`,
  'ruleSet.whole': () => '规则集',
  'ruleSet.item': (p: { n: number }) => `第 ${p.n} 项`,
  'ruleSet.unknownFields': (p: { keys: string }) => `有不认识的字段：${p.keys}（请检查拼写，或删去）`,
  'ruleSet.missingField': () => '缺少此字段',
  'ruleSet.weightsTotal': (p: { exec: string; indicators: string; sum: string; total: string }) =>
    `预算执行率分值 ${p.exec} + 绩效指标总分值 ${p.indicators} = ${p.sum}，应等于总分 ${p.total}`,
  'ruleSet.blockWeightMissing': () => '其他一级指标块都有分值，此块也要写分值',
  'ruleSet.blockWeightsSum': (p: { terms: string; sum: string; indicators: string }) =>
    `一级指标块分值之和 ${p.terms} = ${p.sum}，应等于绩效指标总分值 ${p.indicators}`,
  'ruleSet.partsNeedWeight': (p: { block: string }) => `「${p.block}」分了二级分项，必须写明本块分值`,
  'ruleSet.partWeightsSum': (p: { block: string; terms: string; sum: string; weight: string }) =>
    `「${p.block}」各分项分值之和 ${p.terms} = ${p.sum}，应等于本块分值 ${p.weight}`,
  'ruleSet.onePartWildcard': () => '最多只能有一个分项用 "*" 匹配其余指标',
  'ruleSet.duplicateBlock': (p: { key: string }) => `块标识「${p.key}」重复`,
  'ruleSet.oneBlockWildcard': () => '最多只能有一个一级指标块用 "*" 匹配其余指标',
  'ruleSet.gradeMinRange': (p: { grade: string; min: string; total: string }) =>
    `「${p.grade}」的下限 ${p.min} 应在 0 到总分 ${p.total} 之间`,
  'ruleSet.gradeOverlap': (p: { grade: string; other: string; min: string }) =>
    `「${p.grade}」与「${p.other}」的下限都是 ${p.min}，等级区间重叠`,
  'ruleSet.duplicateGrade': (p: { key: string }) => `等级「${p.key}」重复`,
  'ruleSet.lowestGrade': (p: { lowest: string }) =>
    `最低等级的下限是 ${p.lowest}，应为 0，否则 0 到 ${p.lowest} 分没有等级`,
  'ruleSet.tiersOnce': () => '达成、部分达成、未达成三档各出现一次',
  'ruleSet.tierRange': (p: { min: string; max: string }) =>
    `档次区间 [${p.min}, ${p.max}] 应在 0 到 1（分值的比例）之间`,
  'ruleSet.tierOrder': (p: { min: string; max: string }) => `档次下限 ${p.min} 应小于上限 ${p.max}`,
  'ruleSet.tierStart': (p: { min: string }) => `最低档次应从 0 开始，现为 ${p.min}，0 到 ${p.min} 没有档次`,
  'ruleSet.tierGap': (p: { from: string; to: string }) => `档次 ${p.from} 到 ${p.to} 之间有空档`,
  'ruleSet.tierOverlap': (p: { min: string; max: string }) =>
    `档次下限 ${p.min} 小于前一档上限 ${p.max}，区间重叠`,
  'ruleSet.tierTwice': (p: { value: string }) =>
    `${p.value} 同时属于两档：下一档已含下限，此档上限应不含（maxInclusive: false）`,
  'ruleSet.tierEnd': () => '最高档次应到 1（满分）为止并包含满分（maxInclusive: true）',
  'ruleSet.resultsGradeUnknown': (p: { grade: string }) => `等级「${p.grade}」不是本规则集的等级`,
  'ruleSet.resultsGradeTwice': (p: { grade: string }) =>
    `等级「${p.grade}」有两条不分分数段的规则，只能有一条`,
  'ruleSet.resultsGradeMissing': (p: { grade: string }) =>
    `等级「${p.grade}」缺少结果应用规则（须有一条不分分数段的规则）`,
  'ruleSet.resultsBandOrder': (p: { min: string; below: string }) =>
    `分数下限 ${p.min} 应小于分数上限 ${p.below}`,
  'ruleSet.resultsBandOverlap': (p: { grade: string; other: number }) =>
    `等级「${p.grade}」的分数段与第 ${p.other} 条规则的分数段重叠`,
  'ruleSet.resultsChangeRange': (p: { value: string }) => `预算调整比例 ${p.value}% 应在 −100% 至 100% 之间`,
  // indicator library entries (library/entry.ts)
  'library.invalid': (p: { count: number }) => `指标库条目有 ${p.count} 处问题`,
  'library.entry': () => '指标库条目',
  'library.badId': () => '编号只能用小写字母、数字、连字符和点，例如 output.quantity.kepu-activities',
  'library.noCategory': () => '至少选择一个适用类别',
  'library.notInTaxonomy': () => '二级指标不属于该一级指标（见共性指标框架：产出、效益、满意度、成本指标）',
  'library.quantitativeNeedsComparator': () => '定量指标须选择 ≥、≤ 或 =',
  'library.quantitativeNeedsUnit': () => '定量指标须填写度量单位',
  'library.qualitativeComparator': () => '定性指标的指标性质应为“定性”',
};
