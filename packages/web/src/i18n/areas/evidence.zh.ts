/** 中文：the evidence area's messages (evidence.*), loaded with the pages that use them (./evidence.ts). */
export const zh = {
  // evidence (佐证材料, issue 14 §3)
  'evidence.title': '佐证材料',
  'evidence.place': '所属行',
  'evidence.place.indicator': '绩效指标第 {n} 行「{name}」',
  'evidence.place.gone': '已不存在的行',
  'evidence.place.rectification': '整改事项',
  'evidence.funds.total': '资金：年度资金总额',
  'evidence.funds.fiscalAppropriation': '资金：其中财政拨款',
  'evidence.funds.priorYearCarryover': '资金：其中上年结转',
  'evidence.funds.otherFunds': '资金：其中其他资金',
  'evidence.upload': '上传佐证材料',
  'evidence.limits': 'PDF、PNG、JPEG、.docx、.xlsx，每个不超过 20 MB',
  'evidence.none': '还没有佐证材料',
  'evidence.preview': '预览',
  'evidence.download': '下载',
  'evidence.delete': '删除',
  'evidence.confirmDelete': '删除佐证材料「{file}」？删除将记入审计日志。',
  'evidence.uploaded': '已上传「{file}」到{place}',
  'evidence.deleted': '已删除「{file}」',
  'evidence.bundle': '下载报送材料包',
} as const;
