/**
 * Test fixtures: two provincial variants of the official forms with invented units and figures, each with one
 * arithmetic error, as rows of cells, and the layouts real documents flatten them into.
 */

/**
 * 重庆's 部门整体绩效自评表: no 一级 labels, 计量单位 and 指标性质 before the value. 资金: 494 ÷ 520 = 95%,
 * 10 × 95% = 9.5 (as written). Weights 20 + 20 + 20 + 15 + 15 = 90, + 10 = 100. 公益林管护面积: ≥28 万亩 and
 * 28 done, yet 17.5 of 20 — a met target that lost points.
 */
export const CHONGQING_UNIT_FORM: readonly string[][] = [
  ['某区某局2023年度部门整体绩效自评表'],
  ['主管部门', '某区某局', '部门联系人', '张三'],
  ['年初预算数', '全年(调整)预算数', '全年执行数', '执行率', '执行率权重', '执行率得分'],
  ['年度总金额', '500', '520', '494', '95%', '10', '9.5'],
  ['指标名称', '计量单位', '指标性质', '指标值', '指标权重(分)', '全年完成值', '指标得分(分)', '说明'],
  ['造林面积', '万亩', '≥', '2', '20', '2.1', '20', ''],
  ['森林火灾受害率', '%', '≤', '0.9', '20', '0', '20', ''],
  ['公益林管护面积', '万亩', '≥', '28', '20', '28', '17.5', ''],
  ['财政供养人员控制率', '%', '≤', '100', '15', '98', '15', ''],
  ['“三公经费”变动率', '%', '≤', '0', '15', '-5', '15', ''],
];

/**
 * 四川's 预算管理一体化 project form: 资金 rows 总额 / 财政资金 / 财政专户管理资金 / 单位资金; 指标性质, 指标值 and
 * 度量单位 in columns of their own. 资金: 180 ÷ 200 = 90%, 10 × 90% = 9 (as written). 受益人口 ≥5000 人, 4000
 * done, 20 of 20 — in proportion 20 × 4000 ÷ 5000 = 16.
 */
export const SICHUAN_PROJECT_FORM: readonly string[][] = [
  ['项目支出绩效自评表'],
  ['(2023年度)'],
  ['项目名称', '某县农村供水保障项目', '主管部门', '某县水利局', '实施单位', '某县水利局'],
  ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
  ['总额', '200', '200', '180', '90%', '10', '9'],
  ['财政资金', '200', '200', '180', '90%', '—', '—'],
  ['财政专户管理资金', '0', '0', '0', '—', '—', '—'],
  ['单位资金', '0', '0', '0', '—', '—', '—'],
  ['绩效指标(90分)'],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '度量单位',
    '完成值',
    '权重',
    '得分',
    '未完成原因分析',
  ],
  ['产出指标', '数量指标', '新建供水管网', '≥', '30', '公里', '32', '30', '30'],
  ['产出指标', '质量指标', '工程验收合格率', '=', '100', '%', '100', '20', '20'],
  ['效益指标', '社会效益指标', '受益人口', '≥', '5000', '人', '4000', '20', '20'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', '90', '%', '95', '20', '20'],
];

/** A form's rows as real documents flatten them: pipe rows, one cell per line, and (a PDF's text layer) one
 * space between cells, where the normaliser then joins "年度总金额 500". */
export const layoutsOf = (rows: readonly (readonly string[])[]) => ({
  'pipe rows': rows.map((r) => r.join(' | ')).join('\n'),
  'one cell per line': rows.flatMap((r) => r.filter((c) => c !== '')).join('\n'),
  'space-separated cells': rows.map((r) => r.filter((c) => c !== '').join(' ')).join('\n'),
});
