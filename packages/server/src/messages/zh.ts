import { ACCOUNT_LIMITS } from '../users/limits';
/**
 * The API's sentences in Chinese; en.ts has the same keys and parameters. A client gets one language,
 * chosen by Accept-Language in http/errors.ts. Names typed by users are quoted 「…」 by the template.
 */
export const zh = {
  // the error handler
  'http.notFound': (p: { what: string }) => `${p.what}不存在或无权查看`,
  'http.noRoute': (p: { method: string; path: string }) => `找不到 ${p.method} ${p.path}`,
  'http.forbidden': () => '没有权限执行此操作',
  'http.staleVersion': (p: { given: number; current: number }) =>
    `数据已被他人修改（您编辑的是第 ${p.given} 版，当前为第 ${p.current} 版）。请刷新后在最新版本上修改，您的修改未保存。`,
  'http.invalidPart': (p: { part: string }) => `${p.part}不符合要求`,
  'http.invalidPartCount': (p: { part: string; count: number }) => `${p.part}有 ${p.count} 处不符合要求`,
  'http.invalidValue': () => '不符合要求',
  'http.rateLimited': () => '请求过于频繁，请稍后再试',
  'http.tooLarge': () => '上传内容过大',
  'http.unsupportedMediaType': () => '不支持的内容类型',
  'http.badRequest': () => '请求无法处理，请检查格式',
  'http.internal': () => '服务器内部错误，请稍后重试；如持续出现请联系管理员',
  'part.body': () => '填写的内容',
  'part.querystring': () => '查询参数',
  'part.params': () => '路径参数',
  'part.headers': () => '请求头',
  'part.request': () => '请求',

  // messages named in route schemas (validation.ts renders them)
  'schema.username': () => '用户名只能用字母、数字和 _ . @ -，2–64 个字符',
  'schema.nameEmpty': () => '名称不能为空',
  'schema.regionCode': () => '财政区划代码为 6 位数字',
  'schema.projectNameEmpty': () => '项目名称不能为空',
  'schema.displayName': () => `姓名不能为空，最多 ${ACCOUNT_LIMITS.displayNameMax} 个字符`,
  'schema.nameTooLong': () => `名称最多 ${ACCOUNT_LIMITS.organisationNameMax} 个字符`,
  'schema.organisationCode': () =>
    `代码（统一社会信用代码或单位编码）最多 ${ACCOUNT_LIMITS.organisationCodeMax} 个字符，只能用字母、数字和 -`,

  // things that may be missing
  'entity.organisation': () => '组织',
  'entity.evaluation': () => '自评',
  'entity.budget': () => '预算',
  'entity.project': () => '项目',
  'entity.job': () => '作业',
  'entity.user': () => '用户',
  'entity.fiscalYear': () => '预算年度',

  // sessions and access
  'auth.loginRequired': () => '请先登录',
  'auth.badCredentials': () => '用户名或密码错误',
  'auth.locked': (p: { minutes: number }) =>
    `该用户名登录失败次数过多，已暂停登录，请 ${p.minutes} 分钟后再试`,
  'auth.loginFailed': () => '登录失败',
  'auth.tooManyAttempts': (p: { minutes: number }) => `登录尝试过于频繁，请 ${p.minutes} 分钟后再试`,
  'auth.csrf': () => '安全令牌无效或缺失，请刷新页面后重试',
  'auth.changePasswordFirst': () => '请先修改初始密码（点右上角「修改密码」），再进行其他操作',
  'auth.outOfScope': () => '该数据不属于您有权限的单位',
  'auth.currentPasswordWrong': () => '当前密码不正确',
  'auth.passwordAttempts': (p: { minutes: number }) => `当前密码输错次数过多，请 ${p.minutes} 分钟后再试`,
  'password.tooShort': (p: { min: number; passphrase: number }) =>
    `密码至少 ${p.min} 个字符（含大写字母、小写字母、数字、符号中的三类），或使用至少 ${p.passphrase} 个字符的口令短语`,
  'password.tooFewClasses': (p: { classes: number; passphrase: number }) =>
    `密码须包含大写字母、小写字母、数字、符号中的至少 ${p.classes} 类，或使用至少 ${p.passphrase} 个字符的口令短语`,
  'password.tooRepetitive': (p: { distinct: number }) => `口令短语须包含至少 ${p.distinct} 个不同的字符`,
  'password.common': () => '该密码过于常见，请换一个',
  'password.sameAsOld': () => '新密码不能与当前密码相同',
  'password.adminFromEnv': (p: { problem: string }) => `JIXIAO_ADMIN_PASSWORD 不符合密码规则：${p.problem}`,

  // organisations and users
  'kind.financeBureau': () => '财政局',
  'kind.department': () => '主管部门',
  'kind.unit': () => '单位',
  'role.preparer': () => '单位填报人',
  'role.unitApprover': () => '单位负责人',
  'role.departmentReviewer': () => '主管部门审核人',
  'role.financeReviewer': () => '财政局审核人',
  'role.admin': () => '系统管理员',
  'organisation.bureauHasNoParent': () => '财政局不能有上级组织',
  'organisation.parentRequired': () => '必须指定上级组织',
  'organisation.parentMissing': () => '上级组织不存在',
  'organisation.wrongChildKind': (p: { parent: string; child: string }) =>
    `${p.parent}下不能直接建${p.child}`,
  'organisation.duplicateName': (p: { name: string }) => `同一上级下已有名为「${p.name}」的组织`,
  'organisation.codeTaken': (p: { code: string }) => `同一财政区划内已有代码为「${p.code}」的组织`,
  'organisation.regionCodesTaken': (p: { region: string }) =>
    `财政区划 ${p.region} 内已有组织使用了本财政局或其下级的代码，请先修改重复的代码`,
  'organisation.regionFromParent': (p: { region: string }) =>
    `主管部门和单位的财政区划随上级（${p.region}），不能另填`,
  'organisation.regionOnlyBureau': () => '只有财政局可以修改财政区划代码；主管部门和单位随上级',
  'organisation.notEmpty': (p: { name: string; what: string }) =>
    `「${p.name}」下还有 ${p.what}，不能删除；请先删除或移走这些数据`,
  'organisation.children': (p: { count: number }) => `${p.count} 个下级组织`,
  'organisation.users': (p: { count: number }) => `${p.count} 个用户`,
  'organisation.evaluations': (p: { count: number }) => `${p.count} 份自评`,
  'organisation.budgets': (p: { count: number }) => `${p.count} 条预算`,
  'organisation.projects': (p: { count: number }) => `${p.count} 个项目`,
  'user.adminHasNoOrganisation': () => '系统管理员不属于某个组织',
  'user.shouldBeEmpty': () => '应为空',
  'user.roleNeedsOrganisation': (p: { role: string; kind: string }) => `${p.role}须指定一个${p.kind}`,
  'user.usernameTaken': (p: { username: string }) => `用户名「${p.username}」已被使用`,
  'user.cannotResetSelf': () => '不能重置自己的密码；请用「修改密码」',
  'user.cannotChangeSelf': () => '不能停用自己或修改自己的角色（请由另一位系统管理员操作）',
  'fiscalYear.exists': (p: { year: number }) => `${p.year} 年度已存在`,
  'budget.onlyUnits': () => '只能为单位（预算单位）登记预算和项目',
  'budget.exists': (p: { unit: string; year: number }) =>
    `「${p.unit}」${p.year} 年度的预算已存在，请修改已有记录`,

  // evaluations and their workflow
  'status.draft': () => '草稿',
  'status.submitted': () => '已提交',
  'status.signed': () => '单位已签批（待审核）',
  'status.approved': () => '已审核',
  'status.returned': () => '已退回',
  'status.departmentApproved': () => '主管部门已初审（待财政局复审）',
  'action.submit': () => '提交',
  'action.sign': () => '签批',
  'action.approve': () => '审核通过',
  'action.return': () => '退回',
  'action.withdraw': () => '撤回',
  'evaluation.onlyUnits': () => '自评只能建在单位（预算单位）下',
  'evaluation.projectNotOfUnit': () => '所选项目不属于该单位',
  'evaluation.notEditable': (p: { status: string }) =>
    `自评当前状态为「${p.status}」，只有草稿或已退回的自评可以修改`,
  'evaluation.notDeletable': (p: { status: string }) =>
    `自评当前状态为「${p.status}」，只有草稿或已退回的自评可以删除`,
  'evaluation.wrongStatus': (p: { status: string; action: string }) =>
    `自评当前状态为「${p.status}」，不能${p.action}`,
  'evaluation.errorsBlockSubmit': (p: { count: number }) => `自评还有 ${p.count} 个错误，改正后才能提交`,
  'evaluation.warningsNeedNotes': (p: { count: number }) =>
    `还有 ${p.count} 条警告未说明：请对每条警告填写确认说明后再提交`,
  'evaluation.findingWithCode': (p: { message: string; code: string }) => `${p.message}（${p.code}）`,
  'evaluation.returnNeedsReason': () => '退回时必须填写退回理由',
  'evaluation.writeReason': () => '请填写退回理由',
  'evaluation.notYourTurn': (p: { status: string; role: string }) =>
    `自评当前状态为「${p.status}」，现在应由${p.role}处理，审核须按流程逐级进行`,
  'evaluation.withdrawOwnStep': () => '只有完成上一步操作的本人可以撤回',
  'evaluation.batchFailed': (p: { count: number }) =>
    `批量操作未执行：${p.count} 条自评不能处理（全部未改动），请去掉这些条目后重试`,
  'evaluation.batchItem': (p: { title: string; message: string }) => `「${p.title}」：${p.message}`,
  'evaluation.commentNotFound': () => '批注不存在或不属于这份自评',
  'evaluation.replyToReply': () => '只能回复原批注，不能回复回复',
  'evaluation.resolveNotAllowed': () => '只有批注人或审核人可以标记批注为已解决或重新打开',
  'evaluation.commentEmpty': () => '批注内容不能为空',
  'evaluation.writeComment': () => '请填写批注内容',
  'label.project': () => '项目',
  'label.returnReason': () => '退回理由',
  'label.comment': () => '批注',
  'label.unitName': () => '单位名称',
  'label.fiscalYear': () => '预算年度',
  'figure.initialBudget': () => '年初预算数',
  'figure.adjustedBudget': () => '全年预算数',
  'figure.executed': () => '全年执行数',
  'figure.basicExpenditure': () => '基本支出',
  'figure.projectExpenditure': () => '项目支出',
  'figure.fiscalAppropriation': () => '财政拨款收入',
  'figure.otherIncome': () => '其他收入',
  'figure.carryover': () => '结转结余',

  // uploads and imports
  'upload.multipartEvaluations': () => '请以 multipart/form-data 上传文件（表单字段 file，可多个）',
  'upload.multipartReports': () => '请以 multipart/form-data 上传报告文件（表单字段 file，可多个）',
  'upload.tooManyFiles': (p: { max: number }) => `一次最多审核 ${p.max} 个文件，请分批上传`,
  'upload.totalTooLarge': (p: { mb: number }) => `上传文件合计超过 ${p.mb} MB，请分批上传`,
  'upload.fileOverLimit': (p: { file: string; mb: number }) => `文件「${p.file}」超过 ${p.mb} MB，拒绝上传`,
  'upload.tooManyUploads': (p: { max: number }) => `一次最多上传 ${p.max} 个文件，请分批上传`,
  'upload.noFile': () => '没有收到文件',
  'upload.fileTooLarge': (p: { file: string }) => `文件「${p.file}」超过上传大小上限`,
  'upload.malformed': () => '上传内容不完整或格式错误（multipart/form-data），请重新上传',
  'import.onlyUnits': () => '自评只能导入到单位（预算单位）下',
  'import.problems': (p: { count: number }) =>
    `导入文件有 ${p.count} 处问题，未导入任何数据；请逐一修改后重新导入`,
  'import.zipWithoutSheets': () => '压缩包中没有 .xlsx / .json / .csv 文件',
  'import.notZip': () => '无法作为 .zip 压缩包打开（文件可能已损坏）',
  'import.notWorkbook': () => '无法作为 Excel 工作簿打开（文件可能已损坏或过大）',
  'import.duplicateLine': (p: { first: number }) => `与第 ${p.first} 行重复：同一单位同一年度只能有一行`,
  'import.nothingFound': () => '没有找到可导入的自评表或预算表',
  'import.moreProblems': (p: { count: number }) => `另有 ${p.count} 处问题未列出`,
  'import.rowsNotAllowed': (p: { count: number }) => `您无权写入本次导入中的 ${p.count} 行，未导入任何数据`,
  'import.mayNotWriteBudget': () => '您的角色不能修改该单位的预算决算数',
  'import.mayNotWriteEvaluation': () => '您的角色不能为该单位导入自评',
  'import.noUnitWithCode': (p: { code: string }) => `没有代码为「${p.code}」的单位（或不在本次导入的范围内）`,
  'import.ambiguousUnit': (p: { count: number; name: string }) =>
    `有 ${p.count} 个名为「${p.name}」的单位，请填写单位代码区分`,
  'import.noUnitNamed': (p: { name: string }) =>
    `没有名为「${p.name}」的单位（或不在本次导入的范围内）；请先在系统中建立该单位`,
  'import.noUnitCodeOrName': (p: { code: string; name: string }) =>
    `没有代码为「${p.code}」或名为「${p.name}」的单位（或不在本次导入的范围内）；请先在系统中建立该单位`,
  'import.unitDiffers': (p: { sheet: string; target: string }) =>
    `表中的单位是「${p.sheet}」，要导入到的单位是「${p.target}」`,
  'import.departmentDiffers': (p: { sheet: string; target: string }) =>
    `表中的主管部门是「${p.sheet}」，要导入到的单位属于「${p.target}」`,
  'import.yearDiffers': (p: { sheet: number; target: number }) =>
    `表中的预算年度是 ${p.sheet} 年，要导入的年度是 ${p.target} 年`,
  'import.confirmDifferences': (p: { count: number }) =>
    `导入的表与要导入到的单位或年度有 ${p.count} 处不同，请先确认后再导入（未导入任何数据）`,
  'import.unitNameEmpty': () => '单位名称为空',
  'import.badYear': (p: { text: string }) => `「${p.text}」不是 2000–2100 之间的年度`,
  'import.badAmount': (p: { text: string }) => `「${p.text}」不是金额（非负数，最多两位小数）`,

  // reports audited over HTTP
  'audit.legacyFormat': (p: { ext: string; file: string }) =>
    `不支持旧版 ${p.ext} 格式：请在 Word/WPS/Excel 中另存为 .docx 或 .xlsx 后再审核「${p.file}」`,
  'audit.unsupportedType': (p: { ext: string; file: string }) =>
    `不支持的文件类型「${p.ext}」：可审核 .docx、.pdf、.txt、.md 报告和 .xlsx、.csv、.json 自评表（${p.file}）`,
  'audit.noExtension': () => '无扩展名',
  'audit.truncated': (p: { file: string }) =>
    `无法读取文件「${p.file}」：超过上传大小上限，请确认选择了正确的文件`,
  'audit.internal': (p: { file: string }) => `无法读取文件「${p.file}」：读取时发生内部错误，请另存后重试`,

  // the start banner of jixiao serve
  'start.listening': (p: { url: string }) => `jixiao 已启动：${p.url}    API 文档：${p.url}/api/docs`,
  'start.database': (p: { database: string }) => `数据库：${p.database}`,
  'start.demo': (p: { count: number }) => `已载入 ${p.count} 份演示自评（删除：jixiao demo remove）`,
  'start.adminCreated': () => '首次启动，已创建系统管理员账户（密码只显示这一次，首次登录后请修改）：',
  'start.username': (p: { username: string }) => `  用户名：${p.username}`,
  'start.password': (p: { password: string }) => `  密码：  ${p.password}`,
  'start.adminFromEnv': (p: { username: string }) =>
    `已创建系统管理员账户 ${p.username}（密码取自 JIXIAO_ADMIN_PASSWORD）`,
  'schema.badId': () => '编号格式不正确',

  // jobs and the data folder
  'job.gaveUp': (p: { attempts: number }) => `作业已尝试 ${p.attempts} 次仍未完成，已停止`,
  'job.scopeGone': () => '导入的目标组织已不存在',
  'job.failed': () => '作业执行出错，请稍后重试；如持续出现请联系管理员',
  'job.workerDied': () => '处理该任务的进程已停止，请重新提交',
  'data.folderInUse': (p: { dir: string; pid: string }) =>
    `数据文件夹「${p.dir}」正被另一个 jixiao 进程（pid ${p.pid}）使用；请先停止该进程（内置数据库不能被两个进程同时打开）`,
  'data.readUrlWithoutPrimary': () =>
    '设置了 DATABASE_READ_URL（只读副本）却没有设置 DATABASE_URL（主库）；只读副本只能与 PostgreSQL 主库一起使用',
  'demo.hasRealData': () =>
    '演示组织下已有正式数据（组织、自评、预算或项目），为避免误删，未删除任何演示数据；请先把这些数据移出演示组织',

  // heavy work, storage quotas, control characters (http/, heavy/)
  'heavy.busy': () => '服务器正忙，请稍后重试',
  'heavy.tooComplex': () =>
    '上传的文件过于复杂，读取时超出了服务器的内存限制；请检查文件是否损坏，或拆分后再上传',
  'heavy.timedOut': (p: { seconds: number }) =>
    `读取上传的文件超过 ${p.seconds} 秒仍未完成，已停止；请检查文件是否损坏，或拆分后再上传`,
  'input.controlChar': (p: { field: string; position: number }) =>
    `「${p.field}」含有不可见的控制字符（第 ${p.position} 个字符），请删除后重试`,
  'input.controlCharIn': (p: { part: string }) => `${p.part}含有不可见的控制字符`,
  'field.name': () => '名称',
  'field.username': () => '用户名',
  'field.password': () => '密码',
  'field.currentPassword': () => '当前密码',
  'field.newPassword': () => '新密码',
  'field.displayName': () => '姓名',
  'field.text': () => '内容',
  'field.title': () => '标题',
  'quota.exceeded': (p: { quota: string; used: string; adding: string }) =>
    `本单位已存储 ${p.used} MB，本次写入 ${p.adding} MB 将超过 ${p.quota} MB 的存储配额，未保存任何内容；请删除不再需要的草稿或导入文件，或请管理员提高配额（JIXIAO_ORG_QUOTA_MB）`,

  // fiscal years' deadlines, custom rule sets and their assignment to regions (routes/fiscal-years.ts, rule-sets.ts)
  'schema.date': () => '日期须写成“年-月-日”（例如 2026-03-31），且须是日历上有的日子',
  'field.deadline.declaration': () => '目标申报截止日期',
  'field.deadline.monitoring': () => '运行监控截止日期',
  'field.deadline.selfEvaluation': () => '绩效自评截止日期',
  'field.deadline.review': () => '审核截止日期',
  'field.ruleSetId': () => '规则集标识（id）',
  'entity.ruleSetAssignment': () => '规则集指定',
  'ruleSet.builtinId': (p: { id: string }) =>
    `规则集标识「${p.id}」是内置规则集的标识，自定义规则集不能使用；请在文件中把 id 改为另一个标识（小写字母、数字和连字符）`,
  'ruleSet.versionExists': (p: { id: string; version: string }) =>
    `规则集「${p.id}」的版本「${p.version}」已经上传过；修改后请在文件中写一个新的版本号（version）再上传`,
  'ruleSet.regionOnly': (p: { name: string }) =>
    `「${p.name}」不是区划：规则集只能指定给组织树最上一级的区划（财政局）`,
  'ruleSet.yearMissing': (p: { year: number }) =>
    `${p.year} 年度尚未建立，请先在“年度与截止日期”中新建该年度`,
  'ruleSet.assignmentExists': (p: { year: number }) =>
    `该区划 ${p.year} 年度的规则集指定已被修改，请刷新后再改`,
  // target declarations (declarations/)
  'entity.declaration': () => '绩效目标申报表',
  'declaration.onlyUnits': () => '绩效目标申报表只能建在单位（预算单位）下',
  'declaration.notEditable': (p: { status: string }) => `申报表当前为「${p.status}」，不能修改`,
  'declaration.notDeletable': (p: { status: string }) => `申报表当前为「${p.status}」，只有草稿可以删除`,
  'declaration.errorsBlockSubmit': (p: { count: number }) => `绩效目标还有 ${p.count} 个错误，改正后才能提交`,
  'declaration.checklistRequired': () => '审核通过前须逐项填写审核要点（完整性、相关性、适当性、可行性）',
  'declaration.checklistNotPassed': (p: { dimensions: string }) =>
    `审核要点「${p.dimensions}」为不通过，不能审核通过；请退回并写明理由`,
  'declaration.adjustOnlyApproved': () => '只有审核通过的申报表才能调整指标值',
  'declaration.adjustOnlyTargets': () =>
    '调整指标值期间只能修改所调整指标的调整后指标值和调整理由，其他内容已审核锁定',
  'declaration.evaluationOnlyApproved': () => '只有审核通过的申报表才能生成自评',
  'declaration.evaluationExists': () => '这份申报表已经生成过自评',
  'declaration.dimension.completeness': () => '完整性',
  'declaration.dimension.relevance': () => '相关性',
  'declaration.dimension.appropriateness': () => '适当性',
  'declaration.dimension.feasibility': () => '可行性',
  'label.checklist': () => '审核要点',
  'declaration.wrongStatus': (p: { status: string; action: string }) =>
    `申报表当前状态为「${p.status}」，不能${p.action}`,
  'declaration.notYourTurn': (p: { status: string; role: string }) =>
    `申报表当前状态为「${p.status}」，现在应由${p.role}处理，审核须按流程逐级进行`,
  'label.adjustments': () => '调整指标值',
  // indicator library (routes/indicator-library.ts)
  'entity.libraryEntry': () => '指标库条目',
  'library.idTaken': (p: { id: string }) => `编号「${p.id}」已被指标库中的另一条目使用`,
  'library.idFixed': () => '编号不能修改：申报表按编号引用条目，如需另一编号请新增条目',
  'library.changedMeanwhile': (p: { id: string }) =>
    `条目「${p.id}」在导入期间被他人修改，未导入任何条目，请重新预览后再导入`,
  'library.notXlsx': (p: { file: string }) => `文件「${p.file}」不是 .xlsx 工作簿，指标库只能从 .xlsx 导入`,
  // monitoring reports (双监控, issue 13)
  'entity.monitoring': () => '绩效监控表',
  'monitoring.onlyUnits': () => '绩效监控表只能建在单位（预算单位）下',
  'monitoring.notEditable': (p: { status: string }) =>
    `绩效监控表当前状态为「${p.status}」，只有草稿或已退回的监控表可以修改`,
  'monitoring.notDeletable': (p: { status: string }) =>
    `绩效监控表当前状态为「${p.status}」，只有草稿或已退回的监控表可以删除`,
  'monitoring.wrongStatus': (p: { status: string; action: string }) =>
    `绩效监控表当前状态为「${p.status}」，不能${p.action}`,
  'monitoring.notYourTurn': (p: { status: string; role: string }) =>
    `绩效监控表当前状态为「${p.status}」，现在应由${p.role}处理，审核须按流程逐级进行`,
  'action.followUp': () => '记录整改意见',
  'monitoring.noSecondRound': () => '该区划本年度的规则集没有二次监控',
  'monitoring.secondRoundOfSecond': () => '二次监控表不能再开二次监控',
  'monitoring.secondRoundExists': () => '该监控表的二次监控表已经开启',
  'monitoring.notFocus': () => '只有列入重点监控的项目才开启二次监控',
  'monitoring.sheet': () => '监控总览',
  'monitoring.col.organisation': () => '单位',
  'monitoring.col.department': () => '主管部门',
  'monitoring.col.title': () => '项目',
  'monitoring.col.status': () => '状态',
  'monitoring.col.executionProgress': () => '执行进度（%）',
  'monitoring.col.timeProgress': () => '时序进度（%）',
  'monitoring.col.red': () => '红灯',
  'monitoring.col.yellow': () => '黄灯',
  'monitoring.col.green': () => '绿灯',
  'monitoring.col.blue': () => '蓝灯',
  'monitoring.col.focus': () => '重点监控',
  'monitoring.yes': () => '是',
  'monitoring.no': () => '否',
  // monitoring started from a declaration (targets-glue, issue 13)
  'monitoring.declarationNotOfUnit': () => '该单位没有这份绩效目标申报表，只能从本单位的申报表开始监控',
  'monitoring.declarationNotApproved': () => '只有审核通过的绩效目标申报表才能开始监控',
  'monitoring.declarationReportExists': (p: { month: number }) =>
    `这份申报表 1—${p.month} 月的绩效监控表已经建立`,
  // 信息公开 (publications/, issue 14 §4–5)
  'entity.publication': () => '公开信息',
  'publication.notApproved': (p: { what: string; status: string }) =>
    `${p.what}当前为「${p.status}」，只有审核通过（已终审）的才能公开`,
  'publication.alreadyPublished': () => '这一项已经公开；如需更新，请先撤回再重新公开',
  'publication.alreadyWithdrawn': () => '这条公开信息已经撤回',
  'publication.reasonRequired': () => '撤回须填写理由',
  'publication.publisherFinance': () => '按本地规则，由财政局公开；主管部门不能公开',
  'publication.publisherDepartment': () => '按本地规则，由主管部门公开；财政局不能公开',
  'publication.noFile': (p: { file: string }) => `这条公开信息没有${p.file}`,
  'publication.file.pdf': () => '报告 PDF',
  'publication.file.xlsx': () => '表格 .xlsx',
  'publication.unscored': () => '未评分',
  // 结果应用 (results application, issue 14)
  'results.notApproved': (p: { status: string }) =>
    `自评当前状态为「${p.status}」，只有审核通过的自评才有结果应用建议`,
  'results.publishWhere': () => '请指定要公开结果应用清单的组织（organisationId）',
  'results.nothingToPublish': (p: { year: number }) =>
    `${p.year}年度还没有审核通过的自评，没有可公开的结果应用清单`,
  'results.publicationTitle': (p: { year: number }) => `${p.year}年度绩效自评结果应用清单`,
  'results.cutBeyondBudget': (p: { change: string; budget: string }) =>
    `核减金额 ${p.change}万元 超过了全年预算数 ${p.budget}万元`,
  'schema.resultReason': () => '请填写调整理由（1–500 个字符）',
  'schema.resultChange': () => '调整金额须写成最多两位小数的数字字符串（万元，核减写负数），例如 "-12.00"',
  'results.sheet': () => '结果应用建议',
  'results.col.department': () => '主管部门',
  'results.col.unit': () => '单位',
  'results.col.title': () => '项目（部门整体为单位名称）',
  'results.col.kind': () => '类型',
  'results.col.score': () => '总分',
  'results.col.grade': () => '等级',
  'results.col.budget': () => '全年预算数（万元）',
  'results.col.suggestion': () => '应用建议',
  'results.col.percent': () => '调整比例（%）',
  'results.col.change': () => '建议调整金额（万元）',
  'results.col.rule': () => '依据',
  'results.col.reason': () => '调整理由',
  'results.subtotal': () => '小计',
  'results.total': () => '合计',
  'results.noDepartment': () => '（直属财政局的单位）',
  'results.kind.project': () => '项目支出',
  'results.kind.unitWide': () => '部门整体',
  // rectification ledger (整改台账, issue 14)
  'entity.rectification': () => '整改事项',
  'rectification.onlyUnits': () => '整改事项的责任单位须是单位（预算单位）',
  'rectification.notEditable': (p: { status: string }) =>
    `整改事项当前状态为「${p.status}」，已销号的事项不能修改`,
  'rectification.wrongStatus': (p: { status: string; action: string }) =>
    `整改事项当前状态为「${p.status}」，不能${p.action}`,
  'rectification.needsReason': (p: { action: string }) => `${p.action}须写明理由`,
  'rectification.writeReport': () => '请写明整改情况（做了什么、结果如何）',
  'rectification.writeReturnReason': () => '请写明退回理由（还需要做什么）',
  'rectification.noSuchFinding': (p: { code: string }) =>
    `该自评的审核检查中没有代码为「${p.code}」、位于该位置的审核发现`,
  'rectification.noReturn': () => '该自评没有被退回过，没有可登记的退回意见',
  'rectification.noSuchTrigger': (p: { code: string }) =>
    `该监控表的监控结果中没有「${p.code}」这条重点监控触发条件`,
  'rectification.sourceExists': () => '这条问题已经登记为整改事项，不重复登记',
  'status.pending': () => '待整改',
  'status.inProgress': () => '整改中',
  'status.reported': () => '待销号',
  'status.closed': () => '已销号',
  'action.start': () => '开始整改',
  'action.report': () => '报送整改情况',
  'action.close': () => '销号',
  'label.rectificationReport': () => '整改情况',
  'label.measure': () => '整改要求',
  'label.problem': () => '存在问题',
  'label.findingCode': () => '审核规则代码',
  'label.triggerCode': () => '重点监控触发条件',
  // evidence (佐证材料, issue 14 §3)
  'entity.evidence': () => '佐证材料',
  'evidence.badType': (p: { file: string }) =>
    `文件「${p.file}」的类型不受支持：佐证材料只接受 PDF、PNG、JPEG 图片、Word（.docx）和 Excel（.xlsx）文件`,
  'evidence.contentMismatch': (p: { file: string; extension: string; found: string }) =>
    `文件「${p.file}」的内容与扩展名 .${p.extension} 不符（内容是${p.found}），未上传；请上传真实的 .${p.extension} 文件或改正扩展名`,
  'evidence.found.pdf': () => ' PDF 文件',
  'evidence.found.png': () => ' PNG 图片',
  'evidence.found.jpeg': () => ' JPEG 图片',
  'evidence.found.docx': () => ' Word（.docx）文档',
  'evidence.found.xlsx': () => ' Excel（.xlsx）工作簿',
  'evidence.found.zip': () => '不含 Word 或 Excel 内容的 zip 压缩包',
  'evidence.found.unknown': () => '无法识别的数据',
  'evidence.empty': (p: { file: string }) => `文件「${p.file}」是空文件，未上传`,
  'evidence.tooMany': (p: { max: number; place: string }) =>
    `${p.place}已有 ${p.max} 份佐证材料，达到上限，未上传；请先删除不再需要的文件`,
  'evidence.evaluationTotal': (p: { mb: string; used: string }) =>
    `这份自评的佐证材料合计不能超过 ${p.mb} MB（已用 ${p.used} MB），未上传`,
  'evidence.badPath': (p: { path: string }) =>
    `佐证材料的位置「${p.path}」不存在：请写成 indicators.序号（绩效指标行，从 0 起）或 funds.total / funds.fiscalAppropriation / funds.priorYearCarryover / funds.otherFunds（资金行）`,
  'evidence.notEditable': (p: { status: string }) =>
    `自评当前状态为「${p.status}」，只有草稿或已退回的自评可以上传或删除佐证材料`,
  'evidence.ownerLocked': () => '该事项当前不能修改，不能上传或删除佐证材料',
  'evidence.place.indicator': (p: { n: number; name: string }) => `绩效指标第 ${p.n} 行「${p.name}」`,
  'evidence.place.funds': (p: { label: string }) => `资金行「${p.label}」`,
  'evidence.place.rectification': () => '该整改事项',
  'evidence.folder': () => '佐证材料',
};
