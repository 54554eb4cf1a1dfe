import type { Lang, Localized, Message } from '@jixiao/domain';

/**
 * Every sentence the command line writes, in Chinese and English. Chinese is the default; `--lang en`
 * switches. Placeholders are written {name} and filled by `t`.
 */
const MESSAGES = {
  // program and options
  'program.description': {
    zh: 'jixiao 绩效：预算绩效自评的评分、审核、报告生成与服务（精确小数，规则可查）',
    en: 'jixiao: scoring, checking, documents and server for budget performance self-evaluations (exact decimals, inspectable rules)',
  },
  'option.lang': {
    zh: '输出语言：zh 中文，en 英文；也可设环境变量 JIXIAO_LANG',
    en: 'output language: zh Chinese, en English; or set JIXIAO_LANG',
  },
  'option.help': { zh: '显示帮助', en: 'display help for command' },
  'option.version': { zh: '显示版本号', en: 'output the version number' },
  'option.rules': {
    zh: '评分规则集：内置规则集名称（见 jixiao rules list）或规则集文件路径；默认用自评文件中写明的规则集',
    en: 'rule set: a built-in rule set name (see jixiao rules list) or a rule set file; defaults to the one named in the evaluation',
  },
  'option.json': { zh: '以 JSON 输出（小数为字符串）', en: 'print JSON (decimals as strings)' },
  'help.title.usage': { zh: '用法：', en: 'Usage:' },
  'help.title.options': { zh: '选项：', en: 'Options:' },
  'help.title.globalOptions': { zh: '全局选项：', en: 'Global Options:' },
  'help.title.commands': { zh: '命令：', en: 'Commands:' },
  'help.title.arguments': { zh: '参数：', en: 'Arguments:' },
  'help.extra.choices': { zh: '可选：', en: 'choices: ' },
  'help.extra.default': { zh: '默认：', en: 'default: ' },
  'help.extra.preset': { zh: '预设：', en: 'preset: ' },
  'help.extra.env': { zh: '环境变量：', en: 'env: ' },
  'help.usage.options': { zh: '[选项]', en: '[options]' },
  'help.usage.command': { zh: '[命令]', en: '[command]' },
  'help.command': { zh: '显示某个命令的帮助', en: 'display help for command' },

  // commands
  'score.description': {
    zh: '计算一份绩效自评的得分与等级，逐项说明计算过程，并列出审核发现',
    en: 'score a self-evaluation: execution, indicators, total and grade, each explained, plus the findings',
  },
  'score.arg.file': {
    zh: '自评文件（.json，或 jixiao 能读取的其他格式）',
    en: 'evaluation file (.json or another format jixiao reads)',
  },
  'check.description': {
    zh: '审核一份或多份绩效自评：找出数字不符、比例错误、风险等问题（有发现也正常退出）',
    en: 'check one or more self-evaluations for inconsistencies and risks (exits 0 even with findings)',
  },
  'check.arg.files': { zh: '一个或多个自评文件', en: 'one or more evaluation files' },
  'rules.description': { zh: '查看内置评分规则集', en: 'inspect the built-in rule sets' },
  'rules.list.description': { zh: '列出内置评分规则集', en: 'list the built-in rule sets' },
  'rules.show.description': {
    zh: '显示一个评分规则集的权重、公式、取舍和等级',
    en: 'show the weights, formulas, rounding and grades of a rule set',
  },
  'rules.show.arg.name': { zh: '规则集名称或规则集文件路径', en: 'rule set name or rule set file' },
  'convert.description': {
    zh: '把自评文件转换为 jixiao 的标准 JSON 格式；绩效目标申报表在 .xlsx 与 .json 之间互转',
    en: "convert an evaluation file to jixiao's canonical JSON; a target declaration between .xlsx and .json",
  },
  'convert.arg.file': {
    zh: '要转换的自评文件或绩效目标申报表',
    en: 'evaluation or target declaration file to convert',
  },
  'convert.option.to': { zh: '目标格式', en: 'target format' },
  'convert.option.out': {
    zh: '写入的文件（默认输出到屏幕）',
    en: 'file to write (default: standard output)',
  },
  'convert.written': { zh: '已写入 {file}', en: 'Written to {file}' },

  // score output
  'score.heading': { zh: '绩效自评评分', en: 'Self-evaluation score' },
  'score.file': { zh: '文件', en: 'File' },
  'score.ruleSet': { zh: '规则集', en: 'Rule set' },
  'score.unit': { zh: '单位', en: 'Unit' },
  'score.project': { zh: '项目', en: 'Project' },
  'score.year': { zh: '年度', en: 'Fiscal year' },
  'score.kind.project': { zh: '项目支出绩效自评', en: 'project expenditure self-evaluation' },
  'score.kind.unitWide': { zh: '部门（单位）整体支出绩效自评', en: 'unit-wide expenditure self-evaluation' },
  'score.execution': { zh: '预算执行', en: 'Budget execution' },
  'score.budget': { zh: '预算数', en: 'Budget' },
  'score.denominator.adjustedBudget': { zh: '全年预算数', en: 'Full-year budget' },
  'score.denominator.initialBudget': { zh: '年初预算数', en: 'Initial budget' },
  'score.denominator.fundsArrived': { zh: '实际到位资金', en: 'Funds arrived' },
  'score.executed': { zh: '全年执行数', en: 'Executed' },
  'score.executionRate': { zh: '执行率', en: 'Execution rate' },
  'score.weight': { zh: '分值', en: 'Weight' },
  'score.score': { zh: '得分', en: 'Score' },
  'score.scoreRate': { zh: '得分率', en: 'Score rate' },
  'score.basis': { zh: '依据', en: 'Basis' },
  'score.explanation': { zh: '说明', en: 'How' },
  'score.indicators': { zh: '绩效指标', en: 'Indicators' },
  'score.noIndicators': { zh: '（没有绩效指标）', en: '(no indicators)' },
  'score.level1': { zh: '一级指标', en: 'Level 1' },
  'score.name': { zh: '三级指标', en: 'Indicator' },
  'score.blocks': { zh: '分块得分', en: 'Blocks' },
  'score.block': { zh: '指标块', en: 'Block' },
  'score.indicatorCount': { zh: '指标数', en: 'Indicators' },
  'score.unmatched': { zh: '（未归入任何指标块）', en: '(in no block)' },
  'score.total': { zh: '总分', en: 'Total' },
  'score.grade': { zh: '等级', en: 'Grade' },
  'score.basis.rule': { zh: '按规则计算', en: 'rule' },
  'score.basis.tier': { zh: '定性分档', en: 'qualitative tier' },
  'score.basis.coefficient': { zh: '得分系数', en: 'coefficient' },
  'score.basis.manual': { zh: '人工认定', en: 'manual' },
  'score.basis.missing': { zh: '数据不足', en: 'missing data' },

  'score.note': { zh: '注意', en: 'Note' },
  'score.note.kindMismatch': {
    zh: '规则集「{ruleSet}」适用于{kinds}，本自评是{kind}；得分按该规则集计算，仅供参考',
    en: 'rule set "{ruleSet}" is meant for {kinds}, this is a {kind}; the score follows it for reference only',
  },

  // findings
  'findings.heading': { zh: '审核发现', en: 'Findings' },
  'findings.summary': {
    zh: '错误 {error} 项，警告 {warning} 项，提示 {info} 项',
    en: 'errors: {error}, warnings: {warning}, notes: {info}',
  },
  'findings.none': { zh: '没有审核发现。', en: 'No findings.' },
  'findings.where': { zh: '位置', en: 'Where' },
  'findings.expected': { zh: '应为', en: 'expected' },
  'findings.actual': { zh: '所填', en: 'stated' },
  'findings.numbers': { zh: '相关数字', en: 'figures' },
  'findings.fileHeading': { zh: '文件：{file}', en: 'File: {file}' },

  // rules
  'rules.id': { zh: '名称', en: 'Name' },
  'rules.title': { zh: '规则集', en: 'Rule set' },
  'rules.version': { zh: '版本', en: 'Version' },
  'rules.kinds': { zh: '适用', en: 'For' },
  'rules.source': { zh: '依据', en: 'Source' },
  'rules.about': { zh: '说明', en: 'Description' },
  'rules.totalWeight': { zh: '总分', en: 'Total points' },
  'rules.execution': {
    zh: '预算执行率：{weight} 分，执行率 = 全年执行数 ÷ {denominator}，得分 = 执行率 × {weight}（不超过 {weight} 分），{from}',
    en: 'Budget execution: {weight} points, rate = executed ÷ {denominator}, score = rate × {weight} (at most {weight}), {from}',
  },
  'rules.execution.roundedRate': {
    zh: '用四舍五入后的执行率计算',
    en: 'computed from the rate as displayed (rounded)',
  },
  'rules.execution.exactRate': { zh: '用精确执行率计算', en: 'computed from the exact rate' },
  'rules.indicatorWeight': { zh: '绩效指标合计：{weight} 分', en: 'Indicators together: {weight} points' },
  'rules.blocks': { zh: '指标块', en: 'Blocks' },
  'rules.matches': { zh: '对应一级指标', en: 'matches level-1' },
  'rules.matchesAny': { zh: '其余各项', en: 'any other' },
  'rules.parts': { zh: '其中', en: 'parts' },
  'rules.scoring': { zh: '评分公式', en: 'Scoring' },
  'rules.scoring.higher': {
    zh: '正向指标（≥）：完成值 B ≥ 指标值 A 得满分，否则 B ÷ A × 分值',
    en: 'Higher is better (≥): full points when B ≥ A, otherwise B ÷ A × weight',
  },
  'rules.scoring.lower.ratio': {
    zh: '反向指标（≤）：B ≤ A 得满分，否则 A ÷ B × 分值',
    en: 'Lower is better (≤): full points when B ≤ A, otherwise A ÷ B × weight',
  },
  'rules.scoring.lower.linearToDouble': {
    zh: '反向指标（≤）：B ≤ A 得满分，A < B < 2A 时 (1 − (B − A) ÷ A) × 分值，B ≥ 2A 得 0 分',
    en: 'Lower is better (≤): full points when B ≤ A, (1 − (B − A) ÷ A) × weight below 2A, 0 from 2A',
  },
  'rules.scoring.equal.asHigherIsBetter': {
    zh: '等于指标（=）：按正向指标计分（A = 0 时全有或全无）',
    en: 'Equal (=): scored as higher-is-better (all or nothing when A = 0)',
  },
  'rules.scoring.equal.exactOnly': {
    zh: '等于指标（=）：完全相等才得满分，否则 0 分',
    en: 'Equal (=): full points only when equal, otherwise 0',
  },
  'rules.scoring.coefficient': {
    zh: '填有得分系数时：得分 = 分值 × 得分系数',
    en: 'With a score coefficient: score = weight × coefficient',
  },
  'rules.scoring.tiers': { zh: '定性指标分档', en: 'Qualitative tiers' },
  'rules.scoring.overAchievement': {
    zh: '完成值达到指标值的 {ratio} 倍及以上视为大幅超额（可能指标值偏低）',
    en: 'Actual at {ratio}× the target or more counts as far exceeded (target possibly too low)',
  },
  'rules.rounding': {
    zh: '取舍：{mode}，得分保留 {scorePlaces} 位小数，百分比保留 {ratePlaces} 位小数',
    en: 'Rounding: {mode}, scores to {scorePlaces} places, percentages to {ratePlaces} places',
  },
  'rules.rounding.halfUp': { zh: '四舍五入', en: 'half up' },
  'rules.rounding.halfEven': { zh: '银行家舍入（四舍六入五成双）', en: 'half even' },
  'rules.rounding.truncate': { zh: '截断', en: 'truncate' },
  'rules.grades': { zh: '等级', en: 'Grades' },
  'rules.grade.band': { zh: '{label}：{min} ≤ 总分 {upper}', en: '{label}: {min} ≤ total {upper}' },
  'rules.checks': {
    zh: '审核：预算执行率落后于指标完成程度超过 {threshold}（{basis}）时红旗预警；未支出超过 {unspent}% 时提示',
    en: 'Checks: red flag when indicator completion runs ahead of execution by more than {threshold} ({basis}); warning when more than {unspent}% is unspent',
  },
  'rules.checks.relative': { zh: '按相对差', en: 'relative' },
  'rules.checks.points': { zh: '按百分点', en: 'percentage points' },
  'rules.checks.disabled': { zh: '已关闭的审核规则：{codes}', en: 'Checks switched off: {codes}' },

  // serve, db, demo
  'serve.description': {
    zh: '启动服务器（默认 http://localhost:8080；空数据库时载入演示数据）',
    en: 'start the server (http://localhost:8080 by default; demo data on an empty database)',
  },
  'serve.option.port': { zh: '端口', en: 'port' },
  'serve.option.host': {
    zh: '监听地址（对外提供服务时用 0.0.0.0）',
    en: 'address to listen on (0.0.0.0 to serve others)',
  },
  'serve.option.data': {
    zh: '内置数据库的数据文件夹（未设置 DATABASE_URL 时）',
    en: 'data folder of the embedded database (when DATABASE_URL is unset)',
  },
  'serve.option.noDemo': {
    zh: '空数据库时不载入演示数据',
    en: 'do not load demo data into an empty database',
  },
  'serve.badPort': {
    zh: '端口「{port}」无效：应为 0–65535 的整数',
    en: 'invalid port "{port}": use a whole number from 0 to 65535',
  },
  'serve.starting': {
    zh: '正在启动 jixiao（首次启动需初始化内置数据库，可能需要半分钟）…',
    en: 'starting jixiao (the first start initialises the embedded database and may take half a minute)…',
  },
  'db.description': { zh: '数据库维护', en: 'database maintenance' },
  'db.migrate.description': {
    zh: '执行数据库迁移（PostgreSQL 用 DATABASE_URL；内置数据库请先停止服务器）',
    en: 'apply database migrations (PostgreSQL via DATABASE_URL; stop the server first for the embedded database)',
  },
  'db.migrated': { zh: '数据库已是最新结构：{database}', en: 'database is up to date: {database}' },
  'db.rescore.description': {
    zh: '规则集变更后重新评分某年度的全部自评（分批，每批一个事务，每份变化的自评记入审计日志；内置数据库请先停止服务器）',
    en: "re-score a year's evaluations after a rule-set change (in batches, one transaction each, each changed evaluation audit-logged; stop the server first for the embedded database)",
  },
  'db.rescore.option.year': { zh: '预算年度，如 2024', en: 'fiscal year, e.g. 2024' },
  'db.rescore.option.ruleSet': {
    zh: '只重新评分按此规则集评分的自评（默认该年度全部）',
    en: 'only evaluations scored under this rule set (default: all of the year)',
  },
  'db.rescore.badYear': {
    zh: '年度「{year}」无效：应为四位数字，如 2024',
    en: 'invalid year "{year}": use four digits, e.g. 2024',
  },
  'db.rescored': {
    zh: '{year} 年度已重新评分 {done} 份自评，其中 {changed} 份得分或检查结果有变化（已记入审计日志），{skipped} 份因评分期间被保存而保留其保存时的结果',
    en: '{year}: re-scored {done} evaluations, {changed} changed (audit-logged), {skipped} kept as saved during the run',
  },
  'demo.description': { zh: '演示数据', en: 'demo data' },
  'demo.remove.description': {
    zh: '删除演示单位及其自评、预算、项目（内置数据库请先停止服务器）',
    en: 'remove the demo units and their data (stop the server first for the embedded database)',
  },
  'demo.removed': {
    zh: '已删除演示数据：{organisations} 个组织，{evaluations} 份自评',
    en: 'removed demo data: {organisations} organisations, {evaluations} evaluations',
  },

  // units
  'unit.yuan': { zh: '元', en: 'yuan' },
  'unit.wanYuan': { zh: '万元', en: '10k yuan' },
  'unit.points': { zh: '分', en: 'pts' },

  // errors
  'error.prefix': { zh: '错误：', en: 'Error: ' },
  'error.internal': {
    zh: '程序内部出错（这是 jixiao 的缺陷，不是您的数据问题）：{message}\n设置环境变量 JIXIAO_DEBUG=1 后重试可看到详细信息，请报告给维护者。',
    en: 'Internal error (a defect in jixiao, not in your data): {message}\nRun again with JIXIAO_DEBUG=1 for details and report it to the maintainers.',
  },
  'error.usage': { zh: '命令用法有误：{message}', en: 'Wrong usage: {message}' },
  'error.usage.hint': { zh: '运行 jixiao --help 查看用法。', en: 'Run jixiao --help for usage.' },
  'error.usage.unknownCommand': { zh: '没有命令「{name}」', en: 'unknown command "{name}"' },
  'error.usage.unknownOption': { zh: '没有选项「{name}」', en: 'unknown option "{name}"' },
  'error.usage.missingArgument': { zh: '缺少参数 {name}', en: 'missing argument {name}' },
  'error.usage.optionMissingArgument': { zh: '选项 {name} 需要一个值', en: 'option {name} needs a value' },
  'error.usage.excessArguments': { zh: '参数过多', en: 'too many arguments' },
  'error.usage.invalidChoice': {
    zh: '选项的值「{value}」无效，可选：{choices}',
    en: 'invalid value "{value}", choose from: {choices}',
  },
  'error.usage.missingMandatory': { zh: '必须指定选项 {name}', en: 'option {name} is required' },
  'error.usage.other': { zh: '{message}', en: '{message}' },
  'error.fileNotFound': { zh: '找不到文件', en: 'file not found' },
  'error.notAFile': { zh: '这不是一个文件（可能是目录）', en: 'not a file (a directory?)' },
  'error.noPermission': { zh: '没有读取权限', en: 'no permission to read it' },
  'error.cannotWrite': { zh: '无法写入文件「{file}」', en: 'cannot write file "{file}"' },
  'error.cannotRead': { zh: '无法读取文件「{file}」', en: 'cannot read file "{file}"' },
  // targets (jixiao targets check, convert of 申报表)
  'targets.description': { zh: '绩效目标申报表：审核', en: 'performance target declarations: check' },
  'targets.check.description': {
    zh: '审核一份绩效目标申报表（.xlsx 或 .json）：一级指标是否齐全、分值合计、量化、单位、设定依据、资金（有发现也正常退出）',
    en: 'check a performance target declaration (.xlsx or .json): blocks, weights, quantified targets, units, value basis, funds (exits 0 even with findings)',
  },
  'targets.check.arg.file': {
    zh: '绩效目标申报表文件（.xlsx 或 .json）',
    en: 'target declaration file (.xlsx or .json)',
  },
  'targets.check.option.rules': {
    zh: '规则集：内置规则集名称或规则集文件路径；默认用申报表中写明的规则集',
    en: 'rule set: a built-in name or a rule set file; defaults to the one named in the declaration',
  },
  'targets.check.option.prior': {
    zh: '上年的绩效自评文件，用于审核指标值是否设定偏低',
    en: "last year's self-evaluation file, to check for targets set too low",
  },
  'targets.heading': { zh: '绩效目标申报表审核：{file}', en: 'Target declaration check: {file}' },
  'convert.notForEvaluation': {
    zh: '自评文件只能转换为 JSON；自评表 .xlsx 请用 jixiao report 生成',
    en: 'an evaluation converts to JSON only; write its .xlsx sheet with jixiao report',
  },
  'convert.xlsxNeedsOut': {
    zh: '转换为 .xlsx 时须用 --out 指定要写入的文件',
    en: 'converting to .xlsx needs --out with the file to write',
  },
  'check.summary': { zh: '汇总', en: 'Summary' },
  'check.fileFailed': { zh: '文件「{file}」无法审核：', en: 'File "{file}" could not be checked:' },
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;

/** The message naming each kind of evaluation. */
export const KIND_MESSAGE = {
  project: 'score.kind.project',
  unitWide: 'score.kind.unitWide',
} as const satisfies Record<string, MessageKey>;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => fill(MESSAGES[key][lang], params);
}

/** A command-line sentence as a message (key, parameters, both languages), for a JixiaoError. */
export function cliMessage(key: MessageKey, params: Record<string, string | number> = {}): Message {
  const { zh, en } = MESSAGES[key];
  return { key, params, text: { zh: fill(zh, params), en: fill(en, params) } };
}

/** The placeholders of every key in both languages, for the test that keeps them the same. */
export function placeholdersByLanguage(): { key: string; zh: string[]; en: string[] }[] {
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
  return Object.entries(MESSAGES).map(([key, t]) => ({ key, zh: names(t.zh), en: names(t.en) }));
}

export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The language is needed before commander parses anything (descriptions and help are localized), so it
 * is read from argv first: `--lang en`, `--lang=en`, else JIXIAO_LANG, else Chinese.
 */
export function langFromArgv(argv: readonly string[], env: Record<string, string | undefined> = {}): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg?.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  const fromEnv = env.JIXIAO_LANG;
  return fromEnv === 'en' ? 'en' : 'zh';
}

/** Punctuation differs by language: full-width in Chinese, ASCII with spaces in English. */
export interface Punctuation {
  colon: string;
  comma: string;
  list: string;
  gap: string;
  paren(text: string): string;
}

export function punctuation(lang: Lang): Punctuation {
  return lang === 'zh'
    ? { colon: '：', comma: '，', list: '、', gap: '　', paren: (text) => `（${text}）` }
    : { colon: ': ', comma: ', ', list: ', ', gap: '  ', paren: (text) => ` (${text})` };
}
