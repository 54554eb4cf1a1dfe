/**
 * The score as the public site prints it: two decimals (the domain's screen style pads, never rounds again),
 * from the exact score text the API answers ("88.5" → "88.50", "90" → "90.00").
 */
export const printedScore = (s: string) =>
  s.includes('.') ? `${s.split('.')[0]}.${(s.split('.')[1] ?? '').padEnd(2, '0')}` : `${s}.00`;
