import { JixiaoError } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseEvidence } from './content-type';
import { evidenceLimits } from './limits';

const bytes = (...b: number[]) => new Uint8Array(b);
const PDF = new TextEncoder().encode('%PDF-1.7\n');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xdb);

function refusal(name: string, content: Uint8Array): string {
  try {
    recogniseEvidence(name, content);
  } catch (e) {
    if (e instanceof JixiaoError) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'accepted';
}

describe('recogniseEvidence', () => {
  it.each([
    ['a.pdf', PDF, 'pdf'],
    ['A.PDF', PDF, 'pdf'],
    ['b.png', PNG, 'png'],
    ['c.jpg', JPEG, 'jpeg'],
    ['c.jpeg', JPEG, 'jpeg'],
  ] as const)('takes %s by its magic bytes', (name, content, kind) => {
    expect(recogniseEvidence(name, content)).toBe(kind);
  });

  it.each([
    ['合同.pdf', PNG, 'INVALID_INPUT 文件「合同.pdf」的内容与扩展名 .pdf 不符（内容是 PNG 图片）'],
    ['照片.jpg', PDF, 'INVALID_INPUT 文件「照片.jpg」的内容与扩展名 .jpg 不符（内容是 PDF 文件）'],
    ['图.png', JPEG, 'INVALID_INPUT 文件「图.png」的内容与扩展名 .png 不符（内容是 JPEG 图片）'],
    [
      '表.xlsx',
      bytes(0x61, 0x2c, 0x62),
      'INVALID_INPUT 文件「表.xlsx」的内容与扩展名 .xlsx 不符（内容是无法识别的数据）',
    ],
  ] as const)('refuses %s whose content is another kind, naming the file', (name, content, start) => {
    expect(refusal(name, content).startsWith(start)).toBe(true);
  });

  it('refuses an extension evidence does not take and an empty file', () => {
    expect(refusal('a.exe', PDF)).toMatch(/^INVALID_INPUT 文件「a.exe」的类型不受支持/);
    expect(refusal('noext', PDF)).toMatch(/^INVALID_INPUT 文件「noext」的类型不受支持/);
    expect(refusal('a.pdf', new Uint8Array())).toBe('INVALID_INPUT 文件「a.pdf」是空文件，未上传');
  });

  it('refuses a damaged zip named .docx as unreadable, not as a server error', () => {
    expect(refusal('a.docx', bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3))).toMatch(/^UNREADABLE_FILE .*a\.docx/);
  });

  it('refuses any content that starts with no known signature, for every extension', () => {
    const known = [PDF, PNG, JPEG, bytes(0x50, 0x4b, 0x03, 0x04)];
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.constantFrom('pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx'),
        (content, ext) => {
          fc.pre(!known.some((sig) => sig.every((b, i) => content[i] === b)));
          expect(refusal(`f.${ext}`, content)).toContain('不符');
        },
      ),
    );
  });
});

describe('evidenceLimits', () => {
  it.each([
    // 20 × 1048576 = 20971520; 200 × 1048576 = 209715200
    [{}, { maxFileBytes: 20_971_520, maxOwnerBytes: 209_715_200, maxPerPlace: 50 }],
    // 0.5 × 1048576 = 524288; 0.01 × 1048576 = 10485.76 → 10485 (truncated)
    [
      {
        JIXIAO_EVIDENCE_FILE_MB: '0.5',
        JIXIAO_EVIDENCE_EVALUATION_MB: '0.01',
        JIXIAO_EVIDENCE_PER_PLACE: '3',
      },
      { maxFileBytes: 524_288, maxOwnerBytes: 10_485, maxPerPlace: 3 },
    ],
    // Not numbers, or a count of 0: the defaults.
    [
      { JIXIAO_EVIDENCE_FILE_MB: 'lots', JIXIAO_EVIDENCE_PER_PLACE: '0' },
      { maxFileBytes: 20_971_520, maxOwnerBytes: 209_715_200, maxPerPlace: 50 },
    ],
  ])('reads %j', (env, limits) => {
    expect(evidenceLimits(env)).toEqual(limits);
  });
});
