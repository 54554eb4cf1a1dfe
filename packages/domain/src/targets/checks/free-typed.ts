import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { indicatorLocation, type TargetCheck } from '../check';

/** An indicator typed freely, not taken from the indicator library: shown to the reviewer, nothing more. */
export const freeTyped: TargetCheck = {
  code: 'target.free-typed',
  severity: 'info',
  title: { zh: '自行填写的指标', en: 'Indicator typed freely' },
  run({ declaration }) {
    const out: Finding[] = [];
    declaration.indicators.forEach((indicator, index) => {
      if (indicator.libraryId !== undefined) return;
      out.push(
        finding(freeTyped, {
          location: indicatorLocation(index, indicator, 'libraryId', '指标库编号'),
          message: {
            zh: `「${indicator.name}」不是从指标库选取的，为自行填写的指标`,
            en: `"${indicator.name}" was typed freely, not taken from the indicator library`,
          },
        }),
      );
    });
    return out;
  },
};
