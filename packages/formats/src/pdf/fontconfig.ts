/**
 * Debian has none of the official fonts, and LibreOffice would fall back to Noto Sans CJK JP for all
 * Chinese (stack-probe pitfall 15). This fontconfig file, passed as FONTCONFIG_FILE to soffice only,
 * maps the Song- and FangSong-style faces to Noto Serif CJK SC, 黑体 to Noto Sans CJK SC and the 楷体
 * faces to AR PL UKai CN (Debian's fonts-arphic-ukai), so that （一） headings print in a 楷 face. Where
 * UKai is not installed fontconfig's own fallback takes over, as for any missing family.
 */
export const FONT_ALIASES: Readonly<Record<string, string>> = {
  仿宋_GB2312: 'Noto Serif CJK SC',
  仿宋: 'Noto Serif CJK SC',
  FangSong: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  SimSun: 'Noto Serif CJK SC',
  楷体_GB2312: 'AR PL UKai CN',
  楷体: 'AR PL UKai CN',
  KaiTi: 'AR PL UKai CN',
  黑体: 'Noto Sans CJK SC',
  SimHei: 'Noto Sans CJK SC',
};

export function fontconfigXml(systemConfig = '/etc/fonts/fonts.conf'): string {
  const aliases = Object.entries(FONT_ALIASES)
    .map(
      ([family, target]) =>
        `  <alias binding="same"><family>${family}</family><prefer><family>${target}</family></prefer></alias>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${systemConfig}</include>
${aliases}
</fontconfig>
`;
}
