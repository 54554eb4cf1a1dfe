// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerApi, renderInApp } from '../test/render';
import { type Draft, emptyDraft } from './draft';
import { EvidencePanel } from './EvidencePanel';

const draft: Draft = {
  ...emptyDraft('project', 2024, '甲区科协本级', 'mof-2020'),
  indicators: [{ level1: '产出指标', name: '培训人次', weight: '10' }],
};
const file = (over: Record<string, unknown>) => ({
  ownerKind: 'evaluation',
  ownerId: 'e1',
  contentType: 'application/pdf',
  sha256: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
  uploadedBy: 'u1',
  uploadedByName: '张填报',
  uploadedAt: '2026-12-01T08:00:00.000Z',
  ...over,
});

describe('EvidencePanel', () => {
  it('lists the files of its rows with size, checksum start and a preview only for PDF and images', async () => {
    answerApi({
      '/api/evaluations/e1/evidence': {
        files: [
          file({ id: 'f1', path: 'indicators.0', fileName: '签到表.pdf', size: 1536 }),
          file({
            id: 'f2',
            path: 'funds.total',
            fileName: '拨款.xlsx',
            size: 3 * 1024 * 1024,
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
        ],
      },
    });
    renderInApp(
      <>
        <EvidencePanel
          owner={{ kind: 'evaluation', id: 'e1', draft, scope: 'indicators' }}
          editable={false}
        />
        <EvidencePanel owner={{ kind: 'evaluation', id: 'e1', draft, scope: 'funds' }} editable={false} />
      </>,
    );
    // Each panel shows its own rows' files: the indicator table's, then the funds table's.
    await waitFor(() =>
      expect(screen.getAllByTestId('evidence-name').map((n) => n.textContent)).toEqual([
        '签到表.pdf',
        '拨款.xlsx',
      ]),
    );
    const [indicators, funds] = screen.getAllByTestId('evidence-panel');
    expect(indicators?.textContent).toContain('绩效指标第 1 行「培训人次」');
    expect(indicators?.textContent).not.toContain('拨款.xlsx');
    expect(funds?.textContent).toContain('资金：年度资金总额');
    expect(funds?.textContent).not.toContain('签到表.pdf');
    // 1536 / 1024 = 1.5 KB; 3 × 1024 × 1024 bytes = 3.0 MB.
    expect(screen.getByText('1.5 KB')).toBeTruthy();
    expect(screen.getByText('3.0 MB')).toBeTruthy();
    expect(screen.getAllByText('SHA-256 ab12cd34ef56')).toHaveLength(2);
    expect(screen.getAllByTestId('evidence-preview').map((a) => a.getAttribute('href'))).toEqual([
      '/api/evidence/f1?inline=true',
    ]);
    // Read-only: no upload, no delete.
    expect(screen.queryByTestId('evidence-upload')).toBeNull();
    expect(screen.queryByTestId('evidence-delete')).toBeNull();
  });

  it('offers upload and delete to whoever may edit, and says when there is nothing yet', async () => {
    answerApi({ '/api/evaluations/e1/evidence': { files: [] } });
    renderInApp(
      <EvidencePanel owner={{ kind: 'evaluation', id: 'e1', draft, scope: 'indicators' }} editable />,
    );
    await waitFor(() => expect(screen.getByText('还没有佐证材料')).toBeTruthy());
    expect(screen.getByTestId('evidence-upload')).toBeTruthy();
  });

  it("lists a rectification item's files from its own route, without rows, place picker or bundle", async () => {
    answerApi({
      '/api/rectification/r1/evidence': {
        files: [
          file({
            id: 'f3',
            ownerKind: 'rectification',
            ownerId: 'r1',
            path: '',
            fileName: '整改报告.pdf',
            size: 2048,
          }),
        ],
      },
    });
    renderInApp(<EvidencePanel owner={{ kind: 'rectification', id: 'r1' }} editable />);
    await waitFor(() =>
      expect(screen.getAllByTestId('evidence-name').map((n) => n.textContent)).toEqual(['整改报告.pdf']),
    );
    // 2048 / 1024 = 2.0 KB; the unit may upload and delete, but there are no rows to choose and no bundle.
    expect(screen.getByText('2.0 KB')).toBeTruthy();
    expect(screen.getByTestId('evidence-upload')).toBeTruthy();
    expect(screen.getByTestId('evidence-delete')).toBeTruthy();
    expect(screen.queryByTestId('evidence-place')).toBeNull();
    expect(screen.queryByTestId('evidence-bundle')).toBeNull();
    expect(screen.getAllByTestId('evidence-preview').map((a) => a.getAttribute('href'))).toEqual([
      '/api/evidence/f3?inline=true',
    ]);
  });
});
