import type { zh as admin } from './areas/admin.zh';
import type { zh as audit } from './areas/audit.zh';
import type { zh as evidence } from './areas/evidence.zh';
import type { zh as home } from './areas/home.zh';
import type { zh as monitoring } from './areas/monitoring.zh';
import type { zh as overview } from './areas/overview.zh';
import type { zh as publication } from './areas/publication.zh';
import type { zh as rectification } from './areas/rectification.zh';
import type { zh as results } from './areas/results.zh';
import type { zh as review } from './areas/review.zh';
import type { zh as scoring } from './areas/scoring.zh';
import type { zh as targets } from './areas/targets.zh';
import type { zh as workbench } from './areas/workbench.zh';

/**
 * 中文（默认）: the core table, what the sign-in page and the shell show (app, nav, common, error, signIn,
 * status, role …); English in messages.en.ts with the same keys. Every other message lives in one area
 * table under areas/, loaded with the pages that use it (see dictionary.ts).
 */
export const zh = {
  'app.name': '绩效自评',
  'app.fullName': '预算绩效自评系统',
  'nav.home': '我的工作台',
  'nav.evaluations': '自评列表',
  'nav.review': '审核队列',
  'nav.overview': '全局总览',
  'nav.signOut': '退出登录',
  'nav.language': 'English',

  'common.loading': '正在加载…',
  'common.saving': '正在保存…',
  'common.empty': '暂无数据',
  'common.retry': '重试',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.ok': '确定',
  'common.close': '关闭',
  'common.delete': '删除',
  'common.add': '添加',
  'common.moveUp': '上移',
  'common.moveDown': '下移',
  'common.open': '打开',
  'common.back': '返回',
  'common.search': '查询',
  'common.reset': '重置',
  'common.all': '全部',
  'common.yes': '是',
  'common.no': '否',
  'common.actions': '操作',
  'common.required': '此项必填',
  'common.notNumber': '请输入数字，例如 1209.56',
  'common.points': '{value} 分',
  'common.total': '共 {count} 条',
  'common.unsavedLeave': '有尚未保存的修改，离开后将丢失。确定离开吗？',

  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.badResponse': '服务器返回的内容无法识别，请稍后重试。',
  'error.unknown': '操作没有成功，请稍后重试；如持续出现请联系管理员。',
  'error.sessionExpired': '登录已过期，请重新登录。',
  'error.forbidden': '您没有权限执行此操作。',
  'error.notFound': '要找的内容不存在，或您无权查看。',
  'error.loadFailed': '加载失败：{message}',
  'error.pageTitle': '页面出错了',
  'error.pageHint': '请刷新页面重试。您已输入但未保存的内容可能需要重新填写。',

  'status.draft': '草稿',
  'status.submitted': '已提交',
  'status.returned': '已退回',
  'status.approved': '已通过',
  'status.signed': '单位已签批（待审核）',

  'role.preparer': '单位填报人',
  'role.unitApprover': '单位负责人',
  'role.departmentReviewer': '主管部门审核人',
  'role.financeReviewer': '财政局审核人',
  'role.admin': '系统管理员',

  'kind.project': '项目支出',
  'kind.unitWide': '部门（单位）整体支出',

  'signIn.title': '登录',
  'signIn.subtitle': '预算绩效自评 · 审核 · 总览',
  'signIn.username': '用户名',
  'signIn.password': '密码',
  'signIn.usernameRequired': '请输入用户名',
  'signIn.passwordRequired': '请输入密码',
  'signIn.submit': '登录',
  'signIn.failed': '登录失败：{message}',
  'signIn.hint': '首次使用请向系统管理员索取账号。',

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',

  'status.departmentApproved': '主管部门已初审（待财政局复审）',

  'grade.excellent': '优',
  'grade.good': '良',
  'grade.fair': '中',
  'grade.poor': '差',
  'password.title': '修改密码',
  'password.forced': '您正在使用管理员提供的一次性密码，请先设置自己的密码。',
  'password.current': '当前密码',
  'password.new': '新密码',
  'password.repeat': '再次输入新密码',
  'password.rule': '至少 12 个字符，含大写字母、小写字母、数字、符号中的三类；或至少 16 个字符的口令短语',
  'password.mismatch': '两次输入的新密码不一致',
  'nav.changePassword': '修改密码',
  'nav.audit': '报告审核',
  'nav.adminGroup': '系统管理',
  'nav.adminUsers': '用户管理',
  'nav.adminOrganisations': '组织机构',
  'nav.adminYears': '年度与截止日期',
  'nav.adminRuleSets': '规则集',
  'nav.adminAuditLog': '操作日志',
  'nav.workbench': '自评填报',
  'nav.homeCrumb': '首页',
  'nav.menu': '导航菜单',
  'nav.breadcrumb': '当前位置',
  'shell.forbiddenTitle': '无权访问',
  'shell.forbiddenHint': '您的角色不能打开此页面。如需权限，请联系系统管理员。',
  'shell.notFoundTitle': '页面不存在',
  'shell.notFoundHint': '您访问的地址不存在，可能已被移动或输入有误。',
  'shell.backHome': '返回我的工作台',

  // 绩效目标申报 (pages/targets)
  'nav.targets': '绩效目标',
  // indicator library (components/indicator-picker, pages/admin/indicator-library)
  'nav.adminIndicatorLibrary': '指标库',
  // monitoring (双监控, issue 13)
  'nav.monitoring': '绩效监控',
  'nav.monitoringReport': '监控表填报',
  'nav.monitoringOverview': '监控总览',
  // 结果应用 (issue 14)
  'nav.results': '结果应用',
  // rectification ledger (整改台账, issue 14)
  'nav.rectification': '整改台账',
} as const;

/** A key of the core table. */
export type CoreKey = keyof typeof zh;
/** A key of any table, core or area (each key has exactly one home, checked by translate.test.ts). */
export type MessageKey =
  | CoreKey
  | keyof typeof workbench
  | keyof typeof review
  | keyof typeof scoring
  | keyof typeof home
  | keyof typeof admin
  | keyof typeof audit
  | keyof typeof overview
  | keyof typeof monitoring
  | keyof typeof targets
  | keyof typeof rectification
  | keyof typeof results
  | keyof typeof publication
  | keyof typeof evidence;
